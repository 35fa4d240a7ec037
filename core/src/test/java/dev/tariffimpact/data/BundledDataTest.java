package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledDataTest {

  /** The data folder of the source tree; tests run with the module folder as working directory. */
  private static final Path DATA_FOLDER = Path.of("..", "data");

  @Test
  void everyFileInTheDataFolderIsIndexedAndOnTheClasspath() throws IOException {
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(DATA_FOLDER)) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .map(p -> DATA_FOLDER.relativize(p).toString().replace('\\', '/'))
              .filter(name -> !name.equals("README.md"))
              // data/economics/ ships in the economics jar (its own test checks it), not core's.
              .filter(name -> !name.startsWith("economics/"))
              .sorted()
              .toList();
    }
    assertThat(BundledData.fileNames()).containsExactlyInAnyOrderElementsOf(onDisk);
    for (String name : onDisk) {
      try (InputStream in = BundledData.open(name)) {
        assertThat(in.readAllBytes())
            .as("bundled copy of %s", name)
            .isEqualTo(Files.readAllBytes(DATA_FOLDER.resolve(name)));
      }
    }
  }

  @Test
  void readmeStaysOutOfTheJar() {
    assertThatThrownBy(() -> BundledData.open("README.md"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("README.md");
  }
}
