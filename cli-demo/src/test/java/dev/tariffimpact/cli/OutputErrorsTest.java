package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A standard output that refuses writes (a full disk) is exit 1 with one line, not exit 0. */
class OutputErrorsTest {

  private static final class FullDisk extends OutputStream {
    long attempts;

    @Override
    public void write(int b) throws IOException {
      attempts++;
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      attempts++;
      throw new IOException("No space left on device");
    }
  }

  @Test
  void sampleStopsAtTheFirstFailedWriteAndExitsOne() {
    FullDisk disk = new FullDisk();
    StringWriter err = new StringWriter();
    CommandLine cli = TariffImpactCli.commandLine();
    cli.setOut(new PrintWriter(disk));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("sample", "--lines", "1000000");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .containsExactly(
            "tariff-impact: cannot write to standard output (disk full or pipe closed?)");
    // it stopped early: a million lines would be some 120 MB, thousands of 8 KiB writes
    assertThat(disk.attempts).isLessThan(100);
  }
}
