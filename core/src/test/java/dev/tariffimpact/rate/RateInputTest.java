package dev.tariffimpact.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.rate.RateInput.ComponentQuantity;
import dev.tariffimpact.rate.RateInput.ComponentValue;
import dev.tariffimpact.rate.RateInput.CustomsValue;
import dev.tariffimpact.rate.RateInput.QuantityIn;
import dev.tariffimpact.rate.RateInput.QuotaPosition;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Required inputs of each shape, and the exception naming the input that is missing. */
class RateInputTest {

  static Stream<Arguments> requiredInputs() {
    return Stream.of(
        Arguments.of("Free", Set.of()),
        Arguments.of("6.5%", Set.of(new CustomsValue())),
        Arguments.of("2.2¢/kg", Set.of(new QuantityIn(Dimension.MASS))),
        Arguments.of(
            "0.4¢/each + 7.2%", Set.of(new QuantityIn(Dimension.COUNT), new CustomsValue())),
        Arguments.of("18.9¢/pf.liter", Set.of(new QuantityIn(Dimension.PROOF_VOLUME))),
        Arguments.of("20¢/pr.", Set.of(new QuantityIn(Dimension.PAIRS))),
        Arguments.of("6¢/clean kg", Set.of(new QuantityIn(Dimension.CLEAN_MASS))),
        Arguments.of(
            "1.7¢/kg on lead content",
            Set.of(new ComponentQuantity("lead content", Dimension.MASS))),
        Arguments.of(
            "6% on the case + 14% on the strap",
            Set.of(new ComponentValue("case"), new ComponentValue("strap"))),
        Arguments.of(
            "QUOTA(1000 kg; 5%; 20%)",
            Set.of(new CustomsValue(), new QuantityIn(Dimension.MASS), new QuotaPosition())),
        Arguments.of(
            "3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees but not less than"
                + " 3.143854¢/kg",
            Set.of(
                new QuantityIn(Dimension.MASS),
                new ComponentQuantity("polarization", Dimension.POLARIZATION))),
        Arguments.of(
            "30% or Rs. 250 per kg, whichever is higher",
            Set.of(new CustomsValue(), new QuantityIn(Dimension.MASS))),
        Arguments.of("No change", Set.of()));
  }

  @ParameterizedTest(name = "{0} needs {1}")
  @MethodSource
  void requiredInputs(String text, Set<RateInput> expected) {
    assertThat(RateParser.parse(text).requiredInputs()).isEqualTo(expected);
  }

  static Stream<Arguments> missingInputs() {
    return Stream.of(
        Arguments.of("2.2¢/kg", "USD; value=10", new QuantityIn(Dimension.MASS), "quantity (mass)"),
        Arguments.of("5¢ each", "USD; q=3 kg", new QuantityIn(Dimension.COUNT), "quantity (count)"),
        Arguments.of(
            "1.7¢/kg on lead content",
            "USD; q=100 kg",
            new ComponentQuantity("lead content", Dimension.MASS),
            "quantity (mass) of component 'lead content'"),
        Arguments.of(
            "6% on the case",
            "USD; value=100", new ComponentValue("case"), "value of component 'case'"),
        Arguments.of(
            "QUOTA(1000 kg; 5%; 20%)",
            "USD; value=10; q=1 kg", new QuotaPosition(), "quota already used"),
        Arguments.of(
            "3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees",
            "USD; q=1 kg",
            new ComponentQuantity("polarization", Dimension.POLARIZATION),
            "component 'polarization'"));
  }

  @ParameterizedTest(name = "{0} without {3}")
  @MethodSource
  void missingInputs(String text, String context, RateInput missing, String described) {
    Rate rate = RateParser.parse(text);
    assertThatThrownBy(() -> rate.amount(Contexts.parse(context)))
        .isInstanceOfSatisfying(
            MissingInputException.class, e -> assertThat(e.input()).isEqualTo(missing))
        .hasMessageContaining(described)
        .hasMessageContaining(rate.toString());
  }

  @Test
  void referencesAreNotComputableAndNameTheirText() {
    for (String text :
        List.of(
            "The duty provided in the applicable subheading + 25%",
            "No change",
            "See additional U.S. note 2",
            "Free, under bond, as prescribed in U.S. note 2 to this subchapter")) {
      Rate r = RateParser.parse(text);
      assertThat(r.isComputable()).as(text).isFalse();
      assertThat(r.kind()).isEqualTo(RateKind.REFERENCE);
      assertThatThrownBy(() -> r.amount(Contexts.parse("USD; value=100")))
          .isInstanceOf(NotComputableException.class)
          .hasMessageContaining(text.replace(" + 25%", ""));
    }
  }

  @Test
  void aCompoundWithAReferenceIsNotComputable() {
    Rate r = RateParser.parse("5% + REF(\"See additional U.S. note 2\")");
    assertThat(r.isComputable()).isFalse();
    assertThatThrownBy(() -> r.amount(Contexts.parse("USD; value=100")))
        .isInstanceOf(NotComputableException.class)
        .hasMessageContaining("See additional U.S. note 2");
  }

  @Test
  void inputsDescribeThemselves() {
    assertThat(new CustomsValue().describe()).isEqualTo("customs value");
    assertThat(new QuantityIn(Dimension.PROOF_VOLUME).describe())
        .isEqualTo("quantity (proof_volume)");
    assertThat(new ComponentValue("case").describe()).isEqualTo("value of component 'case'");
    assertThatThrownBy(() -> new ComponentValue(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contextRejectsTwoQuantitiesOfOneDimension() {
    assertThatThrownBy(() -> Contexts.parse("USD; q=1 kg; q=2 t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MASS");
  }
}
