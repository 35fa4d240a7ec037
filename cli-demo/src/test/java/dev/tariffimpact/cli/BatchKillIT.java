package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.sample.internal.SampleGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test of issue #14: a batch killed with SIGKILL in the middle of its run, into a folder
 * holding a previous run's outputs, leaves exactly the previous complete set (byte for byte, its
 * manifest naming the previous run); the next run completes, replaces the set and clears what the
 * killed run left behind.
 */
class BatchKillIT {

  @TempDir Path dir;

  private static final String[] SCENARIOS = {
    "--scenario", "before=us-in-2025-08-peak,in-us-mfn-2025",
    "--scenario", "after=us-in-2026-s122,in-us-framework-illustrative"
  };

  private static Map<String, byte[]> set(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static List<String> args(String input, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("batch", input, "--output", "out"));
    args.addAll(List.of(SCENARIOS));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void aKilledRunLeavesThePreviousCompleteSetAndTheNextRunReplacesIt() throws Exception {
    Path small = dir.resolve("small.csv");
    Path big = dir.resolve("big.csv");
    try (Writer w = Files.newBufferedWriter(small, StandardCharsets.UTF_8)) {
      SampleGenerator.of(1, SampleGenerator.bundledUniverse()).write(2_000, w);
    }
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      SampleGenerator.of(2, SampleGenerator.bundledUniverse()).write(600_000, w);
    }
    // run 1: a complete set, without lines.csv
    JarProcess first =
        JarProcess.run(
            dir, null, JarProcess.command("256m", args("small.csv").toArray(String[]::new)));
    assertThat(first.exit()).as(first.err()).isZero();
    Path out = dir.resolve("out");
    Map<String, byte[]> previous = set(out);
    assertThat(previous).containsKeys("aggregates.csv", "rejects.csv", "run.json");

    // run 2: killed with SIGKILL once it has written a megabyte of line results
    Process p =
        new ProcessBuilder(
                JarProcess.command(
                    "256m", args("big.csv", "--lines", "--threads", "1").toArray(String[]::new)))
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    boolean killedMidRun = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (temporaryBytes(out) > 1_000_000) {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
        killedMidRun = true;
        break;
      }
      Thread.sleep(10);
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(killedMidRun).as("the run was still writing when it was killed").isTrue();

    Map<String, byte[]> afterKill = set(out);
    // the previous set is intact, byte for byte; the only new files are the killed run's
    // temporaries (hidden, named after its run id), never a visible output
    for (Map.Entry<String, byte[]> e : previous.entrySet()) {
      assertThat(afterKill.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(afterKill.keySet().stream().filter(n -> !previous.containsKey(n)))
        .isNotEmpty()
        .allMatch(n -> n.matches("\\.tariff-impact-[0-9a-f-]{36}-[a-z.]+\\.tmp"));
    assertThat(afterKill).doesNotContainKey("lines.csv");

    // run 3: completes; the set is new, its manifest names it, the leftovers are gone
    JarProcess third =
        JarProcess.run(
            dir,
            null,
            JarProcess.command("256m", args("small.csv", "--lines").toArray(String[]::new)));
    assertThat(third.exit()).as(third.err()).isZero();
    Map<String, byte[]> last = set(out);
    assertThat(last.keySet())
        .containsExactly(
            ".tariff-impact.lock",
            "aggregates.csv",
            "aggregates.json",
            "lines.csv",
            "rejects.csv",
            "run.json");
    String manifest = new String(last.get("run.json"), StandardCharsets.UTF_8);
    assertThat(manifest)
        .doesNotContain(runId(previous))
        .contains("\"lineResults\" : true")
        .contains("\"read\" : 2000");
  }

  private static String runId(Map<String, byte[]> set) {
    String json = new String(set.get("run.json"), StandardCharsets.UTF_8);
    int at = json.indexOf("\"runId\" : \"") + 11;
    return json.substring(at, at + 36);
  }

  private static long temporaryBytes(Path out) throws IOException {
    long total = 0;
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.toList()) {
        if (f.getFileName().toString().endsWith(".tmp")) {
          try {
            total += Files.size(f);
          } catch (IOException gone) {
            // renamed or removed meanwhile
          }
        }
      }
    }
    return total;
  }
}
