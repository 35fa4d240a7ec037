package dev.tariffimpact.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts of every rate shape; every expected value is worked out by hand in the comment. */
class RateAmountTest {

  @ParameterizedTest(name = "{0} on [{1}] = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Free: nothing, whatever the value
          Free | USD; value=1000 | 0
          # 1000 x 6.5 / 100 = 65
          6.5% | USD; value=1000 | 65
          # 10.01 x 16.5 / 100 = 1.65165 (exact, no rounding)
          16.5% | USD; value=10.01 | 1.65165
          # 2.2 cents = 0.022 USD per kg; 500 x 0.022 = 11
          2.2¢/kg | USD; q=500 kg | 11
          # 0.5 t = 500 kg; 500 x 0.022 = 11
          2.2¢/kg | USD; q=0.5 t | 11
          # 1000 g = 1 kg; 1 x 1.646 = 1.646
          $1.646/kg | USD; q=1000 g | 1.646
          # 1000 x 0.004 = 4; 500 x 7.2% = 36; 4 + 36 = 40
          0.4¢/each + 7.2% | USD; value=500; q=1000 pcs | 40
          # 100 x 0.11 = 11; 50 x 20% = 10; 11 + 10 = 21
          11¢/kg +20% | USD; value=50; q=100 kg | 21
          # 20 x 0.189 = 3.78
          18.9¢/pf.liter | USD; q=20 pf.liter | 3.78
          # 10 litres of pure alcohol = 20 proof litres; 20 x 0.189 = 3.78
          18.9¢/pf.liter | USD; q=10 lpa | 3.78
          # 3 dozen = 36 articles; 36 x 0.05 = 1.80
          5¢ each | USD; q=3 doz. | 1.8
          # 2 thousand = 2000 articles; 2000 / 1000 x 0.896 = 1.792
          89.6¢/1000 | USD; q=2 thousand | 1.792
          # 500 l = 0.5 m3; 0.5 x 1.13 = 0.565
          $1.13/m3 | USD; q=500 l | 0.565
          # 2 barrels: 2 x 0.105 = 0.21
          10.5¢/bbl | USD; q=2 bbl | 0.21
          # 317.974589856 l = 2 x 158.987294928 l = 2 bbl; 2 x 0.105 = 0.21
          10.5¢/bbl | USD; q=317.974589856 l | 0.21
          # 2 dozen pairs = 24 pairs; 24 x 0.20 = 4.80; 100 x 10% = 10; 4.80 + 10 = 14.80
          20¢/pr. + 10% | USD; value=100; q=2 doz.pr. | 14.8
          # 50 x 0.06 = 3
          6¢/clean kg | USD; q=50 clean kg | 3
          # 1 g = 5 carats; 5 x 1 = 5
          1 USD/carat | USD; q=1 g | 5
          # 10 x 0.291 = 2.91
          29.1¢/m2 | USD; q=10 m2 | 2.91
          # 3 x 0.20 = 0.60
          20¢/m | USD; q=3 m | 0.6
          # 4 t x 1.24 = 4.96
          $1.24/t | USD; q=4000 kg | 4.96
          # 200 line-gross x 0.003 = 0.60; 100 x 4.6% = 4.60; sum 5.20
          0.3¢/line/ gross + 4.6% | USD; value=100; q=200 gr.lines | 5.2
          # 5 gross = 720 articles... rate is per gross: 5 x 0.25 = 1.25; 100 x 3% = 3; sum 4.25
          25¢/gross + 3% | USD; value=100; q=720 each | 4.25
          # EU: 250 kg / 100 x 45.10 = 112.75
          45.10 EUR / 100 kg | EUR; q=250 kg | 112.75
          # 100 kg, EUR 45.10/100 kg = 45.10 EUR; x 90 INR/EUR = 4059
          45.10 EUR / 100 kg | INR; q=100 kg; fx:EUR=90 | 4059
          # India: 10 kg x 100 = 1000 INR
          Rs. 100 per kg | INR; q=10 kg | 1000
          """)
  void plainShapes(String text, String context, String expected) {
    assertThat(RateParser.parse(text).amount(Contexts.parse(context)))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} on [{1}] = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # rate 9.10 + 45.10 = 54.20; ceiling 18.90 + 16.50 = 35.40; MAX caps it: 35.40
          9.10 % + 45.10 EUR / 100 kg MAX 18.90 % + 16.50 EUR / 100 kg | EUR; value=100; q=100 kg | 35.40
          # rate 91.00 + 4.51 = 95.51; ceiling 189.00 + 1.65 = 190.65; below the ceiling: 95.51
          9.10 % + 45.10 EUR / 100 kg MAX 18.90 % + 16.50 EUR / 100 kg | EUR; value=1000; q=10 kg | 95.51
          # rate 12.8% x 10 = 1.28; floor 1000 kg x 1.30/100 = 13; MIN lifts it: 13
          12.8 % MIN 1.30 EUR / 100 kg | EUR; value=10; q=1000 kg | 13
          # rate 12.8% x 1000 = 128 above floor 1 kg x 0.013 = 0.013: 128
          12.8 % MIN 1.30 EUR / 100 kg | EUR; value=1000; q=1 kg | 128
          # floor and ceiling: 5% x 100 = 5; floor 2; ceiling 1 kg x 3 = 3: min(max(5, 2), 3) = 3
          5% MIN 2 USD/each MAX 3 USD/kg | USD; value=100; q=1 kg; q=1 each | 3
          # India: 30% x 5000 = 1500; 10 kg x 250 = 2500; higher: 2500
          30% or Rs. 250 per kg, whichever is higher | INR; value=5000; q=10 kg | 2500
          # 30% x 10000 = 3000; 5 kg x 250 = 1250; higher: 3000
          30% or Rs. 250 per kg, whichever is higher | INR; value=10000; q=5 kg | 3000
          # lesser: 10% x 100 = 10; 20 kg x 1 = 20: 10
          LESSER(10%; 1 USD/kg) | USD; value=100; q=20 kg | 10
          # 40 kg lead content x 0.017 = 0.68
          1.7¢/kg on lead content | USD; cq:lead content=40 kg | 0.68
          # case 100 x 6% = 6; strap 50 x 14% = 7; 6 + 7 = 13
          6% on the case + 14% on the strap | USD; cv:case=100; cv:strap=50 | 13
          # 2.5% of lead content value 400 = 10
          2.5% on the value of the lead content | USD; value=1000; cv:lead content=400 | 10
          # drained weight 30 kg x 0.101 = 3.03
          10.1¢/kg on drained weight | USD; q=50 kg; cq:drained weight=30 kg | 3.03
          # 10 x 0.36 = 3.60; 5.6% x 200 = 11.20; 170 jewels x 0.02 = 3.40; total 18.20
          36¢ each + 5.6% + 2¢/jewel | USD; value=200; q=10 each; cq:jewels=170 each | 18.2
          # 2 x 0.43 = 0.86; 10 jewels over 7 x 0.028 = 0.28; case 20 x 3.7% = 0.74; total 1.88
          43¢ each + 2.8¢/jewel over 7 + 3.7% on the case | USD; q=2 each; cq:jewels over 7=10 each; cv:case=20 | 1.88
          # 100 l x 0.031 = 3.10; 12 proof litres of ethyl alcohol x 0.221 = 2.652; 5.752
          3.1¢/liter + 22.1¢/pf. liter on ethyl alcohol content | USD; q=100 l; cq:ethyl alcohol content=12 pf.liter | 5.752
          # 3% of fair retail value 250 = 7.5
          3 percent of the fair retail value | USD; value=100; cv:fair retail value=250 | 7.5
          """)
  void combinedShapes(String text, String context, String expected) {
    assertThat(RateParser.parse(text).amount(Contexts.parse(context)))
        .isEqualByComparingTo(expected);
  }

