package dev.tariffimpact.io.india;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed files of {@code data/india/} that come from the reference tables equal what {@link
 * IndiaReferenceImporter} derives from {@code ../shared/reference/india} (skipped without it,
 * failing under {@code CI=true}). Run with {@code -Dtariffimpact.regenerate=true} to rewrite them.
 */
class IndiaDataGeneratorTest {

  private static final Path DATA_FOLDER = Path.of("..", "data");

  @Test
  void committedIndiaFilesAreWhatTheImporterDerivesFromTheReference() throws IOException {
    Path india = SharedReference.require("india/" + IndiaReferenceImporter.BCD_SOURCE).getParent();
    Map<String, String> generated = IndiaReferenceImporter.generate(india);
    if (Boolean.getBoolean("tariffimpact.regenerate")) {
      Files.createDirectories(DATA_FOLDER.resolve("india"));
      for (Map.Entry<String, String> e : generated.entrySet()) {
        Files.writeString(DATA_FOLDER.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, String> e : generated.entrySet()) {
      Path file = DATA_FOLDER.resolve(e.getKey());
      assertThat(file).as("%s is committed", e.getKey()).isRegularFile();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(
              "%s is stale: regenerate with ./mvnw -B -pl core test -Dtest=IndiaDataGeneratorTest"
                  + " -Dtariffimpact.regenerate=true",
              e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void theImporterCountsEveryReferenceRowItKeeps() throws IOException {
    Path india = SharedReference.require("india/" + IndiaReferenceImporter.BCD_SOURCE).getParent();
    Map<String, String> generated = IndiaReferenceImporter.generate(india);
    // Counts from the reference README: 79 AIDC versions, 40 SWS, 7 Health Cess, 1,374 IGST rows.
    assertThat(lines(generated.get("india/aidc.csv"))).isEqualTo(1 + 79);
    assertThat(lines(generated.get("india/sws-exemptions.csv"))).isEqualTo(1 + 40);
    assertThat(lines(generated.get("india/health-cess-exemptions.csv"))).isEqualTo(1 + 7);
    assertThat(lines(generated.get("india/igst.csv"))).isEqualTo(1 + 1374);
    // Apples: AIDC 35% (11/2021 S.No. 6), not the 0% the old curated line assumed.
    assertThat(generated.get("india/aidc.csv"))
        .contains("11/2021-Customs,6,08081000,,false,35%,2021-02-02,,specific");
  }

  @Test
  void aCodeCellThatIsNotDigitsIsRejectedNamingTheRow() {
    assertThatThrownBy(() -> IndiaReferenceImporter.codes("0802 1x", "f.csv row 7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("f.csv row 7")
        .hasMessageContaining("0802 1x");
    assertThat(IndiaReferenceImporter.codes("0802 11 00;0808", "r")).isEqualTo("08021100;0808");
  }

  private static long lines(String text) {
    return text.lines().count();
  }
}
