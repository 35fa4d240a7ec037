package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.data.BundledData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void demoPrintsBothDirectionsTheScenariosTheReconciliationAndTheAssumptions() throws IOException {
    long dataRows;
    try (InputStream in = BundledData.open(DemoCommand.SAMPLE)) {
      // Every line but the header is one shipment line (the generator writes no quoted newlines).
      dataRows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
    }
    CliRun run = CliRun.of("demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Goods of India entering the US (USD): 2025-peak -> 2026-s122")
        .contains("Goods of the US entering India (INR): 2025-peak -> 2026-framework")
        .contains("us-in-2025-08-peak (2025-09-15): ")
        .contains("in-us-framework-illustrative (2026-02-10): ")
        .containsPattern("textiles-and-apparel +\\d+")
        .contains("Assumptions: ");
    Matcher m = Pattern.compile("read (\\d+), assessed (\\d+), rejected (\\d+)").matcher(run.out());
    assertThat(m.find()).isTrue();
    long read = Long.parseLong(m.group(1));
    long assessed = Long.parseLong(m.group(2));
    long rejected = Long.parseLong(m.group(3));
    assertThat(read).isEqualTo(dataRows);
    assertThat(assessed + rejected).isEqualTo(read);
    // Each rejected row is listed with its row number and reason.
    assertThat(Pattern.compile("rejected row \\d+: ").matcher(run.out()).results().count())
        .isEqualTo(rejected);
  }

  @Test
  void sampleIsReproducibleFromItsSeed() throws IOException {
    CliRun run = CliRun.of("sample", "--lines", "300");
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = BundledData.open(DemoCommand.SAMPLE)) {
      assertThat(run.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
