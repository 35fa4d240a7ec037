package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LookupAndScenariosTest {

  @Test
  void lookupExplainsThePharmaceuticalExemption() {
    CliRun run =
        CliRun.of(
            "lookup",
            "--importer",
            "US",
            "--code",
            "3004.90.92",
            "--origin",
            "IN",
            "--date",
            "2025-09-15",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    String india = null;
    String mfn = null;
    for (JsonNode m : root.get("measures")) {
      if (m.get("measure").asString().equals("us-ieepa-india-25")) {
        india = m.get("verdict").asString();
      }
      if (m.get("measure").asString().equals("us-mfn-3004.90.92")) {
        mfn = m.get("verdict").asString();
      }
    }
    // Annex II (note 2(v)(iii)) exempts the medicament from the IEEPA layers; MFN (Free) applies.
    assertThat(india).isEqualTo("EXCLUDED_BY");
    assertThat(mfn).isEqualTo("APPLIES");
  }

  @Test
  void lookupTableNamesTheReasonOfEachMeasure() {
    CliRun run =
        CliRun.of(
            "lookup", "--scenario", "us-in-2026-s122", "--code", "6109.10.00", "--origin", "IN");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("us-ieepa-india-25 .*OUT_OF_DATES 2025-08-07\\.\\.2026-02-23")
        .containsPattern("us-s122-10 .*APPLIES")
        .contains("Applies: us-mfn-6109.10.00 + us-s122-10");
  }

  /**
   * 9903.03.10: Section 122 does not apply to donations, when claimed. A T-shirt on 2026-03-01:
   * without the claim the exemption is NOT_CLAIMED and the 10% applies; with {@code --claim
   * donation} the exemption applies and removes the 10%, leaving MFN only.
   */
  @Test
  void lookupShowsTheLayersAsTheyApplyWithAClaim() {
    String[] args = {
      "lookup", "--scenario", "us-in-2026-s122", "--code", "6109.10.00", "--origin", "IN"
    };
    CliRun unclaimed = CliRun.of(args);
    assertThat(unclaimed.exitCode()).as(unclaimed.err()).isZero();
    assertThat(unclaimed.out())
        .containsPattern("us-s122-donations .*NOT_CLAIMED \\(applies if you claim donation\\)")
        .contains("Applies: us-mfn-6109.10.00 + us-s122-10");

    String[] claimed = java.util.Arrays.copyOf(args, args.length + 2);
    claimed[args.length] = "--claim";
    claimed[args.length + 1] = "donation";
    CliRun run = CliRun.of(claimed);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("(us-in-2026-s122), claimed: donation")
        .containsPattern("us-s122-donations .*APPLIES")
        .containsPattern("us-s122-10 .*EXCLUDED_BY us-s122-donations")
        .containsPattern("Applies: us-mfn-6109.10.00\\R");
    assertThat(run.out()).doesNotContain("+ us-s122-10");

    String[] json = java.util.Arrays.copyOf(claimed, claimed.length + 2);
    json[claimed.length] = "--format";
    json[claimed.length + 1] = "json";
    JsonNode root = JsonMapper.builder().build().readTree(CliRun.of(json).out());
    assertThat(root.get("claims").get(0).asString()).isEqualTo("donation");
  }

  @Test
  void lookupRefusesABadClaimNameInOneLine() {
    CliRun run =
        CliRun.of(
            "lookup",
            "--scenario",
            "us-in-2026-s122",
            "--code",
            "6109.10.00",
            "--origin",
            "IN",
            "--claim",
            "civil aircraft");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("tariff-impact: --claim: Invalid claim 'civil aircraft'");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void aScenarioMovedToAnotherDateSaysSo() {
    CliRun run =
        CliRun.of(
            "lookup",
            "--scenario",
            "us-in-2025-08-peak",
            "--date",
            "2026-03-01",
            "--code",
            "6109.10.00",
            "--origin",
            "in",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("scenario").asString()).isEqualTo("us-in-2025-08-peak@2026-03-01");
    assertThat(root.get("asOf").asString()).isEqualTo("2026-03-01");
    assertThat(root.get("origin").asString()).isEqualTo("IN");
  }

  @Test
  void scenariosListsTheBundledOnesWithTheirSentences() {
    CliRun run = CliRun.of("scenarios");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("us-in-2025-08-peak")
        .contains("us-in-2026-framework-18")
        .contains("us-in-2026-s122")
        .contains("us-in-2026-current")
        .contains("in-us-mfn-2025")
        .contains("in-us-framework-illustrative")
        .contains("2025-peak: us-in-2025-08-peak + in-us-mfn-2025")
        .contains("2026-framework: us-in-2026-framework-18 + in-us-framework-illustrative");
    CliRun json = CliRun.of("scenarios", "--format", "json");
    JsonNode list = JsonMapper.builder().build().readTree(json.out());
    assertThat(list.get(0).get("asOf").asString()).isEqualTo("2025-09-15");
    assertThat(list.get(0).get("description").asString()).isNotBlank();
    // the illustrative framework overlay says what is and is not known about the concessions
    JsonNode framework = null;
    for (JsonNode s : list) {
      if (s.get("name").asString().equals("in-us-framework-illustrative")) {
        framework = s;
      }
    }
    assertThat(framework).isNotNull();
    assertThat(framework.get("description").asString())
        .contains("the joint statement of 2026-02-06 names product groups only")
        .contains("no line-by-line annex is public")
        .contains("no signed agreement is known")
        .contains("13.5% non-agricultural average live only in this overlay");
    assertThat(run.out())
        .contains("names product groups only")
        .contains("no line-by-line annex public")
        .contains("no signed agreement known");
  }

  /**
   * The 45/2025 entries printed for any chapter (a hundred-odd claims on every Indian line) are one
   * line under the table; --all lists each, with the claim that makes it apply.
   */
  @Test
  void anyChapterEntriesAreOneLineWithoutAllAndListedWithIt() {
    String[] args = {
      "lookup", "--importer", "IN", "--code", "0808.10.00", "--origin", "US", "--date", "2026-03-02"
    };
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "Not listed above: \\d+ conditional entries of family in-45-2025-any-chapter"
                + " \\{NOT_CLAIMED=\\d+\\}")
        .doesNotContain("in-bcd-claim-45-2025-II-12");
    String[] withAll = java.util.Arrays.copyOf(args, args.length + 1);
    withAll[args.length] = "--all";
    CliRun all = CliRun.of(withAll);
    assertThat(all.out())
        .containsPattern(
            "in-bcd-claim-45-2025-II-12 .*NOT_CLAIMED \\(applies if you claim"
                + " in-45-2025-II-12\\)")
        .doesNotContain("Not listed above");
    String[] withClaim = java.util.Arrays.copyOf(args, args.length + 2);
    withClaim[args.length] = "--claim";
    withClaim[args.length + 1] = "in-45-2025-II-12";
    CliRun claimed = CliRun.of(withClaim);
    assertThat(claimed.out()).containsPattern("in-bcd-claim-45-2025-II-12 .*APPLIES");
  }
}
