package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.INR;
import static dev.tariffimpact.customs.Fixtures.USD;
import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRatesTest {

  private static final ExchangeRates TABLE =
      ExchangeRates.builder()
          .add("USD", "INR", "84.00", "2025-09-01", "2025-09-09", "a")
          .add("USD", "INR", "85.00", "2025-09-10", "2025-09-30", "b")
          .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2025-09-01, 84.00", "2025-09-09, 84.00", "2025-09-10, 85.00", "2025-09-30, 85.00"})
  void lookupUsesInclusiveRanges(String day, String rate) {
    assertThat(TABLE.rate(USD, INR, date(day)).rate()).isEqualTo(dec(rate));
  }

  @Test
  void missingRateNamesPairAndDate() {
    assertThatThrownBy(() -> TABLE.rate(USD, INR, date("2025-10-01")))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate USD->INR valid on 2025-10-01");
  }

  @Test
  void inversePairIsNotDerivedUnlessEnabled() {
    assertThat(TABLE.find(INR, USD, date("2025-09-15"))).isEmpty();
    assertThatThrownBy(() -> TABLE.converter(date("2025-09-15")).factor(INR, USD))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("INR->USD");
  }

  @Test
  void inversePairIsDividedAtTheDeclaredScaleAndMode() {
    ExchangeRates withInverse =
        ExchangeRates.builder()
            .add("USD", "INR", "85.00", "2025-09-10", "2025-09-30", "b")
            .deriveInverses(Rounding.of(10, RoundingMode.HALF_EVEN))
            .build();
    // 1 / 85 = 0.011764705882352... -> 0.0117647059 (10 digits)
    ExchangeRate inverse = withInverse.rate(INR, USD, date("2025-09-15"));
    assertThat(inverse.rate()).isEqualTo(dec("0.0117647059"));
    assertThat(inverse.source()).startsWith("inverse of USD->INR 85.00");
    // with DOWN the last digit differs: 0.0117647058
    ExchangeRates down =
        ExchangeRates.builder()
            .add("USD", "INR", "85.00", "2025-09-10", "2025-09-30", "b")
            .deriveInverses(Rounding.of(10, RoundingMode.DOWN))
            .build();
    assertThat(down.rate(INR, USD, date("2025-09-15")).rate()).isEqualTo(dec("0.0117647058"));
  }

  @Test
  void converterAnswersOneForTheSameCurrency() {
    assertThat(TABLE.converter(date("2025-09-15")).factor(INR, INR)).isEqualTo(dec("1"));
    assertThat(TABLE.converter(date("2025-09-15")).factor(USD, INR)).isEqualTo(dec("85.00"));
  }

  @Test
  void overlappingRatesOfOnePairAreRejected() {
    ExchangeRates.Builder b =
        ExchangeRates.builder().add("USD", "INR", "84.00", "2025-09-01", "2025-09-10", "a");
    assertThatThrownBy(() -> b.add("USD", "INR", "85.00", "2025-09-10", null, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void invalidRatesAreRejected() {
    assertThatThrownBy(() -> ExchangeRate.of(USD, INR, dec("0"), date("2025-01-01"), null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> ExchangeRate.of(USD, USD, dec("1"), date("2025-01-01"), null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ExchangeRate.of(USD, INR, dec("1"), date("2025-01-02"), date("2025-01-01"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validTo");
  }

  @Test
  void anInverseOfAnUnverifiedRateStaysUnverified() {
    ExchangeRates rates =
        ExchangeRates.builder()
            .add(
                ExchangeRate.of(USD, INR, dec("80"), date("2025-01-01"), null, "example")
                    .unverified("example rate"))
            .deriveInverses(Rounding.of(10, java.math.RoundingMode.HALF_EVEN))
            .build();
    // 1 / 80 = 0.0125 exactly
    ExchangeRate inverse = rates.rate(INR, USD, date("2025-03-01"));
    assertThat(inverse.rate()).isEqualByComparingTo("0.0125");
    assertThat(inverse.assumption()).isPresent();
  }

  @Test
  void derivedRatesGiveInversesAndCrossRatesThroughUsdEachMarkedDerived() {
    Currency eur = Currency.getInstance("EUR");
    Currency gbp = Currency.getInstance("GBP");
    ExchangeRates published =
        ExchangeRates.builder()
            .add(
                ExchangeRate.of(eur, USD, dec("1.10"), date("2025-04-01"), date("2026-12-31"), "a"))
            .add(ExchangeRate.of(gbp, USD, dec("1.30"), date("2025-06-01"), null, "b"))
            .add(ExchangeRate.of(USD, INR, dec("85.00"), date("2025-04-01"), null, "c"))
            .build();
    assertThat(published.find(USD, eur, date("2025-09-15"))).isEmpty();
    ExchangeRates rates = published.withDerivedRates(Rounding.of(10, RoundingMode.HALF_EVEN));
    // 1 / 1.10 = 0.90909090909... -> 0.9090909091 at 10 decimals HALF_EVEN
    ExchangeRate usdEur = rates.rate(USD, eur, date("2025-09-15"));
    assertThat(usdEur.rate()).isEqualByComparingTo("0.9090909091");
    assertThat(usdEur.source()).startsWith("inverse of EUR->USD 1.10");
    // GBP->EUR = GBP->USD 1.30 x USD->EUR 0.9090909091 = 1.18181818183 -> 1.1818181818
    ExchangeRate gbpEur = rates.rate(gbp, eur, date("2025-09-15"));
    assertThat(gbpEur.rate()).isEqualByComparingTo("1.1818181818");
    assertThat(gbpEur.source()).startsWith("derived: cross rate through USD");
    assertThat(gbpEur.assumption()).isPresent();
    // Valid where both factors are: from 2025-06-01 (GBP) to 2026-12-31 (EUR).
    assertThat(gbpEur.validFrom()).isEqualTo(date("2025-06-01"));
    assertThat(gbpEur.validTo()).isEqualTo(date("2026-12-31"));
    // EUR->INR = 1.10 x 85.00 = 93.5000, exact: both factors are published.
    assertThat(rates.rate(eur, INR, date("2025-09-15")).rate()).isEqualByComparingTo("93.50");
    // Published pairs are answered as published.
    assertThat(rates.rate(eur, USD, date("2025-09-15")).source()).isEqualTo("a");
    assertThat(rates.find(gbp, eur, date("2025-05-01"))).as("no GBP rate yet").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "DATE_OF_EXPORTATION, 2026-02-20",
    "ENTRY_DATE, 2026-03-17",
    "FIRST_DAY_OF_ENTRY_MONTH, 2026-03-01"
  })
  void fxDateRuleSelectsTheRegimesDay(FxDateRule rule, String expected) {
    assertThat(rule.select(date("2026-02-20"), date("2026-03-17"))).isEqualTo(date(expected));
  }

  @Test
  void lazyTableReadsOnItsFirstLookupOnceForItsDerivedCopies() {
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    ExchangeRates lazy =
        ExchangeRates.lazy(
            () -> {
              reads.incrementAndGet();
              return TABLE;
            });
    ExchangeRates derived = lazy.withDerivedRates(Rounding.of(10, RoundingMode.HALF_EVEN));
    // the same currency converts with factor 1 and reads nothing: a USD quote into the US
    assertThat(derived.converter(date("2025-09-15")).factor(USD, USD)).isEqualTo(dec("1"));
    assertThat(reads).hasValue(0);
    assertThat(lazy.rate(USD, INR, date("2025-09-10")).rate()).isEqualTo(dec("85.00"));
    // 1 / 85 at 10 digits HALF_EVEN, as the eager table with inverses gives it
    assertThat(derived.rate(INR, USD, date("2025-09-15")).rate()).isEqualTo(dec("0.0117647059"));
    assertThat(lazy.rates()).hasSize(2);
    assertThat(reads).hasValue(1);
  }

  @Test
  void lazyTableThrowsTheReadersErrorAtTheLookup() {
    ExchangeRates broken =
        ExchangeRates.lazy(
            () -> {
              throw new IllegalStateException("rates.csv row 3: bad rate");
            });
    assertThatThrownBy(() -> broken.find(USD, INR, date("2025-09-15")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rates.csv row 3: bad rate");
  }
}
