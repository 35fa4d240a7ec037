package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code main} builds only the subcommand its first argument names (picocli's model of the other
 * ten costs start-up); what that subcommand prints must be what the full command line prints.
 */
class LazySubcommandsTest {

  private static final List<String> NAMES =
      List.of(
          "demo",
          "quote",
          "lookup",
          "scenarios",
          "batch",
          "report",
          "sample",
          "coverage",
          "hts",
          "impact");

  private static String[] run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void aNamedSubcommandIsBuiltAloneAndEverythingElseGetsAll() {
    assertThat(TariffImpactCli.commandLine("quote").getSubcommands()).containsOnlyKeys("quote");
    assertThat(TariffImpactCli.commandLine("hts").getSubcommands().get("hts").getSubcommands())
        .containsOnlyKeys("parse", "summary");
    List<String> all = NAMES.stream().toList();
    for (String first : new String[] {null, "--help", "--verbose", "help", "qoute", "QUOTE"}) {
      assertThat(TariffImpactCli.commandLine(first).getSubcommands().keySet())
          .as(first)
          .containsAll(all)
          .contains("help")
          .hasSize(11);
    }
  }

  @Test
  void eachSubcommandsHelpAndErrorsAreTheSameBuiltAloneOrWithTheOthers() {
    for (String name : NAMES) {
      for (String[] args :
          List.of(new String[] {name, "--help"}, new String[] {name, "--no-such-option"})) {
        assertThat(run(TariffImpactCli.commandLine(name), args))
            .as(String.join(" ", args))
            .containsExactly(run(TariffImpactCli.commandLine(), args));
      }
    }
  }

  @Test
  void aQuoteAndItsArgumentErrorsAreTheSameBuiltAlone() {
    String[] quote = {
      "quote",
      "--importer",
      "US",
      "--origin",
      "IN",
      "--code",
      "6109.10.00",
      "--value",
      "10000",
      "--date",
      "2025-09-15",
      "--format",
      "json"
    };
    String[] full = run(TariffImpactCli.commandLine(), quote);
    assertThat(full[0]).isEqualTo("0");
    // 16.5% + 25% + 25% of 10000.00 (FACTS.md: MFN 6109.10.00; IEEPA India 25% and 25%)
    assertThat(full[1]).contains("\"dutyTotal\"").contains("6650.00");
    assertThat(run(TariffImpactCli.commandLine("quote"), quote)).containsExactly(full);
    String[] bad = {"quote", "--importer", "US", "--origin", "IN", "--code", "6109.10.00"};
    String[] badFull = run(TariffImpactCli.commandLine(), bad);
    assertThat(badFull[0]).isEqualTo("2");
    assertThat(badFull[2]).startsWith("tariff-impact: missing required option --value");
    assertThat(run(TariffImpactCli.commandLine("quote"), bad)).containsExactly(badFull);
    // --verbose, an option of the parent that subcommands inherit, still reaches a lone quote
    String[] verbose = run(TariffImpactCli.commandLine("quote"), "quote", "--verbose", "--bogus");
    assertThat(verbose[0]).isEqualTo("2");
    assertThat(verbose[2])
        .startsWith("tariff-impact: unknown option or argument '--bogus'")
        .contains("UnmatchedArgumentException");
  }
}
