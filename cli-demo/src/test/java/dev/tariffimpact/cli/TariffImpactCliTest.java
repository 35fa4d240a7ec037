package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TariffImpactCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = TariffImpactCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: tariff-impact").contains("Exit codes");
  }

  @Test
  void unknownOptionIsBadInputWithoutStackTrace() {
    assertThat(run("--no-such-flag")).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-flag").doesNotContain("Exception");
  }

  @Test
  void versionNamesTheTool() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("tariff-impact ");
  }
}
