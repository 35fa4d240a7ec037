package dev.tariffimpact.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange-rate reader: the decimal grammar, the size cap, short quotes in errors. */
class ExchangeRatesLimitsTest {

  private static final String HEADER = "from,to,rate,valid_from,valid_to,source\n";

  @TempDir Path dir;

  private Path file(String text) throws Exception {
    Path f = dir.resolve("rates.csv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void ratesFollowTheDecimalGrammar() throws Exception {
    ExchangeRates rates = ExchangeRateCsv.read(file(HEADER + "USD,INR, 8.5e1 ,2025-01-01,,x\n"));
    assertThat(rates.rates().get(0).rate().toPlainString()).isEqualTo("85");
  }

  @Test
  void aHugeExponentIsRefusedWithTheBound() throws Exception {
    Path f = file(HEADER + "USD,INR,1E+2147483647,2025-01-01,,x\n");
    assertThatThrownBy(() -> ExchangeRateCsv.read(f))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("line 2: rate '1E+2147483647' is out of range: at most 18 digits");
  }

  @Test
  void aDeviceIsReadOnlyUpToTheCap() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")));
    assertThatThrownBy(() -> ExchangeRateCsv.read(Path.of("/dev/zero")))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("more than the limit of 64 MiB");
  }

  @Test
  void invalidUtf8IsNamed() throws Exception {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, (HEADER + "USD,INR,85,2025-01-01,,caf\u00e9\n").getBytes("ISO-8859-1"));
    assertThatThrownBy(() -> ExchangeRateCsv.read(f))
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void aGiantLineIsQuotedShort() throws Exception {
    Path f = file(HEADER + "USD,INR,85,2025-01-01,," + "\"" + "S".repeat(50_000) + "\n");
    assertThatThrownBy(() -> ExchangeRateCsv.read(f))
        .hasMessageContaining("unclosed quote")
        .hasMessageContaining("...(50024 chars)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }
}
