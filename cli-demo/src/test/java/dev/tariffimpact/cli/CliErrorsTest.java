package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** A Java class name such as java.time.format.DateTimeParseException, or a bare BigDecimal. */
  private static final String CLASS_NAME =
      "(?s).*(\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w+|BigDecimal|LocalDate|Exception).*";

  static void assertBadInput(CliRun run, String... mentions) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err())
        .startsWith("tariff-impact: ")
        .contains(mentions)
        .containsPattern(
            "Run 'tariff-impact [a-z ]+ --help'\\.$|Run 'tariff-impact [a-z ]+ --help'\\.\\n$")
        .doesNotMatch(CLASS_NAME)
        .doesNotContain("Usage:");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // option | value | words of what is accepted
        "--date | 2026-02-30 | YYYY-MM-DD",
        "--date | yesterday | YYYY-MM-DD",
        "--value | abc | decimal number",
        "--value | NaN | decimal number",
        "--value | 1e999999999 | out of range",
        "--value | -5 | 0 or more",
        "--format | xml | table, json, csv",
        "--mode | boat | ocean, air, road, rail, postal or courier",
        "--mode | teleport | ocean, air, road, rail, postal or courier",
        "--incoterm | XYZ | FOB",
        "--unit | furlong | pcs",
        "--importer | XX | US, IN, EU or GB",
        "--importer | UK | GB",
        "--freight | ten | decimal number",
        "--origin | XX | ISO 3166",
        "--origin | UK | GB for the United Kingdom",
        "--component | case | NAME=VALUE",
      })
  void badOptionValueIsOneLineNamingOptionValueAndWhatIsAccepted(
      String option, String value, String accepted) {
    String[] args =
        with(
            new String[] {"quote", "--code", "6109.10.00", "--quantity", "1"},
            "--origin",
            option.equals("--origin") ? value : "IN",
            "--importer",
            option.equals("--importer") ? value : "US",
            "--value",
            option.equals("--value") ? value : "100",
            "--date",
            option.equals("--date") ? value : "2025-09-15");
    if (!List.of("--importer", "--value", "--date", "--origin").contains(option)) {
      args = with(args, option, value);
    }
    assertBadInput(CliRun.of(args), option, value, accepted);
  }

  @Test
  void lineOptionsThatContradictEachOtherAreBadInputNotABug() {
    assertBadInput(
        CliRun.of(
            with(
                COTTON,
                "--code",
                "6109.10.00",
                "--quantity",
                "2",
                "--unit",
                "kg",
                "--net-kg",
                "3")),
        "one quantity per dimension");
    assertBadInput(
        CliRun.of(with(COTTON, "--code", "6109.10.00", "--export-date", "2025-10-01")),
        "export date must be on or before entry date");
    assertBadInput(
        CliRun.of(with(COTTON, "--code", "6109.10.00", "--component", "case=-1")),
        "must not be negative");
  }

  @Test
  void missingRequiredOptionNamesIt() {
    assertBadInput(
        CliRun.of("quote", "--importer", "US", "--code", "6109", "--value", "1"), "--origin");
  }

  @Test
  void threadsBelowOneInBatch() {
    assertBadInput(
        CliRun.of("batch", "lines.csv", "--scenario", "us-in-2026-s122", "--threads", "0"),
        "--threads",
        "'0'",
        "1 or more");
  }

  @Test
  void threadsNotANumberInBatch() {
    assertBadInput(
        CliRun.of("batch", "lines.csv", "--scenario", "us-in-2026-s122", "--threads", "abc"),
        "--threads",
        "abc",
        "whole number",
        "tariff-impact batch --help");
  }

  @Test
  void europeWithoutScheduleSaysToGiveOne() {
    assertBadInput(
        CliRun.of(
            with(
                new String[] {"quote", "--importer", "EU", "--vat", "21"},
                "--origin",
                "IN",
                "--code",
                "6109.10.00",
                "--value",
                "1",
                "--date",
                "2025-09-15")),
        "--schedule",
        "docs/examples/eu-schedule.json");
  }

  @Test
  void missingMassNamesTheNetKgOption() {
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
        "--net-kg");
  }

  @Test
  void anIllegalArgumentEscapingCoreIsABugWithExitOne() {
    CliRun run = CliRun.of("scenarios", "--format", "table");
    assertThat(run.exitCode()).isZero();
    assertThat(UserErrorHandler.isUserMistake(new IllegalArgumentException("bug"))).isFalse();
    assertThat(
            UserErrorHandler.isUserMistake(
                new picocli.CommandLine.ParameterException(TariffImpactCli.commandLine(), "x")))
        .isTrue();
  }

  @Test
  void unknownFlag() {
    assertBadInput(
        CliRun.of(with(COTTON, "--code", "6109.10.00", "--colour", "red")), "--colour", "--code");
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
    CliRun parseError = CliRun.of(with(COTTON, "--code", "6109", "--date", "x", "--verbose"));
    assertThat(parseError.exitCode()).isEqualTo(2);
    assertThat(parseError.err()).contains("\tat ");
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
