package dev.tariffimpact.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRateCsvTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency INR = Currency.getInstance("INR");
  private static final Currency EUR = Currency.getInstance("EUR");

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ExchangeRateCsvTest.class.getResource("/customs/" + name).toURI());
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void loadsTheDocumentedCsvForm() throws Exception {
    ExchangeRates rates = ExchangeRateCsv.read(resource("rates-valid.csv"));
    assertThat(rates.rates()).hasSize(3);
    ExchangeRate sep = rates.rate(USD, INR, date("2025-09-30"));
    assertThat(sep.rate()).isEqualTo(dec("85.00"));
    assertThat(sep.source()).isEqualTo("CBIC Notification, illustrative");
    // open-ended valid_to
    assertThat(rates.rate(EUR, USD, date("2030-01-01")).validTo()).isNull();
  }

  @Test
  void confidenceColumnsMarkRAndURatesAsUnverified(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rates.csv");
    Files.writeString(
        file,
        "from,to,rate,valid_from,valid_to,source,confidence,note\n"
            + "USD,INR,85.00,2025-01-01,2025-12-31,FACTS.md example,U,illustrative only\n"
            + "EUR,USD,1.10,2025-01-01,,ECB,V,\n");
    ExchangeRates rates = ExchangeRateCsv.read(file);
    ExchangeRate inr = rates.rate(USD, INR, date("2025-06-30"));
    assertThat(inr.assumption().orElseThrow().text())
        .isEqualTo(
            "Exchange rate USD->INR 85.00 (2025-01-01..2025-12-31) is unverified:"
                + " confidence U; illustrative only");
    assertThat(inr.assumption().orElseThrow().source()).isEqualTo("FACTS.md example");
    assertThat(rates.rate(EUR, USD, date("2025-06-30")).assumption()).isEmpty();
    Files.writeString(
        file,
        "from,to,rate,valid_from,valid_to,source,confidence,note\n"
            + "USD,INR,85.00,2025-01-01,,x,maybe,\n");
    assertThatThrownBy(() -> ExchangeRateCsv.read(file))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'maybe'");
  }

  @Test
  void badCsvRowNamesFileAndLine() throws Exception {
    Path file = resource("rates-bad-currency.csv");
    assertThatThrownBy(() -> ExchangeRateCsv.read(file))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("rates-bad-currency.csv line 3")
        .hasMessageContaining("'XYZ'");
  }

  @Test
  void csvWithoutTheDocumentedHeaderIsRejected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, "from,to,rate\nUSD,INR,85\n");
    assertThatThrownBy(() -> ExchangeRateCsv.read(file))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("from,to,rate,valid_from,valid_to,source");
  }

  @Test
  void aStreamIsReadLikeAFileAndQuotedFieldsKeepTheirCommas() {
    String csv =
        "from,to,rate,valid_from,valid_to,source\n"
            + "# a comment line\n"
            + "\n"
            + "USD,INR,85.00,2025-01-01,,\"CBIC, illustrative\"\n";
    ExchangeRates rates =
        ExchangeRateCsv.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "inline.csv");
    assertThat(rates.rates()).hasSize(1);
    assertThat(rates.rate(USD, INR, date("2026-01-01")).source()).isEqualTo("CBIC, illustrative");
    assertThatThrownBy(() -> ExchangeRateCsv.parse(csv + "USD,INR,\"85\n", "inline.csv"))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("inline.csv line 5")
        .hasMessageContaining("unclosed quote");
  }
}
