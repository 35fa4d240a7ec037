package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per class of user mistake: exit 2, one clear line on stderr, no stack trace. */
class CliErrorsTest {

  private static final String[] COTTON = {
    "quote", "--importer", "US", "--origin", "IN", "--value", "10000", "--date", "2025-09-15"
  };

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static void assertBadInput(CliRun run, String... mentions) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err()).contains(mentions).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownFlag() {
    assertBadInput(CliRun.of(with(COTTON, "--code", "6109.10.00", "--colour", "red")), "--colour");
  }

  @Test
  void badCode() {
    assertBadInput(CliRun.of(with(COTTON, "--code", "61O9.10")), "61O9.10", "digits");
  }

  @Test
  void unknownScenario() {
    assertBadInput(
        CliRun.of(
            "quote",
            "--origin",
            "IN",
            "--code",
            "6109.10.00",
            "--value",
            "1",
            "--scenario",
            "us-in-2099"),
        "us-in-2099",
        "us-in-2026-s122");
  }

  @Test
  void unreadableScheduleFile() {
    assertBadInput(
        CliRun.of(with(COTTON, "--code", "6109.10.00", "--schedule", "no-such-schedule.json")),
        "no-such-schedule.json");
  }

  @Test
  void missingQuantityThatTheRateNeeds() {
    // Almonds into India pay Rs 100 per kg: without a weight the duty cannot be computed.
    assertBadInput(
        CliRun.of(
            "quote",
            "--importer",
            "IN",
            "--origin",
            "US",
            "--code",
            "0802.12",
            "--value",
            "10000",
            "--currency",
            "USD",
            "--scenario",
            "in-us-mfn-2025"),
        "0802.12",
        "kg");
  }

  @Test
  void unknownCurrency() {
    assertBadInput(CliRun.of(with(COTTON, "--code", "6109.10.00", "--currency", "XYZ")), "XYZ");
  }

  @Test
  void codeOutsideTheBundledScheduleIsAnErrorNotAZero() {
    // every HTS 2025 line is bundled; 0199.99 is not an HTS number
    assertBadInput(CliRun.of(with(COTTON, "--code", "0199.99.00")), "0199.99");
  }

  @Test
  void dateWithoutImporterOrScenario() {
    assertBadInput(
        CliRun.of(
            "quote",
            "--origin",
            "IN",
            "--code",
            "6109.10.00",
            "--value",
            "1",
            "--date",
            "2026-03-01"),
        "--importer");
  }

  @Test
  void verboseShowsTheStackTrace() {
    CliRun run = CliRun.of(with(COTTON, "--code", "61O9.10", "--verbose"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("\tat ");
  }

  @Test
  void unknownTransportModeListsTheAcceptedWords() {
    assertBadInput(
        CliRun.of(with(COTTON, "--code", "6109.10.00", "--mode", "boat")),
        "--mode",
        "'boat'",
        "ocean, air, road, rail, postal or courier");
  }

  @Test
  void badOriginIsOneLineNamingIt() {
    assertBadInput(
        CliRun.of(
            "quote",
            "--importer",
            "US",
            "--origin",
            "XX",
            "--code",
            "6109.10.00",
            "--value",
            "1",
            "--date",
            "2025-09-15"),
        "--origin",
        "'XX'",
        "ISO 3166");
  }

  @Test
  void vatForAnImporterWithoutOne() {
    assertBadInput(
        CliRun.of(with(COTTON, "--code", "6109.10.00", "--vat", "20")), "EU and GB only");
  }
}
