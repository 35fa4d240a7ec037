package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: what India's figures rest on, as the demo and quote show it: assumptions grouped over
 * the tariff lines that rest on them, transcribed inputs (the CBIC exchange rates) under their own
 * heading, unverified exemptions listed, and the IGST "claim one of" placeholder never listed as a
 * fact with duty resting on it.
 */
class DemoAssumptionsTest {

  private static final Pattern ITEM =
      Pattern.compile(" {2}\\d+\\. (\\S+) (USD|INR)(?: \\(USD (\\S+)\\))? .*");

  private static String unverified(String out) {
    int from = out.indexOf("Assumptions: ");
    int to = out.indexOf("Inputs read from copies of official tables");
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);
    return out.substring(from, to);
  }

  @Test
  void everyAssumptionIsListedOnceWithItsTariffItemsAndTheInputsStandApart() {
    CliRun run = CliRun.of("demo", "--all-assumptions");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String section = unverified(run.out());
    List<String> items = section.lines().filter(l -> ITEM.matcher(l).matches()).toList();
    int total = Integer.parseInt(section.replaceFirst("(?s)Assumptions: (\\d+) .*", "$1"));
    assertThat(items).hasSize(total);
    // one item per assumption, not per tariff line (the per-line count was 897)
    assertThat(total).isLessThan(100);
    // 50/2017 assumed equal to 45/2025: one item standing for several tariff items
    List<String> bcd = items.stream().filter(l -> l.contains("Effective BCD, 50/2017:")).toList();
    assertThat(bcd).hasSize(1);
    assertThat(bcd.get(0)).containsPattern("on \\d+ sample lines, \\d+ tariff items: ");
    assertThat(bcd.get(0)).endsWith("[in-layers.csv in-bcd-50-2017]");
    String next = section.substring(section.indexOf(bcd.get(0)) + bcd.get(0).length() + 1);
    assertThat(next.lines().findFirst().orElseThrow()).startsWith("     tariff items: ");
    assertThat(items.stream().filter(l -> l.contains(": IGST before GST 2.0")).count())
        .isLessThanOrEqualTo(1);
    // an unverified exemption that took the SWS off lines is an assumption too
    assertThat(section).contains("SWS exemption, 11/2018-Customs S.No. 1");
    // the IGST placeholder of a line that made its claim rests nothing
    assertThat(run.out())
        .doesNotContain("in-igst-claim-needed")
        .doesNotContain("entry to be claimed");
    // the CBIC tables are inputs (R), under their own heading, one item per currency pair
    assertThat(section).doesNotContain("CBIC customs exchange rate");
    String inputs = run.out().substring(run.out().indexOf("Inputs read from copies"));
    assertThat(inputs)
        .containsPattern(
            "  - \\d+\\.\\d+ INR \\(USD \\d+\\.\\d+\\) on \\d+ sample lines, \\d+ tables used:"
                + " Exchange rate USD->INR: CBIC customs exchange rate for imports");
  }

  @Test
  void itemsAreRankedOnTheUsdBasisTheHeadingStates() {
    CliRun run = CliRun.of("demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String section = unverified(run.out());
    // the heading names the basis: INR as USD at the CBIC import rate of the first moment's date
    Matcher basis =
        Pattern.compile("INR ranked as USD at (\\d+\\.\\d+) INR/USD, the rate of (\\S+)\\)")
            .matcher(section);
    assertThat(basis.find()).isTrue();
    BigDecimal inrPerUsd = new BigDecimal(basis.group(1));
    BigDecimal previous = null;
    for (String line : section.lines().toList()) {
      Matcher m = ITEM.matcher(line);
      if (!m.matches()) {
        continue;
      }
      BigDecimal usd =
          m.group(2).equals("USD") ? new BigDecimal(m.group(1)) : new BigDecimal(m.group(3));
      if (m.group(2).equals("INR")) {
        // the USD figure is the INR figure at the stated rate (to the cent, either way)
        assertThat(new BigDecimal(m.group(1)).subtract(usd.multiply(inrPerUsd)).abs())
            .isLessThan(inrPerUsd);
      }
      if (previous != null) {
        assertThat(usd).as(line).isLessThanOrEqualTo(previous);
      }
      previous = usd;
    }
    assertThat(previous).isNotNull();
  }

  /**
   * Walnuts 0802.31 into India entered 2025-10-10: IGST depends on the description (dried: 9/2025
   * Sch. I S.No. 23, 5%; fresh: nil), so without a claim the quote is not computable and says which
   * claims exist; with the claim the placeholder is not among the assumptions, and the SWS
   * exemption assumed for dates before its known version (U) is.
   */
  @Test
  void anIndiaQuoteListsTheUnverifiedExemptionAndNeverTheClaimPlaceholder() {
    QuoteArgs walnuts =
        QuoteArgs.quote(
            "--importer",
            "IN",
            "--origin",
            "US",
            "--code",
            "0802.31",
            "--value",
            "1000",
            "--currency",
            "USD",
            "--date",
            "2025-10-10",
            "--net-kg",
            "100");
    CliRun unclaimed = walnuts.run();
    assertThat(unclaimed.exitCode()).isEqualTo(2);
    assertThat(unclaimed.err().lines().count()).isEqualTo(1);
    assertThat(unclaimed.err())
        .contains(
            "not computable: IGST of tariff item 080231 depends on the description: claim"
                + " one of in-9-2025-I-23")
        .doesNotContain("Exception");
    CliRun claimed = walnuts.with("--claim", "in-9-2025-I-23").run();
    assertThat(claimed.exitCode()).as(claimed.err()).isZero();
    String assumptions = claimed.out().substring(claimed.out().indexOf("Assumptions"));
    assertThat(assumptions)
        .contains("SWS exemption, 11/2018-Customs S.No. 1 (earlier version assumed)")
        .doesNotContain("claim-needed");
  }
}
