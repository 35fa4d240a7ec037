package dev.tariffimpact.io.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tariffimpact.io.Mutations;
import dev.tariffimpact.io.schedule.ScheduleFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The streaming catalogue reader reads what the strict mapper reads, gives up on anything else, and
 * so every message stays the mapper's. The mapper is the reference here: the fast path must never
 * read a file differently from it.
 */
class CatalogueDtoParserTest {

  private static final List<Path> CATALOGUES =
      List.of(
          Path.of("../data/scenarios.json"),
          Path.of("src/test/resources/schedule/scenarios.json"),
          Path.of("src/test/resources/sources/gb-eu-scenarios.json"));

  @Test
  void everyCatalogueOfTheRepositoryReadsAsTheMapperReadsIt() throws IOException {
    for (Path f : CATALOGUES) {
      byte[] json = Files.readAllBytes(f);
      Optional<ScenarioCatalogDto> fast = CatalogueDtoParser.tryRead(json);
      assertThat(fast)
          .as(f.toString())
          .contains(FileSupport.readJson(json, ScenarioCatalogDto.class, f.toString()));
    }
    // The bundled catalogue: 9 scenarios and 4 groups (data/scenarios.json, counted by hand).
    ScenarioCatalogDto bundled =
        CatalogueDtoParser.tryRead(Files.readAllBytes(CATALOGUES.get(0))).orElseThrow();
    assertThat(bundled.format()).isEqualTo("tariff-impact/scenarios");
    assertThat(bundled.version()).isEqualTo(1);
    assertThat(bundled.scenarios()).hasSize(9);
    assertThat(bundled.groups()).hasSize(4);
  }

