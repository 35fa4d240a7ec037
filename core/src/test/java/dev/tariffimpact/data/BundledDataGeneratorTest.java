package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated JSON files of {@code data/} equal what {@link BundledDataGenerator} makes of the
 * curated CSV files. Run with {@code -Dtariffimpact.regenerate=true} to rewrite them first.
 */
class BundledDataGeneratorTest {

  private static final Path DATA_FOLDER = Path.of("..", "data");

  @Test
  void committedJsonFilesAreWhatTheGeneratorMakesOfTheCsvFiles() throws IOException {
    if (Boolean.getBoolean(BundledDataGenerator.REGENERATE_PROPERTY)) {
      BundledDataGenerator.write(DATA_FOLDER);
    }
    Map<String, String> generated = BundledDataGenerator.generate(DATA_FOLDER);
    assertThat(generated)
        .containsOnlyKeys(
            "us-india.json",
            "us-india-framework-18.json",
            "us-india-s301-proposed.json",
            "india-us.json.gz",
            "india-us-framework-illustrative.json");
    for (Map.Entry<String, String> e : generated.entrySet()) {
      Path file = DATA_FOLDER.resolve(e.getKey());
      assertThat(file).as("%s is committed", e.getKey()).isRegularFile();
      assertThat(dev.tariffimpact.io.ch99.UsDataGenerator.readCommitted(file))
          .as(
              "%s is stale: regenerate with ./mvnw -B -pl core test"
                  + " -Dtest=BundledDataGeneratorTest -Dtariffimpact.regenerate=true",
              e.getKey())
          .isEqualTo(e.getValue());
    }
  }
}
