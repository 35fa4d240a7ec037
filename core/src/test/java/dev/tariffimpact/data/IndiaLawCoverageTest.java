package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.schedule.Measure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code coverage in}: one row per layer of in-layers.csv with the lines it reaches; the committed
 * {@code docs/india-law-coverage.md} is the current report (rewrite with {@code
 * -Dtariffimpact.regenerate=true} or {@code tariff-impact coverage in --output ...}).
 */
class IndiaLawCoverageTest {

  private static final BundledDataset DATA = BundledDataset.load();

  @Test
  void everyLayerHasARowAndHealthCessReachesExactlyTheLinesOf9018To9022() {
    String md = IndiaLawCoverage.of(DATA).markdown();
    for (String id :
        new String[] {
          "in-bcd-tariff",
          "in-bcd-50-2017",
          "in-bcd-45-2025",
          "in-bcd-45-2025-claims",
          "in-aidc",
          "in-sws",
          "in-sws-exemption",
          "in-health-cess",
          "in-igst-1-2017",
          "in-igst-9-2025",
          "in-igst-10-2025",
          "in-igst-19-2025"
        }) {
      assertThat(md).contains("| `" + id + "` |");
    }
    // count the 9018-9022 lines independently of the report: item digits of every measure
    Set<String> medical = new TreeSet<>();
    for (Measure m : DATA.schedule("india-us.json.gz").measures()) {
      if (m.id().startsWith("in-bcd-claim-")) {
        continue; // one measure per 45/2025 entry over many lines, not a line's own
      }
      String item = m.id().substring(m.id().lastIndexOf('-') + 1);
      int heading = Integer.parseInt(item.substring(0, 4));
      if (heading >= 9018 && heading <= 9022) {
        medical.add(item);
      }
    }
    assertThat(medical).isNotEmpty();
    assertThat(md)
        .containsPattern(
            "\\| `in-health-cess` \\| Health Cess \\| Finance Act 2020 \\| ADDITIONAL_DUTY \\|"
                + " 2025-01-01 \\| open \\| "
                + medical.size()
                + " \\|");
  }

  @Test
  void theCommittedReportIsCurrent() throws IOException {
    Path doc = Path.of("..", "docs", "india-law-coverage.md");
    String md = IndiaLawCoverage.of(DATA).markdown();
    if (Boolean.getBoolean("tariffimpact.regenerate")) {
      Files.writeString(doc, md, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(md);
  }
}
