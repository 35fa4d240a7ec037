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
    // data/sample-shipments.csv: 300 lines, 277 into the US and 23 into India. Since the Section
    // 232
    // derivative lists of 2025-08-18 are bundled, US lines on them need a declared metal content
    // that
    // the sample does not give them: those rows are rejects naming the missing input, never zeros.
    java.util.regex.Matcher counts =
        java.util.regex.Pattern.compile("read (\\d+), assessed (\\d+), rejected (\\d+)")
            .matcher(run.err());
    assertThat(counts.find()).as(run.err()).isTrue();
    int read = Integer.parseInt(counts.group(1));
    int assessed = Integer.parseInt(counts.group(2));
    int rejected = Integer.parseInt(counts.group(3));
    assertThat(read).isEqualTo(300);
    assertThat(assessed + rejected).isEqualTo(read);
    java.util.List<String> rejects =
        java.nio.file.Files.readAllLines(out.resolve("rejects.csv")).subList(1, rejected + 1);
    assertThat(rejects).allSatisfy(r -> assertThat(r).contains("content").contains("not given"));
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("scenario  currency  ");
    assertThat(run.out())
        .containsPattern("peak +INR +IN +23 ")
        .containsPattern("peak +USD +US +" + (277 - rejected) + " ");
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
