package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.io.schedule.internal.MeasureDto;
import dev.tariffimpact.io.schedule.internal.ProvenanceDto;
import dev.tariffimpact.io.schedule.internal.ScenarioDto;
import dev.tariffimpact.io.schedule.internal.ScheduleFileDto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example files conform to docs/schedule.schema.json, and the schema matches the reader. */
class ScheduleSchemaTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path DIR = Path.of("src/test/resources/schedule");
  private static final JsonNode SCHEMA_NODE =
      JSON.readTree(read(Path.of("../docs/schedule.schema.json")));
  private static final MiniJsonSchema SCHEMA = new MiniJsonSchema(SCHEMA_NODE);

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-india.json", "us-india-framework.json", "scenarios.json"})
  void exampleFilesConformToTheSchema(String file) {
    assertThat(SCHEMA.validate(JSON.readTree(read(DIR.resolve(file))))).isEmpty();
  }

  @Test
  void writtenFilesConformToTheSchema() {
    String written = ScheduleJson.toJson(ScheduleJson.read(DIR.resolve("us-india.json")));
    assertThat(SCHEMA.validate(JSON.readTree(written))).isEmpty();
    String catalogue =
        ScenarioCatalogJson.toJson(ScenarioCatalogJson.readEntries(DIR.resolve("scenarios.json")));
    assertThat(SCHEMA.validate(JSON.readTree(catalogue))).isEmpty();
  }

  @Test
  void theCheckerCatchesViolations() {
    String bad =
        read(DIR.resolve("us-india.json"))
            .replaceFirst("\"rate\": \"16.5%\",", "")
            .replaceFirst("\"kind\": \"BASE_DUTY\"", "\"kind\": \"BASE\"")
            .replaceFirst("\"validFrom\": \"2025-01-01\"", "\"validFrom\": \"1/1/2025\"");
    String report = String.join("\n", SCHEMA.validate(JSON.readTree(bad)));
    assertThat(report)
        .contains("$.measures[0].rate: is required")
        .contains("$.measures[0].kind: must be one of")
        .contains("$.measures[0].validFrom: does not match");
  }

  @Test
  void schemaPropertiesAreExactlyTheReaderFields() {
    JsonNode defs = SCHEMA_NODE.get("$defs");
    assertThat(names(defs.get("schedule"))).isEqualTo(components(ScheduleFileDto.class));
    assertThat(names(defs.get("measure"))).isEqualTo(components(MeasureDto.class));
    assertThat(names(defs.get("provenance"))).isEqualTo(components(ProvenanceDto.class));
    assertThat(names(defs.get("scenario"))).isEqualTo(components(ScenarioDto.class));
  }

  private static Set<String> names(JsonNode def) {
    return new TreeSet<>(def.get("properties").propertyNames());
  }

  private static Set<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
