package dev.tariffimpact.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates files of {@code ../shared/reference} for tests.
 *
 * <p>On a developer machine without the folder such a test is skipped (with the reason in the
 * report), and the run says once at its end how many were skipped ({@link SharedReferenceSkips});
 * when the environment variable {@code CI} is {@code true} a missing file fails the test, so CI can
 * never pass by silently skipping the tests that read the official schedule.
 *
 * <p>Call {@link #require} outside any {@code assertThatThrownBy} lambda: the skip is an exception
 * too, and an assertion on thrown exceptions would catch it as the wrong one.
 */
public final class SharedReference {

  private static final AtomicInteger SKIPPED = new AtomicInteger();

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
    // Counted, and said once at the end of the run by SharedReferenceSkips, not once per test: on
    // a fresh clone these skips are normal; each skipped test still carries the reason.
    SKIPPED.incrementAndGet();
    Assumptions.abort(message + "; skipped because CI is not true");
    throw new AssertionError("unreachable");
  }

  /** Returns how many tests were skipped since the last call, and starts counting again. */
  static int takeSkipCount() {
    return SKIPPED.getAndSet(0);
  }

  /** The line printed at the end of a test run that skipped tests. */
  static String summary(int skipped) {
    return "[tariff-impact] "
        + skipped
        + (skipped == 1 ? " test" : " tests")
        + " skipped: ../shared/reference is not beside the repository (normal on a fresh clone;"
        + " CI=true makes them fail instead)";
  }
}