  private static final String RAW_SUGAR =
      "3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a degree"
          + " in proportion) but not less than 3.143854¢/kg";

  @ParameterizedTest(name = "raw sugar at {0} degrees, 1000 kg = {1} USD")
  @CsvSource({
    // 100 - 96 = 4 degrees under; 3.6606 - 4 x 0.020668 = 3.577928 c/kg; x 1000 kg = 35.77928 USD
    "96, 35.77928",
    // 3.5 degrees under (fractions in proportion): 3.6606 - 0.072338 = 3.588262 c/kg -> 35.88262
    "96.5, 35.88262",
    // 25 under: 3.6606 - 0.5167 = 3.1439 c/kg, just above the floor 3.143854 -> 31.439
    "75, 31.439",
    // 30 under: 3.6606 - 0.62004 = 3.04056 c/kg, below the floor: 3.143854 c/kg -> 31.43854
    "70, 31.43854",
    // at or above 100 degrees no reduction: 3.6606 c/kg -> 36.606
    "100, 36.606",
    "100.5, 36.606",
  })
  void sugarSlidingScale(String degrees, String expected) {
    RateContext ctx = Contexts.parse("USD; q=1000 kg; cq:polarization=" + degrees + " deg");
    Rate rate = RateParser.parse(RAW_SUGAR, RateDialect.US_HTS);
    assertThat(rate.kind()).isEqualTo(RateKind.SLIDING_SCALE);
    assertThat(rate.amount(ctx)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "quota {0}: {1} kg used -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # 400 kg worth 800; 1000 - 800 = 200 kg fit: 5% x 800 x 200/400 = 20; 20% x 800 x 200/400 = 80; 100
          QUOTA(1000 kg; 5%; 20%) | 800 kg | 100
          # nothing used: all 400 kg in quota: 5% x 800 = 40
          QUOTA(1000 kg; 5%; 20%) | 0 kg | 40
          # quota exhausted (used beyond it): all over quota: 20% x 800 = 160
          QUOTA(1000 kg; 5%; 20%) | 1.2 t | 160
          # quota in tonnes: 1 t - 0.9 t = 100 kg fit; specific in 0.1 USD/kg: 100 x 0.1 = 10; 300 kg x 20% share 800 x 300/400 = 120; 130
          QUOTA(1 t; 0.1 USD/kg; 20%) | 900 kg | 130
          """)
  void tariffRateQuota(String text, String used, String expected) {
    RateContext ctx = Contexts.parse("USD; value=800; q=400 kg; used=" + used);
    assertThat(RateParser.parse(text).amount(ctx)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} rounded to {2} with {3} = {4}")
  @CsvSource({
    // 10.01 x 6.5% = 0.65065 -> HALF_UP 0.65, UP 0.66, DOWN 0.65
    "6.5%, 10.01, 2, HALF_UP, 0.65",
    "6.5%, 10.01, 2, UP, 0.66",
    "6.5%, 10.01, 4, HALF_EVEN, 0.6506",
    "6.5%, 10.01, 4, HALF_UP, 0.6507",
    // 300 x 33 1/3% = 99.999...9 (34 significant digits) -> 100.00
    "33 1/3%, 300, 2, HALF_UP, 100.00",
    // 1234.5 x 10% = 123.45 -> whole rupees HALF_UP 123
    "10%, 1234.5, 0, HALF_UP, 123",
    "10%, 1235, 0, HALF_UP, 124",
  })
  void rounding(String text, String value, int scale, RoundingMode mode, String expected) {
    RateContext ctx = Contexts.parse("USD; value=" + value);
    BigDecimal rounded = RateParser.parse(text).amount(ctx, scale, mode);
    assertThat(rounded).isEqualTo(new BigDecimal(expected));
    assertThat(rounded.scale()).isEqualTo(scale);
  }

  @Test
  void amountsAreExactNotRounded() {
    // 0.01 x 6.5% = 0.00065: kept, not rounded to cents
    assertThat(RateParser.parse("6.5%").amount(Contexts.parse("USD; value=0.01")))
        .isEqualTo(new BigDecimal("0.00065"));
  }

  @ParameterizedTest(name = "{0} on [{1}] is {2}% ad valorem")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # 100 kg x 0.022 = 2.2 USD on a value of 44: 2.2 / 44 x 100 = 5
          2.2¢/kg | USD; value=44; q=100 kg | 5.000000
          # 11 + 10 = 21 on 50: 42
          11¢/kg +20% | USD; value=50; q=100 kg | 42.000000
          # 1 kg x 0.01 = 0.01 on 3: 0.333333... -> 0.333333 (HALF_EVEN, scale 6)
          1¢/kg | USD; value=3; q=1 kg | 0.333333
          """)
  void adValoremEquivalent(String text, String context, String expected) {
    assertThat(RateParser.parse(text).adValoremEquivalent(Contexts.parse(context)))
        .isEqualTo(new BigDecimal(expected));
  }

  @Test
  void adValoremEquivalentOfZeroValueIsRejected() {
    assertThatThrownBy(
            () -> RateParser.parse("5%").adValoremEquivalent(Contexts.parse("USD; value=0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5%");
  }

  @Test
  void specificRateInAnotherCurrencyWithoutConverterNamesThePair() {
    RateContext inr = Contexts.parse("INR; q=1 kg");
    assertThatThrownBy(() -> RateParser.parse("45.10 EUR / 100 kg").amount(inr))
        .isInstanceOf(CurrencyConversionException.class)
        .hasMessageContaining("EUR->INR");
  }

  @Test
  void converterFailureForAnUnknownPairPropagates() {
    RateContext inr = Contexts.parse("INR; q=1 kg; fx:EUR=90");
    assertThatThrownBy(() -> RateParser.parse("2 GBP/kg").amount(inr))
        .isInstanceOf(dev.tariffimpact.TariffImpactException.class)
        .hasMessageContaining("GBP->INR");
  }

  @Test
  void contextAccessorsReturnWhatWasGiven() {
    RateContext ctx =
        Contexts.parse(
            "USD; value=10; q=2 t; cv:case=3; cq:lead content=4 kg; used=5 kg; fx:EUR=1.1");
    assertThat(ctx.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(ctx.customsValue()).isEqualByComparingTo("10");
    assertThat(ctx.quantity(Dimension.MASS)).contains(Quantity.of("2", Unit.T));
    assertThat(ctx.quantity(Dimension.VOLUME)).isEmpty();
    assertThat(ctx.componentValue("case")).contains(new BigDecimal("3"));
    assertThat(ctx.componentValue("strap")).isEmpty();
    assertThat(ctx.componentQuantity("lead content", Dimension.MASS))
        .contains(Quantity.of("4", Unit.KG));
    assertThat(ctx.componentQuantity("lead content", Dimension.VOLUME)).isEmpty();
    assertThat(ctx.quotaUsed()).contains(Quantity.of("5", Unit.KG));
    assertThat(ctx.converter()).isPresent();
    assertThatThrownBy(
            () -> RateContext.builder(Currency.getInstance("USD"), BigDecimal.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructedRatesCompute() {
    Currency usd = Currency.getInstance("USD");
    Rate r =
        Compound.of(
            Specific.of(new BigDecimal("0.022"), usd, Unit.KG), AdValorem.of("5"), AdValorem.FREE);
    // 10 kg x 0.022 = 0.22; 5% x 40 = 2; 0; total 2.22
    assertThat(r.amount(Contexts.parse("USD; value=40; q=10 kg"))).isEqualByComparingTo("2.22");
    assertThat(r.toString()).isEqualTo("0.022 USD/kg + 5% + Free");
  }
}
