package dev.tariffimpact.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ExchangeRate and Assumption write equals and hashCode out (start-up); they must still compare
 * every component, as a record's generated methods do.
 */
class WrittenOutEqualityTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency INR = Currency.getInstance("INR");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2025, 9, 25);

  private static ExchangeRate rate(
      Currency from, BigDecimal r, LocalDate to, String source, String note) {
    return new ExchangeRate(from, INR, r, DAY, to, source, note);
  }

  @Test
  void exchangeRatesAreEqualExactlyWhenEveryComponentIs() {
    BigDecimal r = new BigDecimal("88.15");
    ExchangeRate base = rate(USD, r, DAY.plusDays(6), "CBIC 60/2025", null);
    ExchangeRate same =
        rate(USD, new BigDecimal("88.15"), LocalDate.of(2025, 10, 1), "CBIC 60/2025", null);
    assertThat(same).isEqualTo(base).hasSameHashCodeAs(base);
    List<ExchangeRate> others =
        List.of(
            rate(EUR, r, DAY.plusDays(6), "CBIC 60/2025", null),
            new ExchangeRate(USD, EUR, r, DAY, DAY.plusDays(6), "CBIC 60/2025", null),
            rate(USD, new BigDecimal("88.150"), DAY.plusDays(6), "CBIC 60/2025", null),
            new ExchangeRate(USD, INR, r, DAY.minusDays(1), DAY.plusDays(6), "CBIC 60/2025", null),
            rate(USD, r, null, "CBIC 60/2025", null),
            rate(USD, r, DAY.plusDays(6), "CBIC 61/2025", null),
            rate(USD, r, DAY.plusDays(6), "CBIC 60/2025", "assumed"));
    for (ExchangeRate other : others) {
      assertThat(other).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(other);
    }
    assertThat(base).isNotEqualTo(null).isNotEqualTo("88.15");
  }

  @Test
  void assumptionsAreEqualExactlyWhenTextAndSourceAre() {
    Assumption a = new Assumption("rounded to the cent", "CBP 7501");
    assertThat(new Assumption("rounded to the cent", "CBP 7501")).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(new Assumption("rounded to the dollar", "CBP 7501")).isNotEqualTo(a);
    assertThat(new Assumption("rounded to the cent", "19 CFR 159")).isNotEqualTo(a);
    assertThat(a).isNotEqualTo(null);
  }
}
