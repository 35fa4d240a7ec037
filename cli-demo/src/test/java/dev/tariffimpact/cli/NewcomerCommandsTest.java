package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The codes people type, the demo on one screen, and lookup --all. */
class NewcomerCommandsTest {

  @Test
  void aCodeAtALevelWithoutARateListsTheRatedCodesUnderIt() {
    CliRun run =
        QuoteArgs.usCotton()
            .set("--code", "6403.59")
            .set("--value", "1000")
            .with("--date", "2025-09-15")
            .run();
    CliErrorsTest.assertBadInput(run, "--code 6403.59 has no rate of its own in schedule US");
    // data/us-lines.csv: 6403.59.60, General 8.5%, is the bundled line under 6403.59.
    assertThat(run.err())
        .contains("6403.59.60 (8.5%: Footwear with outer soles and uppers")
        .contains("give one of them with --code");
  }

  @Test
  void aChapterListsAtMostTenRatedCodes() {
    CliRun run =
        QuoteArgs.usCotton()
            .set("--code", "61")
            .set("--value", "1000")
            .with("--date", "2025-09-15")
            .run();
    assertThat(run.exitCode()).isEqualTo(2);
    long listed =
        Pattern.compile("61\\d\\d\\.\\d\\d\\.\\d\\d \\(").matcher(run.err()).results().count();
    assertThat(listed).isBetween(1L, (long) RatedCodes.MAX_LISTED);
  }

  @Test
  void lookupAllAddsEveryOtherMeasureAsNotInScope() {
    String[] base = {
      "lookup", "--scenario", "us-in-2026-s122", "--code", "6109.10.00", "--origin", "IN"
    };
    CliRun plain = CliRun.of(base);
    String[] withAll = java.util.Arrays.copyOf(base, base.length + 1);
    withAll[base.length] = "--all";
    CliRun all = CliRun.of(withAll);
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(plain.out()).doesNotContain("NOT_IN_SCOPE");
    // The footwear line's MFN measure cannot contain a T-shirt code: only --all shows it.
    assertThat(plain.out()).doesNotContain("us-mfn-6403.59.60");
    assertThat(all.out())
        .containsPattern("us-mfn-6403\\.59\\.60 +BASE_DUTY +NOT_IN_SCOPE 6403\\.59\\.60");
    assertThat(all.out().lines().count()).isGreaterThan(plain.out().lines().count() + 50);
  }

  @Test
  void demoFitsAScreenWithTheTopTenAssumptionsAndSaysWhereTheRestAre() {
    CliRun run = CliRun.of("demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = run.out();
    String section = out.substring(out.indexOf("Assumptions: "));
    long numbered = section.lines().filter(l -> l.matches(" {2}\\d+\\. .*")).count();
    assertThat(numbered).isEqualTo(DemoCommand.TOP_ASSUMPTIONS);
    assertThat(section)
        .containsPattern("\\.\\.\\. \\d+ more: 'tariff-impact demo --all-assumptions'");
    // Each shown with the duty resting on it, most first.
    java.util.List<java.math.BigDecimal> duties =
        section
            .lines()
            .filter(l -> l.matches(" {2}\\d+\\. .*"))
            .map(l -> l.replaceFirst(" {2}\\d+\\. (\\S+) .*", "$1"))
            .map(java.math.BigDecimal::new)
            .toList();
    assertThat(duties).hasSize(DemoCommand.TOP_ASSUMPTIONS);

    CliRun everything = CliRun.of("demo", "--all-assumptions");
    String rest = everything.out().substring(everything.out().indexOf("Assumptions: "));
    int total = Integer.parseInt(rest.replaceFirst("(?s)Assumptions: (\\d+) .*", "$1"));
    assertThat(rest.lines().filter(l -> l.matches(" {2}\\d+\\. .*")).count()).isEqualTo(total);
    assertThat(rest).doesNotContain("more: 'tariff-impact demo --all-assumptions'");
  }
}
