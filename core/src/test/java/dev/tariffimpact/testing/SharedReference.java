package dev.tariffimpact.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates files of {@code ../shared/reference} for tests.
 *
 * <p>On a developer machine without the folder such a test is skipped (with the reason shown); when
 * the environment variable {@code CI} is {@code true} a missing file fails the test, so CI can
 * never pass by silently skipping the tests that read the official schedule.
 */
public final class SharedReference {

  private SharedReference() {}

  /**
   * Returns the path of a reference file, or skips (locally) or fails (CI) the calling test.
   *
   * @param relative a path below {@code shared/reference}, e.g. {@code
   *     "us-hts/hts_2025_basic_edition.csv"}
   * @return the existing, readable file
   */
  public static Path require(String relative) {
    String root = System.getProperty("tariffimpact.shared.reference", "../../shared/reference");
    Path file = Path.of(root).resolve(relative).normalize();
    if (Files.isReadable(file)) {
      return file;
    }
    String message = "reference file " + file + " is missing (expected ../shared beside the repo)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; CI=true, so this test fails instead of skipping");
    }
    Assumptions.abort(message + "; skipped because CI is not true");
    throw new AssertionError("unreachable");
  }
}
