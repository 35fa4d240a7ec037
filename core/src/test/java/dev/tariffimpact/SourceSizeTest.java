package dev.tariffimpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Files read in one sitting (issue 12, developers' guide): no file of core's main sources is over
 * 500 lines, except the two that are mostly Javadoc and grammar.
 */
class SourceSizeTest {

  private static final int MAX_LINES = 500;

  private static final Set<String> EXCEPTIONS = Set.of("RateParser.java", "Measure.java");

  @Test
  void noMainSourceFileIsOverFiveHundredLines() throws IOException {
    Path main = Path.of("src/main/java");
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(main)) {
      tooLong =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !EXCEPTIONS.contains(p.getFileName().toString()))
              .filter(p -> lines(p) > MAX_LINES)
              .map(p -> main.relativize(p) + ": " + lines(p) + " lines")
              .toList();
    }
    assertThat(tooLong).isEmpty();
    // the walk found the sources (a wrong working directory would pass vacuously)
    assertThat(main.resolve("dev/tariffimpact/schedule/CompiledSchedule.java")).exists();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
