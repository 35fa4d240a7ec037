package dev.tariffimpact.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.ExchangeRate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomsExchangeRateCsvTest {

  private static final String HEADER = CustomsExchangeRateCsv.HEADER + "\n";

  @Test
  void readsTheImportRateOfEachTableAndNamesTheNotification() {
    List<ExchangeRate> rates =
        CustomsExchangeRateCsv.parseImportRates(
            HEADER
                + "ICEGATE ERAM 2025-09-05,,2025-09-05,2025-09-18,USD,89.00,87.30,copy A,R\n"
                + "# a comment\n"
                + "\n"
                + "60/2025-Cus (N.T.),2025-09-18,2025-09-19,2025-10-02,USD,88.85,87.15,copy B,V\n",
            "rates.csv");
    assertThat(rates).hasSize(2);
    ExchangeRate first = rates.get(0);
    // the import rate (89.00), never the export rate (87.30), converts goods entering India
    assertThat(first.rate()).isEqualByComparingTo("89.00");
    assertThat(first.from().getCurrencyCode()).isEqualTo("USD");
    assertThat(first.to().getCurrencyCode()).isEqualTo("INR");
    assertThat(first.validFrom()).isEqualTo(LocalDate.of(2025, 9, 5));
    assertThat(first.validTo()).isEqualTo(LocalDate.of(2025, 9, 18));
    assertThat(first.source())
        .isEqualTo(
            "CBIC customs exchange rate for imports, ICEGATE ERAM 2025-09-05"
                + " (in force 2025-09-05..2025-09-18)");
    assertThat(first.assumption().orElseThrow().text())
        .isEqualTo(
            "Exchange rate USD->INR 89.00 (2025-09-05..2025-09-18) is unverified: confidence R;"
                + " copied from copy A");
    // a V row is the legal rate: no assumption
    assertThat(rates.get(1).assumption()).isEmpty();
    assertThat(rates.get(1).source()).contains("60/2025-Cus (N.T.)");
  }

  @Test
  void anEmptyValidToIsOpenEnded() {
    ExchangeRate open =
        CustomsExchangeRateCsv.parseImportRates(
                HEADER + "T1,,2026-09-18,,USD,96.80,95.10,copy,U\n", "rates.csv")
            .get(0);
    assertThat(open.validTo()).isNull();
    assertThat(open.isValidOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void aWrongHeaderNamesTheFileAndLineOne() {
    assertThatThrownBy(() -> CustomsExchangeRateCsv.parseImportRates("from,to,rate\n", "rates.csv"))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageStartingWith("Customs exchange-rate file rates.csv line 1: header must be");
  }

  @Test
  void eachInvalidRowIsNamedByLine() {
    assertRowError("T1,,2025-09-05,2025-09-18,USD,89.00,87.30,copy", "expected 9 fields");
    assertRowError("T1,,2025-09-05,2025-09-18,XYZ,89.00,87.30,copy,R", "currency must be");
    assertRowError("T1,,2025-09-05,2025-09-18,USD,abc,87.30,copy,R", "import_rate_inr");
    assertRowError("T1,,2025-09-05,2025-09-18,USD,89.00,x,copy,R", "export_rate_inr");
    assertRowError("T1,,2025-13-05,2025-09-18,USD,89.00,87.30,copy,R", "valid_from must be");
    assertRowError("T1,5 Sep,2025-09-05,2025-09-18,USD,89.00,87.30,copy,R", "date_of_notification");
    assertRowError(",,2025-09-05,2025-09-18,USD,89.00,87.30,copy,R", "notification must not be");
    assertRowError("T1,,2025-09-05,2025-09-18,USD,89.00,87.30,,R", "source must not be empty");
    assertRowError("T1,,2025-09-05,2025-09-18,USD,89.00,87.30,copy,X", "confidence must be");
    assertRowError("T1,,2025-09-18,2025-09-05,USD,89.00,87.30,copy,R", "validTo must be on or");
    assertRowError("T1,,2025-09-05,2025-09-18,USD,0,87.30,copy,R", "rate must be positive");
  }

  private static void assertRowError(String row, String message) {
    assertThatThrownBy(
            () -> CustomsExchangeRateCsv.parseImportRates(HEADER + row + "\n", "rates.csv"))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageStartingWith("Customs exchange-rate file rates.csv line 2: ")
        .hasMessageContaining(message);
  }
}
