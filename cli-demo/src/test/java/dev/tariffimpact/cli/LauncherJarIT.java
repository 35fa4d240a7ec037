package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded jar as a separate process, as the ./tariff-impact launcher does. */
class LauncherJarIT {

  private static final Path JAR = Path.of("target", "tariff-impact-cli-all.jar");

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar is built in the package phase").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void demoRunsFromTheJar() throws Exception {
    Result r = run("demo");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Goods of India entering the US (USD)")
        .containsPattern("read \\d+, assessed \\d+, rejected \\d+");
  }

  @Test
  void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
    Result r =
        run(
            "quote",
            "--importer",
            "US",
            "--origin",
            "IN",
            "--code",
            "61O9",
            "--value",
            "1",
            "--date",
            "2025-09-15");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("tariff-impact: ").contains("61O9").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void versionComesFromTheManifest() throws Exception {
    Result r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("tariff-impact 0.1.0-SNAPSHOT");
  }
}
