package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The output folder of a batch: all or nothing, a manifest last, inputs never overwritten. */
class BatchOutputTest {

  @TempDir Path dir;

  private static BatchEngine engine(boolean lines) {
    return BatchFixtures.engine(BatchOptions.builder().lineResults(lines).threads(1).build())
        .build();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aRunWritesTheSetAndAManifestWithInputsCountsAndOutputDigests() throws Exception {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(csv, BatchFixtures.sample(7, 40), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    BatchResult r = engine(true).run(BatchInput.csv(csv), out);

    assertThat(names(out))
        .containsExactly(
            ".tariff-impact.lock",
            "aggregates.csv",
            "aggregates.json",
            "lines.csv",
            "rejects.csv",
            "run.json");
    JsonNode m = JsonMapper.builder().build().readTree(out.resolve("run.json").toFile());
    assertThat(m.get("format").asString()).isEqualTo("tariff-impact/batch-run");
    JsonNode input = m.get("inputs").get(0);
    assertThat(input.get("role").asString()).isEqualTo("shipments");
    assertThat(input.get("bytes").asLong()).isEqualTo(Files.size(csv));
    assertThat(input.get("sha256").asString()).isEqualTo(sha256(Files.readAllBytes(csv)));
    assertThat(m.get("scenarios").toString()).isEqualTo("[\"before\",\"after\"]");
    assertThat(m.get("counts").get("read").asLong()).isEqualTo(r.read()).isEqualTo(40);
    assertThat(m.get("counts").get("assessed").asLong() + m.get("counts").get("rejected").asLong())
        .isEqualTo(40);
    assertThat(m.get("options").get("lineResults").asBoolean()).isTrue();
    assertThat(m.get("completedAt").asString()).endsWith("Z");
    for (JsonNode f : m.get("outputs")) {
      byte[] bytes = Files.readAllBytes(out.resolve(f.get("file").asString()));
      assertThat(f.get("bytes").asLong()).isEqualTo(bytes.length);
      assertThat(f.get("sha256").asString()).isEqualTo(sha256(bytes));
    }
    assertThat(m.get("outputs").size()).isEqualTo(4);
  }

  @Test
  void aRunWithoutLinesRemovesTheStaleLinesOfThePreviousRun() throws Exception {
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, BatchFixtures.sample(7, 20), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    engine(true).run(BatchInput.csv(csv), out);
    assertThat(out.resolve("lines.csv")).exists();

    engine(false).run(BatchInput.csv(csv), out);

    assertThat(names(out))
        .containsExactly(
            ".tariff-impact.lock", "aggregates.csv", "aggregates.json", "rejects.csv", "run.json");
  }

  @Test
  void aFailedRunLeavesThePreviousSetByteForByteAndNoTemporaryFiles() throws Exception {
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, BatchFixtures.sample(7, 20), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    engine(true).run(BatchInput.csv(csv), out);
    byte[] aggregates = Files.readAllBytes(out.resolve("aggregates.csv"));
    byte[] manifest = Files.readAllBytes(out.resolve("run.json"));
    List<String> before = names(out);
    // a stream that fails in the middle, as a disk or a pipe would
    byte[] text = BatchFixtures.sample(8, 2_000).getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new ByteArrayInputStream(text) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            if (pos > text.length / 2) {
              throw new java.io.UncheckedIOException(new IOException("device went away"));
            }
            return super.read(b, off, Math.min(len, 512));
          }
        };

    assertThatThrownBy(
            () -> engine(false).run(BatchInput.csv(failing, "failing.csv"), BatchOutput.to(out)))
        .hasMessageContaining("device went away");

    assertThat(names(out)).isEqualTo(before);
    assertThat(out.resolve("aggregates.csv")).hasBinaryContent(aggregates);
    assertThat(out.resolve("run.json")).hasBinaryContent(manifest);
  }

  @Test
  void anOutputThatIsTheInputIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path csv = dir.resolve("lines.csv");
    String text = BatchFixtures.sample(7, 10);
    Files.writeString(csv, text, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> engine(true).run(BatchInput.csv(csv), dir))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("is the shipments input")
        .hasMessageContaining("would overwrite its own input");
    assertThat(csv).hasContent(text);
    assertThat(dir.resolve("rejects.csv")).doesNotExist();
  }

  @Test
  void anOutputThatLinksToAnInputIsRefused() throws Exception {
    Path csv = dir.resolve("shipments.csv");
    Path rates = dir.resolve("rates.csv");
    Files.writeString(csv, BatchFixtures.sample(7, 10), StandardCharsets.UTF_8);
    Files.writeString(rates, "from,to,rate,valid_from,valid_to,source\n");
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("aggregates.json"), rates);

    assertThatThrownBy(
            () ->
                engine(false)
                    .run(BatchInput.csv(csv), BatchOutput.to(out).withInput("rates", rates)))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("aggregates.json is the rates input");
    assertThat(rates).hasContent("from,to,rate,valid_from,valid_to,source");
  }

  @Test
  void aSecondRunIntoAFolderInUseIsRefused() throws Exception {
    Path out = Files.createDirectory(dir.resolve("busy"));
    try (OutputSet held = OutputSet.open(BatchOutput.to(out))) {
      Path csv = dir.resolve("in.csv");
      Files.writeString(csv, BatchFixtures.sample(7, 10), StandardCharsets.UTF_8);
      assertThatThrownBy(() -> engine(false).run(BatchInput.csv(csv), out))
          .isInstanceOf(BatchException.class)
          .hasMessageContaining("is in use by another batch run");
      assertThat(held.runId()).hasSize(36);
    }
  }
}
