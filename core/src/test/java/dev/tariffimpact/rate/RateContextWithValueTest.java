package dev.tariffimpact.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RateContext#withCustomsValue}: another base for percentages, everything else of the
 * context kept. Expected values are worked out by hand in the comments.
 */
class RateContextWithValueTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  /** A line of 100 dozen, 240 kg, a case worth 50 USD, euros at 1.10 USD. */
  private static RateContext line(BigDecimal value) {
    return RateContext.builder(USD, value)
        .quantity(Quantity.of(new BigDecimal("100"), Unit.DOZEN))
        .quantity(Quantity.of(new BigDecimal("240"), Unit.KG))
        .componentValue("case", new BigDecimal("50"))
        .converter((from, to) -> new BigDecimal("1.10"))
        .build();
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # 1650.00 x 25 / 100 = 412.5 (a surcharge on the MFN duty of FACTS.md)
          25% | 1650.00 | 412.5
          # 10000 x 16.5 / 100 = 1650
          16.5% | 10000 | 1650
          # 0 x 10 / 100 = 0
          10% | 0 | 0
          # the quantity stays: 240 kg x 0.05 = 12, whatever the value
          5¢/kg | 999 | 12
          # 1200 dozen-articles: 100 x 12 = 1200 each; 1200 x 0.01 = 12; 400 x 3 / 100 = 12; 24
          1¢/each + 3% | 400 | 24
          # the component's value stays: 50 x 10 / 100 = 5, not 10% of 7000
          10% on the case | 7000 | 5
          # the converter stays: 2 EUR/kg x 240 kg = 480 EUR; x 1.10 = 528 USD
          2 EUR/kg | 1 | 528
          """)
  void layersComputeOnTheNewValueWithTheLinesOtherInputs(
      String rate, String value, String expected) {
    RateContext rebased = line(new BigDecimal("10000.00")).withCustomsValue(new BigDecimal(value));

    assertThat(rebased.customsValue()).isEqualByComparingTo(value);
    assertThat(RateParser.parse(rate).amount(rebased)).isEqualByComparingTo(expected);
  }

  @Test
  void onlyTheValueChanges() {
    RateContext original = line(new BigDecimal("10000.00"));
    RateContext rebased = original.withCustomsValue(new BigDecimal("1650.00"));

    assertThat(original.customsValue()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(rebased.customsValue()).isEqualTo(new BigDecimal("1650.00"));
    assertThat(rebased.currency()).isEqualTo(USD);
    assertThat(rebased.quantity(Dimension.MASS))
        .contains(Quantity.of(new BigDecimal("240"), Unit.KG));
    assertThat(rebased.componentValue("case")).contains(new BigDecimal("50"));
    assertThat(rebased.converter()).isPresent();
    assertThat(rebased.quotaUsed()).isEmpty();
    // 1650.00 x 25 / 100 = 412.5; the original context still gives 10000.00 x 25 / 100 = 2500
    assertThat(AdValorem.of("25").amount(rebased)).isEqualByComparingTo("412.5");
    assertThat(AdValorem.of("25").amount(original)).isEqualByComparingTo("2500");
  }

  @Test
  void theSameValueGivesTheSameContext() {
    BigDecimal value = new BigDecimal("10000.00");
    RateContext ctx = line(value);

    assertThat(ctx.withCustomsValue(value)).isSameAs(ctx);
  }

  @Test
  void aMissingInputStillNamesTheRate() {
    RateContext rebased =
        RateContext.builder(EUR, BigDecimal.TEN).build().withCustomsValue(BigDecimal.ONE);

    // The message quotes the canonical text: 5 cents is printed 0.05 USD.
    assertThatThrownBy(() -> RateParser.parse("5¢/kg").amount(rebased))
        .isInstanceOf(MissingInputException.class)
        .hasMessage("Rate '0.05 USD/kg' needs the quantity (mass), which was not given");
  }

  @Test
  void rejectsNegativeAndNullValuesLikeTheBuilder() {
    RateContext ctx = line(BigDecimal.ONE);

    assertThatThrownBy(() -> ctx.withCustomsValue(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.01");
    assertThatThrownBy(() -> ctx.withCustomsValue(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("customsValue");
  }
}
