package dev.tariffimpact.io.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.io.Mutations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming fast path reads what the strict mapper reads, and gives up on anything else. */
class ScheduleDtoParserTest {

  private static final String MEASURE =
      "{\"id\":\"m1\",\"kind\":\"BASE_DUTY\",\"scope\":\"6109\",\"origins\":\"*\","
          + "\"validFrom\":\"2025-01-01\",\"rate\":\"16.5%\",\"excludes\":[\"a\",\"b\"],"
          + "\"provenance\":{\"source\":\"s\",\"confidence\":\"V\"},\"validTo\":null}";

  @Test
  void everyScheduleFileOfTheRepositoryReadsAsTheMapperReadsIt() throws IOException {
    List<Path> files;
    try (Stream<Path> data = Files.walk(Path.of("../data"));
        Stream<Path> docs = Files.walk(Path.of("../docs/examples"))) {
      files =
          Stream.concat(data, docs)
              .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".json.gz"))
              .filter(
                  f ->
                      new String(bytes(f), StandardCharsets.UTF_8)
                          .contains("\"tariff-impact/schedule\""))
              .toList();
    }
    // us-india, india-us, two US overlays, the India framework, the EU and GB examples
    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    for (Path f : files) {
      byte[] json = bytes(f);
      assertThat(ScheduleDtoParser.tryRead(json))
          .as(f.toString())
          .contains(FileSupport.readJson(json, ScheduleFileDto.class, f.toString()));
    }
  }

  @Test
  void readsNullsAndAbsentValuesAsTheMapperDoes() {
    byte[] json =
        ("{\"format\":\"tariff-impact/schedule\",\"version\":1,\"importer\":\"US\","
                + "\"overlay\":false,\"description\":null,\"measures\":["
                + MEASURE
                + "]}")
            .getBytes(StandardCharsets.UTF_8);
    ScheduleFileDto fast = ScheduleDtoParser.tryRead(json).orElseThrow();
    assertThat(fast).isEqualTo(FileSupport.readJson(json, ScheduleFileDto.class, "t.json"));
    assertThat(fast.currency()).isNull();
    assertThat(fast.measures().get(0).excludes()).containsExactly("a", "b");
    assertThat(fast.measures().get(0).scope().asString()).isEqualTo("6109");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\":\"x\",\"unknown\":1}", // unknown property: the mapper names it
        "{\"format\":\"x\",\"format\":\"y\"}", // repeated property
        "{\"format\":5}", // a number for a string: the mapper coerces or refuses
        "{\"version\":\"1\"}", // a string for a number
        "{\"version\":1.0}",
        "{\"version\":12345678901}",
        "{\"overlay\":\"yes\"}",
        "{\"measures\":[null]}",
        "{\"measures\":{}}",
        "{\"measures\":[{\"scope\":{\"include\":\"6109\"}}]}", // scope objects: the mapper
        "{\"measures\":[{\"scope\":null}]}",
        "{\"measures\":[{\"excludes\":[\"a\",1]}]}",
        "{\"measures\":[{\"provenance\":{\"source\":\"s\",\"extra\":\"e\"}}]}",
        "{\"format\":\"x\"} {}", // trailing content
        "{\"format\":\"x\"", // cut short
        "[]",
        "null",
        ""
      })
  void givesUpOnAnythingButPlainRecords(String json) {
    assertThat(ScheduleDtoParser.tryRead(json.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Property(tries = 500)
  void mutatedSchedulesReadExactlyAsWithTheMapperOrNotAtAll(@ForAll("mutated") String text) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);
    Optional<ScheduleFileDto> fast = ScheduleDtoParser.tryRead(json);
    if (fast.isPresent()) {
      // what the fast path reads, the mapper reads the same (and without an error)
      assertThat(fast).contains(FileSupport.readJson(json, ScheduleFileDto.class, "m.json"));
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    return Mutations.of(
        List.of(
            new String(
                bytes(Path.of("src/test/resources/schedule/us-india.json")),
                StandardCharsets.UTF_8),
            new String(
                bytes(Path.of("src/test/resources/schedule/us-india-framework.json")),
                StandardCharsets.UTF_8)));
  }

  private static byte[] bytes(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      return f.toString().endsWith(".gz")
          ? new GZIPInputStream(in).readAllBytes()
          : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
