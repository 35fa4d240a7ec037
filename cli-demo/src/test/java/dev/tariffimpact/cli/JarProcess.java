package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The shaded jar run as a separate process (heap capped), its exit code and captured output. */
record JarProcess(int exit, String out, String err) {

  static final Path JAR = Path.of("target", "tariff-impact-cli-all.jar").toAbsolutePath();

  static List<String> command(String heap, String... args) {
    assertThat(JAR).as("the shaded jar is built in the package phase").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  static JarProcess run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, null, command("256m", args));
  }

  /** Runs a command; stdout goes to {@code stdout} when given (for example /dev/full). */
  static JarProcess run(Path workDir, File stdout, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("hostile-out", ".txt");
    Path err = Files.createTempFile("hostile-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(stdout != null ? stdout : out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
    JarProcess r =
        new JarProcess(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  /** Bad input: exit 2 (or the given code), exactly one stderr line, no stack trace. */
  JarProcess failsWith(int code, String... fragments) {
    assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(code);
    assertThat(err.lines().toList()).as("one stderr line: %s", err).hasSize(1);
    assertThat(err)
        .startsWith("tariff-impact: ")
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread")
        .doesNotContain("OutOfMemoryError");
    for (String f : fragments) {
      assertThat(err).contains(f);
    }
    return this;
  }
}
