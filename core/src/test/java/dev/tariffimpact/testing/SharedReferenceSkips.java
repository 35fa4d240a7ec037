package dev.tariffimpact.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Says once, at the end of a module's test run, how many tests {@link SharedReference} skipped
 * because {@code ../shared/reference} is missing: normal on a fresh clone, so one line, not one per
 * test.
 *
 * <p>A JUnit Platform launcher listener, registered in {@code META-INF/services}; it ships in the
 * core test-jar, so the CLI and benchmark modules report their skips the same way.
 */
public final class SharedReferenceSkips implements TestExecutionListener {

  /** Creates the listener (called by the service loader). */
  public SharedReferenceSkips() {}

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    int skipped = SharedReference.takeSkipCount();
    if (skipped > 0) {
      System.err.println(SharedReference.summary(skipped));
    }
  }
}
