package dev.tariffimpact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a person is watching stderr, for the batch progress bar. {@code System.console()} is not
 * the answer: it is null as soon as stdout is redirected ({@code batch big.csv > out.txt}), while
 * the bar goes to stderr, which is still the terminal.
 *
 * <p>In order: the launcher's {@code TARIFF_IMPACT_STDERR_TTY} ({@code 1} or {@code 0}, from the
 * shell's {@code [ -t 2 ]}); else, on Linux, where {@code /proc/self/fd/2} points (a {@code
 * /dev/pts/N} or {@code /dev/ttyN} device); else {@code System.console()}.
 */
final class StderrTerminal {

  static final String ENV = "TARIFF_IMPACT_STDERR_TTY";

  private StderrTerminal() {}

  static boolean isTerminal() {
    String fd2;
    try {
      Path link = Path.of("/proc/self/fd/2");
      fd2 = Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : null;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      fd2 = null;
    }
    return decide(System.getenv(ENV), fd2, System.console() != null);
  }

  /**
   * The decision, separated from the environment for tests.
   *
   * @param env the launcher's variable, or null
   * @param fd2Target where file descriptor 2 points, or null when unknown
   * @param console whether {@code System.console()} is present
   */
  static boolean decide(String env, String fd2Target, boolean console) {
    if ("1".equals(env)) {
      return true;
    }
    if ("0".equals(env)) {
      return false;
    }
    if (fd2Target != null) {
      return fd2Target.startsWith("/dev/pts/") || fd2Target.matches("/dev/tty\\w*");
    }
    return console;
  }
}
