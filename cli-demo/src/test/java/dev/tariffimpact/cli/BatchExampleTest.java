package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The batch example of the README and of {@code batch --help}, run on the bundled sample. */
class BatchExampleTest {

  @Test
  void theDocumentedExampleReconcilesAndLabelsEveryTotalWithItsCurrency(@TempDir Path out)
      throws java.io.IOException {
    CliRun run =
        CliRun.of(
            "batch",
            "../data/sample-shipments.csv",
            "--scenario",
            "peak=us-in-2025-08-peak,in-us-mfn-2025",
            "--scenario",
            "s122=us-in-2026-s122,in-us-framework-illustrative",
            "--by",
            "importer",
            "--output",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // data/sample-shipments.csv: 300 lines, 209 into the US and 91 into India. Every US line a
    // Section 232 duty on metal content reaches declares that content (components column) and
    // every India line whose IGST depends on the description claims its entry (claims column), so
    // nothing is rejected.
    java.util.regex.Matcher counts =
        java.util.regex.Pattern.compile("read (\\d+), assessed (\\d+), rejected (\\d+)")
            .matcher(run.err());
    assertThat(counts.find()).as(run.err()).isTrue();
    assertThat(counts.group(1)).isEqualTo("300");
    assertThat(counts.group(2)).isEqualTo("300");
    assertThat(counts.group(3)).isEqualTo("0");
    assertThat(java.nio.file.Files.readAllLines(out.resolve("rejects.csv"))).hasSize(1);
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("scenario  currency  ");
    assertThat(run.out())
        .containsPattern("peak +INR +IN +91 ")
        .containsPattern("peak +USD +US +209 ");
  }

  @Test
  void aggregatesJsonHoldsMoneyAsDecimalStrings(@TempDir Path out) {
    CliRun run =
        CliRun.of(
            "batch",
            "../data/sample-shipments.csv",
            "--scenario",
            "peak=us-in-2025-08-peak,in-us-mfn-2025",
            "--output",
            out.toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode first = JsonMapper.builder().build().readTree(run.out()).get(0);
    for (String money :
        new String[] {"customs_value", "duty", "fees", "taxes", "total_charges", "delta"}) {
      assertThat(first.get(money).isString()).as(money).isTrue();
      assertThat(first.get(money).asString()).as(money).matches("-?\\d+\\.\\d{2}");
    }
    assertThat(first.get("effective_rate").asString()).matches("\\d+\\.\\d{4}");
    // Counts and the floating-point distribution statistics stay numbers (docs/cli.md).
    assertThat(first.get("lines").isNumber()).isTrue();
    assertThat(first.get("rate_mean").isNumber()).isTrue();
    // rounded to 4 decimals, printed as a JSON number: a trailing zero is dropped (41.826)
    assertThat(first.get("rate_mean").toString()).matches("\\d+\\.\\d{1,4}");
  }
}
