package dev.tariffimpact.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateParserTest {

  private static final Currency USD = Currency.getInstance("USD");

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Free | FREE | Free
          6.5% | AD_VALOREM | 6.5%
          6.50% | AD_VALOREM | 6.5%
          100% | AD_VALOREM | 100%
          2.2¢/kg | SPECIFIC | 0.022 USD/kg
          $1.646/kg | SPECIFIC | 1.646 USD/kg
          0.4¢/each + 7.2% | COMPOUND | 0.004 USD/each + 7.2%
          11¢/kg +20% | COMPOUND | 0.11 USD/kg + 20%
          18.9¢/pf.liter | SPECIFIC | 0.189 USD/pf.l
          5¢ each | SPECIFIC | 0.05 USD/each
          $1.13/m3 | SPECIFIC | 1.13 USD/m3
          4.5¢/ liter | SPECIFIC | 0.045 USD/l
          68¢/head | SPECIFIC | 0.68 USD/each
          89.6¢/1000 | SPECIFIC | 0.896 USD/1000 each
          10¢/1,000 pins + 3.5% | COMPOUND | 0.1 USD/1000 each + 3.5%
          20¢/thousand + 3.5% | COMPOUND | 0.2 USD/thousand + 3.5%
          0.3¢/line/ gross + 4.6% | COMPOUND | 0.003 USD/line/gross + 4.6%
          6¢/clean kg | SPECIFIC | 0.06 USD/clean kg
          13.5¢/kg + 6.3% + 1.9¢/article | COMPOUND | 0.135 USD/kg + 6.3% + 0.019 USD/each
          3.1¢/liter + 22.1¢/pf. liter on ethyl alcohol content | COMPOUND | 0.031 USD/l + ON("ethyl alcohol content"; 0.221 USD/pf.l)
          1.7¢/kg on lead content | COMPONENT | ON("lead content"; 0.017 USD/kg)
          2.5% on the value of the lead content | COMPONENT | ON("lead content"; 2.5%)
          10.1¢/kg on drained weight +5% | COMPOUND | ON("drained weight"; 0.101 USD/kg) + 5%
          3.6606¢/kg of total sugars | COMPONENT | ON("total sugars"; 0.036606 USD/kg)
          3 percent of the fair retail value | COMPONENT | ON("fair retail value"; 3%)
          43¢ each + 2.8¢/jewel over 7 + 3.7% on the case | COMPOUND | 0.43 USD/each + ON("jewels over 7"; 0.028 USD/each) + ON("case"; 3.7%)
          6% on the case + 14% on the strap | COMPOUND | ON("case"; 6%) + ON("strap"; 14%)
          3.9% on the movement and case+ 5.3% on the battery | COMPOUND | ON("movement and case"; 3.9%) + ON("battery"; 5.3%)
          The duty provided in the applicable subheading + 25% | REFERENCE | REF("The duty provided in the applicable subheading"; 25%)
          The duty provided in the applicable subheading plus 25% | REFERENCE | REF("The duty provided in the applicable subheading"; 25%)
          The duty provided in the applicable subheading | REFERENCE | REF("The duty provided in the applicable subheading")
          The duty rate provided in such subheading minus 0.5% | REFERENCE | REF("The duty rate provided in such subheading minus 0.5%")
          No change | REFERENCE | REF("No change")
          See additional U.S. note 2 | REFERENCE | REF("See additional U.S. note 2")
          Rs. 100 per kg | SPECIFIC | 100 INR/kg
          Rs 35/kg | SPECIFIC | 35 INR/kg
          ₹ 4245 per tonne | SPECIFIC | 4245 INR/t
          Rs. 1,500 per 10 kg | SPECIFIC | 1500 INR/10 kg
          30% or Rs. 250 per kg, whichever is higher | GREATER_OF | GREATER(30%; 250 INR/kg)
          10% or Rs. 20 per kg whichever is lower | LESSER_OF | LESSER(10%; 20 INR/kg)
          9.10 % + 45.10 EUR / 100 kg MAX 18.90 % + 16.50 EUR / 100 kg | BOUNDED | 9.1% + 45.1 EUR/100 kg MAX 18.9% + 16.5 EUR/100 kg
          12.80 % MIN 1.30 EUR / 100 kg / net drained wt | BOUNDED | 12.8% MIN ON("drained weight"; 1.3 EUR/100 kg)
          0.50 EUR / % vol / hl + 4.40 EUR / hl | COMPOUND | 0.5 EUR/% vol/hl + 4.4 EUR/hl
          12 GBP / 1000 p/st | SPECIFIC | 12 GBP/1000 each
          8.30 % + EA MAX 18.70 % + ADSZ | BOUNDED | 8.3% + REF("EA") MAX 18.7% + REF("ADSZ")
          5.50 EUR / 100 kg/net mas | SPECIFIC | 5.5 EUR/100 kg
          30 EUR / hl alc. 100% | SPECIFIC | 30 EUR/hl alc. 100%
          1.5 EUR / pa | SPECIFIC | 1.5 EUR/pr.
          33 1/3% | AD_VALOREM | 33.3333333333333333333333333333333333%
          QUOTA(1000 kg; 5%; 20%) | QUOTA | QUOTA(1000 kg; 5%; 20%)
          """)
  void parsesToCanonicalForm(String text, RateKind kind, String canonical) {
    Rate r = RateParser.parse(text);
    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r).hasToString(canonical);
    assertThat(RateParser.parse(canonical)).isEqualTo(r);
  }

  @Test
  void centsAreExactDollars() {
    assertThat(RateParser.parse("2.2¢/kg"))
        .isEqualTo(new Specific(new BigDecimal("0.022"), USD, BigDecimal.ONE, Unit.KG));
    assertThat(RateParser.parse("0.020668¢/kg"))
        .isEqualTo(Specific.of(new BigDecimal("0.00020668"), USD, Unit.KG));
  }

  @Test
  void sugarScaleReadsTheHtsText() {
    Rate r =
        RateParser.parse(
            "3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a"
                + " degree in proportion) but not less than 3.143854¢/kg");
    assertThat(r)
        .isEqualTo(
            new SlidingScale(
                "polarization",
                Quantity.of("100", Unit.DEGREE),
                Specific.of(new BigDecimal("0.036606"), USD, Unit.KG),
                Specific.of(new BigDecimal("0.00020668"), USD, Unit.KG),
                Specific.of(new BigDecimal("0.03143854"), USD, Unit.KG)));
  }

  @Test
  void sugarScaleToleratesTheColumn2Wording() {
    // Column 2 of 1701.13.10.00: "but not less" without "than", and spaces before "/kg"
    Rate r =
        RateParser.parse(
            "4.3817¢/kg less 0.0622005¢ /kg for each degree under 100 degrees (and fractions of a"
                + " degree in proportion) but not less 2.831562¢ /kg");
    assertThat(r)
        .hasToString(
            "SCALE(\"polarization\"; 100 deg; 0.043817 USD/kg; 0.000622005 USD/kg;"
                + " 0.02831562 USD/kg)");
  }

  @Test
  void watchMovementWithPlatesHasAReferenceCeiling() {
    Rate r =
        RateParser.parse(
            "4.3% + 1.7¢/jewel + 0.2¢ for each other piece or part, but if consisting in part of"
                + " a plate or a set of plates the total duty shall not exceed the duty for the"
                + " complete movement");
    assertThat(r).isInstanceOf(Bounded.class);
    Bounded b = (Bounded) r;
    assertThat(b.floor()).isNull();
    assertThat(b.ceiling()).isInstanceOf(ReferenceRate.class);
    assertThat(b.rate())
        .hasToString(
            "4.3% + ON(\"jewels\"; 0.017 USD/each) + ON(\"other piece or part\"; 0.002"
                + " USD/each)");
    assertThat(r.isComputable()).isFalse();
  }

  @Test
  void canonicalFormsNestAndQuote() {
    Rate inner = Compound.of(AdValorem.of("5"), Specific.of(BigDecimal.ONE, USD, Unit.KG));
    Rate bounded = new Bounded(inner, AdValorem.of("1"), null);
    Rate r =
        Compound.of(
            bounded,
            new ComponentRate(AdValorem.of("2"), "a \"quoted\" \\ name"),
            new QuotaRate(bounded, AdValorem.FREE, Quantity.of("5", Unit.T)));
    assertThat(r)
        .hasToString(
            "(5% + 1 USD/kg MIN 1%) + ON(\"a \\\"quoted\\\" \\\\ name\"; 2%)"
                + " + QUOTA(5 t; 5% + 1 USD/kg MIN 1%; Free)");
    assertThat(RateParser.parse(r.toString())).isEqualTo(r);
  }

  @Test
  void compoundsFlatten() {
    Rate a = AdValorem.of("1");
    Rate b = AdValorem.of("2");
    Rate c = AdValorem.of("3");
    assertThat(Compound.of(Compound.of(a, b), c)).isEqualTo(Compound.of(a, b, c));
  }

  @ParameterizedTest(name = "''{0}'' fails at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          6.5 %% | 5 | unexpected '%'
          '' | 0 | empty rate text
          abc | 0 | expected a rate
          2.2¢/furlong | 5 | unknown unit
          30% or Rs. 250 per kg | 21 | whichever is higher
          5 XYZ/kg | 2 | unknown currency code 'XYZ'
          5 | 1 | expected '%'
          GREATER(5%) | 11 | at least two
          1 USD/0 kg | 10 | 'per' must be positive
          5% + | 4 | expected a rate
          ON("case" 5%) | 10 | expected ';'
          REF("unterminated | 17 | unterminated string
          (5% | 3 | expected ')'
          5% MIN 1% MIN 2% | 10 | unexpected 'M'
          """)
  void errorsCarryTextAndPosition(String text, int position, String reason) {
    assertThatThrownBy(() -> RateParser.parse(text))
        .isInstanceOfSatisfying(
            RateParseException.class,
            e -> {
              assertThat(e.text()).isEqualTo(text);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.getMessage())
                  .contains("'" + text + "'")
                  .contains("position " + position)
                  .contains(reason);
            });
  }

  @Test
  void deepNestingIsAParseErrorNotAStackOverflow() {
    String text = "(".repeat(900) + "5%" + ")".repeat(900);
    assertThatThrownBy(() -> RateParser.parse(text))
        .isInstanceOf(RateParseException.class)
        .hasMessageContaining("nested deeper");
  }

  @Test
  void textsLongerThanTheLimitAreRefusedAndQuotedShort() {
    String text = "5%" + " ".repeat(RateParser.MAX_TEXT_LENGTH);
    assertThatThrownBy(() -> RateParser.parse(text))
        .isInstanceOf(RateParseException.class)
        .hasMessageContaining("longer than 2000 characters")
        .hasMessageContaining("(2002 chars)");
  }

  @Test
  void numbersOutOfTheDecimalBoundsAreParseErrors() {
    // 19 digits before the point: one more than DecimalGrammar allows
    assertThatThrownBy(() -> RateParser.parse("1234567890123456789%"))
        .isInstanceOf(RateParseException.class)
        .hasMessageContaining("at most 18 digits before the decimal point");
  }

  @Test
  void dialectsRestrictCurrencyNotations() {
    assertThat(RateParser.parse("2.2¢/kg", RateDialect.US_HTS)).hasToString("0.022 USD/kg");
    assertThat(RateParser.parse("Rs. 100 per kg", RateDialect.INDIA)).hasToString("100 INR/kg");
    assertThat(RateParser.parse("45.10 EUR / 100 kg", RateDialect.EU_UK))
        .hasToString("45.1 EUR/100 kg");
    for (RateDialect d : RateDialect.values()) {
      // the canonical form is understood in every dialect
      assertThat(RateParser.parse("GREATER(30%; 250 INR/kg)", d)).isInstanceOf(GreaterOf.class);
    }
    assertThatThrownBy(() -> RateParser.parse("2.2¢/kg", RateDialect.INDIA))
        .isInstanceOf(RateParseException.class);
    assertThatThrownBy(() -> RateParser.parse("Rs. 100 per kg", RateDialect.EU_UK))
        .isInstanceOf(RateParseException.class);
    assertThatThrownBy(() -> RateParser.parse("$1/kg", RateDialect.EU_UK))
        .isInstanceOf(RateParseException.class);
  }

  @Test
  void valueTypesNormalise() {
    assertThat(AdValorem.of("6.50")).isEqualTo(AdValorem.of("6.5"));
    assertThat(AdValorem.of("0")).isEqualTo(AdValorem.FREE);
    assertThat(new Specific(new BigDecimal("45.10"), USD, new BigDecimal("100.0"), Unit.KG))
        .isEqualTo(new Specific(new BigDecimal("45.1"), USD, new BigDecimal("100"), Unit.KG));
    assertThatThrownBy(() -> AdValorem.of("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GreaterOf(List.of(AdValorem.FREE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bounded(AdValorem.FREE, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