  @Test
  void readsNullsAbsentValuesAndEscapesAsTheMapperDoes() {
    byte[] json =
        ("{\"version\":1,\"format\":\"tariff-impact/scenarios\",\"groups\":null,\"scenarios\":["
                + "{\"name\":\"a\\u00e9\\\"b\",\"schedule\":\"s.json\",\"overlays\":[],"
                + "\"coverageEnd\":null},"
                + "{\"asOf\":\"2025-09-15\",\"name\":\"c\",\"overlays\":[\"o1.json\",\"o2.json\"]}]}")
            .getBytes(StandardCharsets.UTF_8);
    ScenarioCatalogDto fast = CatalogueDtoParser.tryRead(json).orElseThrow();
    assertThat(fast).isEqualTo(FileSupport.readJson(json, ScenarioCatalogDto.class, "t.json"));
    assertThat(fast.groups()).isNull();
    assertThat(fast.scenarios().get(0).name()).isEqualTo("aé\"b");
    assertThat(fast.scenarios().get(0).overlays()).isEmpty();
    assertThat(fast.scenarios().get(0).asOf()).isNull();
    assertThat(fast.scenarios().get(1).overlays()).containsExactly("o1.json", "o2.json");
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
        "{\"scenarios\":[null]}",
        "{\"scenarios\":{}}",
        "{\"scenarios\":[{\"name\":\"a\",\"name\":\"b\"}]}",
        "{\"scenarios\":[{\"overlays\":\"o.json\"}]}",
        "{\"scenarios\":[{\"overlays\":[\"a\",null]}]}",
        "{\"scenarios\":[{\"asOf\":20250915}]}",
        "{\"scenarios\":[{\"nme\":\"a\"}]}",
        "{\"groups\":[{\"name\":\"g\",\"scenarios\":[1]}]}",
        "{\"groups\":[{\"name\":\"g\",\"headline\":[]}]}",
        "{\"groups\":[[]]}",
        "{\"format\":\"x\"} {}", // trailing content
        "{\"format\":\"x\"", // cut short
        "{\"format\":\"x\",}",
        "[]",
        "null",
        "\"scenarios\"",
        ""
      })
  void givesUpOnAnythingButPlainRecordsAndTheMessageIsTheMappers(String text) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);
    assertThat(CatalogueDtoParser.tryRead(json)).isEmpty();
    assertSameAsMapper(json);
  }

  @Property(tries = 400)
  void generatedCataloguesReadAsTheMapperReadsThem(@ForAll("catalogues") String text) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);
    assertThat(CatalogueDtoParser.tryRead(json))
        .as(text)
        .contains(FileSupport.readJson(json, ScenarioCatalogDto.class, "gen.json"));
  }

  @Property(tries = 600)
  void mutatedCataloguesReadOrFailExactlyAsWithTheMapper(@ForAll("mutated") String text) {
    assertSameAsMapper(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 600)
  void theFormatOfAMutatedFileIsReadOnlyWhenTheMapperReadsTheSame(
      @ForAll("mutatedFiles") String text) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);
    Optional<String> fast = CatalogueDtoParser.tryFormat(json);
    if (fast.isPresent()) {
      // the mapper's reading of a user's file, which the fast path stands in for
      JsonNode format = FileSupport.mapper().readTree(json).get("format");
      assertThat(format.isString()).isTrue();
      assertThat(format.asString()).isEqualTo(fast.get());
    }
  }

  @Test
  void theFormatIsReadFromPlainJsonOnly() {
    assertThat(CatalogueDtoParser.tryFormat(bytes("{\"a\":[{\"b\":1}],\"format\":\"f\"}")))
        .contains("f");
    assertThat(CatalogueDtoParser.tryFormat(bytes("{\"version\":1}"))).isEmpty();
    assertThat(CatalogueDtoParser.tryFormat(bytes("{\"format\":1}"))).isEmpty();
    assertThat(CatalogueDtoParser.tryFormat(bytes("{\"format\":\"f\",\"a\":{\"b\":1,\"b\":2}}")))
        .isEmpty();
    assertThat(CatalogueDtoParser.tryFormat(bytes("{\"format\":\"f\"} x"))).isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<String> mutatedFiles() {
    List<String> valid = new ArrayList<>();
    for (Path f :
        List.of(
            CATALOGUES.get(0),
            CATALOGUES.get(1),
            Path.of("src/test/resources/schedule/us-india-framework.json"))) {
      try {
        valid.add(Files.readString(f));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return Mutations.of(valid);
  }

  /**
   * What {@link CatalogueDtoParser#read} gives, a record or an error message, is what the mapper
   * alone gives.
   */
  private static void assertSameAsMapper(byte[] json) {
    Object mapper;
    try {
      mapper = FileSupport.readJson(json, ScenarioCatalogDto.class, "c.json");
    } catch (ScheduleFileException e) {
      mapper = e.getMessage();
    }
    Object fast;
    try {
      fast = CatalogueDtoParser.read(json, "c.json");
    } catch (ScheduleFileException e) {
      fast = e.getMessage();
    }
    assertThat(fast).isEqualTo(mapper);
    Throwable direct = catchThrowable(() -> CatalogueDtoParser.tryRead(json));
    assertThat(direct).as("the fast path never throws").isNull();
  }

  @Provide
  Arbitrary<String> mutated() {
    List<String> valid = new ArrayList<>();
    for (Path f : CATALOGUES) {
      try {
        valid.add(Files.readString(f));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return Mutations.of(valid);
  }

  /** Catalogues with any text (escapes, non-ASCII), nulls, absent properties, any order. */
  @Provide
  Arbitrary<String> catalogues() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30),
            Arbitraries.strings().withChars("ab\"\\/\n\té€\u0001").ofMaxLength(12));
    Arbitrary<String> value = text.map(CatalogueDtoParserTest::quote);
    Arbitrary<String> nullable = Arbitraries.oneOf(value, Arbitraries.just("null"));
    Arbitrary<String> strings =
        Arbitraries.oneOf(
            value.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"),
            Arbitraries.just("null"));
    Arbitrary<String> scenario =
        Combinators.combine(
                nullable.list().ofSize(6), strings, Arbitraries.integers().between(0, 127))
            .as(
                (v, overlays, absent) ->
                    object(
                        List.of(
                            "name",
                            "description",
                            "schedule",
                            "asOf",
                            "status",
                            "coverageEnd",
                            "overlays"),
                        List.of(
                            v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), overlays),
                        absent));
    Arbitrary<String> group =
        Combinators.combine(
                nullable.list().ofSize(2), strings, strings, Arbitraries.integers().between(0, 15))
            .as(
                (v, scenarios, headline, absent) ->
                    object(
                        List.of("name", "description", "scenarios", "headlineFor"),
                        List.of(v.get(0), v.get(1), scenarios, headline),
                        absent));
    Arbitrary<String> list =
        Arbitraries.oneOf(
            scenario.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
            Arbitraries.just("null"));
    Arbitrary<String> groups =
        Arbitraries.oneOf(
            group.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"),
            Arbitraries.just("null"));
    return Combinators.combine(
            nullable,
            Arbitraries.of("1", "2", "-7", "null"),
            list,
            groups,
            Arbitraries.integers().between(0, 15),
            Arbitraries.randoms())
        .as(
            (format, version, scenarios, gs, absent, random) -> {
              List<String> names = new ArrayList<>(List.of("format", "version", "scenarios"));
              names.add("groups");
              List<String> values = List.of(format, version, scenarios, gs);
              String o = object(names, values, absent);
              // the same object with its properties in another order reads the same
              return random.nextBoolean() ? o : shuffled(names, values, absent, random);
            });
  }

  /** A JSON object of the named values, leaving out those whose bit is set in {@code absent}. */
  private static String object(List<String> names, List<String> values, int absent) {
    List<String> members = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((absent & (1 << i)) == 0) {
        members.add(quote(names.get(i)) + ":" + values.get(i));
      }
    }
    return "{" + String.join(",", members) + "}";
  }

  private static String shuffled(
      List<String> names, List<String> values, int absent, java.util.Random random) {
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
    Collections.shuffle(order, random);
    List<String> n = new ArrayList<>();
    List<String> v = new ArrayList<>();
    int a = 0;
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      n.add(names.get(i));
      v.add(values.get(i));
      if ((absent & (1 << i)) != 0) {
        a |= 1 << k;
      }
    }
    return object(n, v, a);
  }

  /** JSON string text, escaped as RFC 8259 requires. */
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
