package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per class of user mistake: exit 2, one clear line on stderr, no stack trace. */
class CliErrorsTest {

  private static final QuoteArgs COTTON = QuoteArgs.usCotton().with("--date", "2025-09-15");

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
    QuoteArgs args = COTTON.with("--quantity", "1").set("--value", "100").set(option, value);
    assertBadInput(args.run(), option, value, accepted);
  }

  @Test
  void lineOptionsThatContradictEachOtherAreBadInputNotABug() {
    assertBadInput(
        COTTON.with("--quantity", "2", "--unit", "kg", "--net-kg", "3").run(),
        "one quantity per dimension");
    assertBadInput(
        COTTON.with("--export-date", "2025-10-01").run(),
        "export date must be on or before entry date");
    assertBadInput(COTTON.with("--component", "case=-1").run(), "must not be negative");
  }

  @Test
  void missingRequiredOptionNamesIt() {
    assertBadInput(QuoteArgs.usCotton().without("--origin").run(), "--origin");
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
        COTTON.set("--importer", "EU").with("--vat", "21").run(),
        "--schedule",
        "docs/examples/eu-schedule.json");
  }

  @Test
  void missingMassNamesTheNetKgOption() {
    assertBadInput(QuoteArgs.indiaAlmonds().run(), "--net-kg");
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
    assertBadInput(COTTON.with("--colour", "red").run(), "--colour", "--code");
  }

  @Test
  void badCode() {
    assertBadInput(COTTON.set("--code", "61O9.10").run(), "61O9.10", "digits");
  }

  @Test
  void unknownScenario() {
    assertBadInput(
        QuoteArgs.usCotton().without("--importer").with("--scenario", "us-in-2099").run(),
        "us-in-2099",
        "us-in-2026-s122");
  }

  @Test
  void unreadableScheduleFile() {
    assertBadInput(
        COTTON.with("--schedule", "no-such-schedule.json").run(), "no-such-schedule.json");
  }

  @Test
  void missingQuantityThatTheRateNeeds() {
    // Almonds into India pay Rs 100 per kg: without a weight the duty cannot be computed.
    assertBadInput(QuoteArgs.indiaAlmonds().run(), "0802.12", "kg");
  }

  @Test
  void unknownCurrency() {
    assertBadInput(COTTON.with("--currency", "XYZ").run(), "XYZ");
  }

  @Test
  void codeOutsideTheBundledScheduleIsAnErrorNotAZero() {
    // every HTS 2025 line is bundled; 0199.99 is not an HTS number
    assertBadInput(COTTON.set("--code", "0199.99.00").run(), "0199.99");
  }

  @Test
  void dateWithoutImporterOrScenario() {
    assertBadInput(
        QuoteArgs.usCotton().without("--importer").with("--date", "2026-03-01").run(),
        "--importer");
  }

  @Test
  void verboseShowsTheStackTrace() {
    CliRun run = COTTON.set("--code", "61O9.10").with("--verbose").run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("\tat ");
    CliRun parseError = COTTON.set("--code", "6109").set("--date", "x").with("--verbose").run();
    assertThat(parseError.exitCode()).isEqualTo(2);
    assertThat(parseError.err()).contains("\tat ");
  }

  @Test
  void unknownTransportModeListsTheAcceptedWords() {
    assertBadInput(
        COTTON.with("--mode", "boat").run(),
        "--mode",
        "'boat'",
        "ocean, air, road, rail, postal or courier");
  }

  @Test
  void badOriginIsOneLineNamingIt() {
    assertBadInput(COTTON.set("--origin", "XX").run(), "--origin", "'XX'", "ISO 3166");
  }

  @Test
  void vatForAnImporterWithoutOne() {
    assertBadInput(COTTON.with("--vat", "20").run(), "EU and GB only");
  }
}
