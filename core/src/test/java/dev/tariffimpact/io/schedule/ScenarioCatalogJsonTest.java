package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioCatalogJsonTest {

  private static final Path DIR = Path.of("src/test/resources/schedule");

  @Test
  void readsScenariosWithSchedulesOverlaysAndNotes() {
    List<Scenario> scenarios = ScenarioCatalogJson.read(DIR.resolve("scenarios.json"));
    assertThat(scenarios)
        .extracting(Scenario::name)
        .containsExactly("us-in-2025-09-15", "us-in-2026-03-01", "us-in-framework");
    Scenario framework = scenarios.get(2);
    assertThat(framework.asOf()).isEqualTo(LocalDate.parse("2026-02-10"));
    assertThat(framework.note()).startsWith("announced 2026-02-07");
    assertThat(framework.overlays()).extracting(Measure::id).containsExactly("us-framework-18");
    assertThat(framework.schedule()).isSameAs(scenarios.get(0).schedule());
    assertThat(
            framework.compile().applicable(ProductCode.parse("6109.10.00"), "IN").stream()
                .map(Measure::id))
        .containsExactly("us-mfn-6109.10.00", "us-framework-18", "us-mpf-fy2026");
  }

  @Test
  void entriesRoundTrip(@TempDir Path tmp) {
    List<ScenarioCatalogJson.Entry> entries =
        ScenarioCatalogJson.readEntries(DIR.resolve("scenarios.json"));
    Path out = tmp.resolve("scenarios.json");
    ScenarioCatalogJson.write(entries, out);
    assertThat(ScenarioCatalogJson.readEntries(out)).isEqualTo(entries);
    assertThat(entries.get(2).overlays()).containsExactly("us-india-framework.json");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"asOf\": \"2025-09-15\"         | \"asOf\": \"15/09/2025\"       | scenarios.json: $.scenarios[0].asOf: must be an ISO date",
        "\"status\": \"collected (V)\"    | \"status\": \"\"                  | scenarios.json: $.scenarios[0].status: is required",
        "\"schedule\": \"us-india.json\"  | \"schedule\": \"missing.json\"   | scenarios.json: $.scenarios[0].schedule: schedule file",
        "\"schedule\": \"us-india.json\"  | \"schedule\": \"broken.json\"    | scenarios.json: $.scenarios[0].schedule: ",
        "\"name\": \"us-in-2026-03-01\"   | \"name\": \"us-in-2025-09-15\"   | scenarios.json: $.scenarios[1].name: duplicate scenario",
        "\"overlays\": [\"us-india-framework.json\"] | \"overlays\": [\"dangling.json\"] | scenarios.json: $.scenarios[2]: ",
        "\"overlays\": [\"us-india-framework.json\"] | \"overlays\": [\"in.json\"] | scenarios.json: $.scenarios[2].overlays[0]: overlay is for IN/INR",
      })
  void errorsNameTheFileAndPath(String find, String replace, String expected, @TempDir Path tmp)
      throws Exception {
    for (String f : List.of("us-india.json", "us-india-framework.json")) {
      Files.writeString(tmp.resolve(f), Files.readString(DIR.resolve(f)));
    }
    Files.createDirectories(tmp.resolve("lists"));
    for (String f : List.of("annex2-sample.csv", "s122-sample.csv")) {
      Files.writeString(
          tmp.resolve("lists").resolve(f), Files.readString(DIR.resolve("lists").resolve(f)));
    }
    Files.writeString(tmp.resolve("broken.json"), "{\"format\": \"tariff-impact/schedule\"");
    Files.writeString(
        tmp.resolve("dangling.json"),
        Files.readString(DIR.resolve("us-india-framework.json"))
            .replace("us-ieepa-india\"", "nope\""));
    Files.writeString(
        tmp.resolve("in.json"),
        "{\"format\": \"tariff-impact/schedule\", \"version\": 1, \"importer\": \"IN\","
            + " \"currency\": \"INR\", \"measures\": []}");
    String catalogue = Files.readString(DIR.resolve("scenarios.json"));
    assertThat(catalogue).contains(find);
    Path file = tmp.resolve("scenarios.json");
    Files.writeString(
        file,
        catalogue.replaceFirst(
            java.util.regex.Pattern.quote(find),
            java.util.regex.Matcher.quoteReplacement(replace)));
    assertThatThrownBy(() -> ScenarioCatalogJson.read(file))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageStartingWith(tmp.toString())
        .hasMessageContaining(expected);
  }

  private static final Path SOURCES = Path.of("src/test/resources/sources");

  @Test
  void groupsPutOneScenarioPerImporterUnderOneName() {
    ScenarioCatalogJson.Catalogue c =
        ScenarioCatalogJson.load(SOURCES.resolve("gb-eu-scenarios.json"));
    assertThat(c.groups())
        .containsExactly(
            new ScenarioCatalogJson.Group(
                "europe-2026",
                "The UK and the EU in March 2026.",
                List.of("gb-2026", "eu-2026"),
                List.of()));
    assertThat(c.scenarios()).hasSize(3);
    assertThat(c.groups().get(0).headlineFor()).isEmpty();
    // A catalogue without groups has none.
    assertThat(ScenarioCatalogJson.load(DIR.resolve("scenarios.json")).groups()).isEmpty();
  }

  @Test
  void aCatalogueFromAStreamReadsItsSchedulesThroughTheCaller() throws Exception {
    List<String> asked = new java.util.ArrayList<>();
    ScenarioCatalogJson.Catalogue c;
    try (var in = Files.newInputStream(SOURCES.resolve("gb-eu-scenarios.json"))) {
      c =
          ScenarioCatalogJson.load(
              in,
              "inline.json",
              file -> {
                asked.add(file);
                return ScheduleJson.read(SOURCES.resolve(file));
              });
    }
    assertThat(asked).containsExactly("gb.json", "gb.json", "gb-surcharge.json", "eu.json");
    assertThat(c.scenarios().get(1).overlays()).hasSize(1);
    assertThatThrownBy(
            () ->
                ScenarioCatalogJson.load(
                    Files.newInputStream(SOURCES.resolve("gb-eu-scenarios.json")),
                    "inline.json",
                    file -> {
                      throw new dev.tariffimpact.TariffImpactException("no such file " + file);
                    }))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("inline.json: $.scenarios[0].schedule: no such file gb.json");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"gb-2026\", \"eu-2026\"]|\"gb-2026\", \"nope\"]|$.groups[0].scenarios[1]: no scenario 'nope'",
        "\"gb-2026\", \"eu-2026\"]|\"gb-2026\", \"gb-2026-surcharge\"]|a group holds one scenario per importer",
        "\"name\": \"europe-2026\"|\"name\": \"eu-2026\"|$.groups[0].name: 'eu-2026' is already a scenario name",
        "\"gb-2026\", \"eu-2026\"]|]|$.groups[0].scenarios: must name a scenario",
        "\"gb-2026\", \"eu-2026\"]|\"gb-2026\", \"eu-2026\"], \"headlineFor\": [\"US\"]|$.groups[0].headlineFor[0]: 'US' is not the importer of a scenario of this group",
        "\"gb-2026\", \"eu-2026\"]|\"gb-2026\"], \"headlineFor\": [\"GB\"]}, {\"name\": \"uk\", \"scenarios\": [\"gb-2026-surcharge\"], \"headlineFor\": [\"GB\"]|$.groups[1].headlineFor[0]: importer GB is already the headline of 'europe-2026'"
      })
  void badGroupsNameTheJsonPath(String find, String replace, String expected, @TempDir Path tmp)
      throws Exception {
    for (String f : List.of("gb.json", "gb-surcharge.json", "eu.json")) {
      Files.copy(SOURCES.resolve(f), tmp.resolve(f));
    }
    String catalogue = Files.readString(SOURCES.resolve("gb-eu-scenarios.json"));
    assertThat(catalogue).contains(find);
    Path file = tmp.resolve("c.json");
    Files.writeString(file, catalogue.replace(find, replace));
    assertThatThrownBy(() -> ScenarioCatalogJson.load(file))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining(expected);
  }
}
