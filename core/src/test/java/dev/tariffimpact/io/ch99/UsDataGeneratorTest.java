package dev.tariffimpact.io.ch99;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed files of {@code data/us/} equal what {@link UsDataGenerator} derives from {@code
 * ../shared/reference} (skipped without it, failing under {@code CI=true}). Run with {@code
 * -Dtariffimpact.regenerate=true} to rewrite them first.
 */
class UsDataGeneratorTest {

  private static final Path DATA_FOLDER = Path.of("..", "data");

  @Test
  void committedUsFilesAreWhatTheImporterDerivesFromTheReference() throws IOException {
    Path shared = SharedReference.require(UsListSources.TEXT_FILE).getParent().getParent();
    if (Boolean.getBoolean(UsDataGenerator.REGENERATE_PROPERTY)) {
      UsDataGenerator.write(DATA_FOLDER, shared);
    }
    Map<String, String> generated = UsDataGenerator.generate(shared);
    for (Map.Entry<String, String> e : generated.entrySet()) {
      Path file = DATA_FOLDER.resolve(e.getKey());
      assertThat(file).as("%s is committed", e.getKey()).isRegularFile();
      assertThat(UsDataGenerator.readCommitted(file))
          .as(
              "%s is stale: regenerate with ./mvnw -B -pl core test -Dtest=UsDataGeneratorTest"
                  + " -Dtariffimpact.regenerate=true",
              e.getKey())
          .isEqualTo(e.getValue());
    }
    try (Stream<Path> committed = Files.list(DATA_FOLDER.resolve("us/lists"))) {
      assertThat(committed.map(p -> "us/lists/" + p.getFileName()))
          .as("no list file the importer no longer makes")
          .allMatch(generated::containsKey);
    }
  }
}
