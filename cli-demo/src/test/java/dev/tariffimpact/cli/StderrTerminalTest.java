package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StderrTerminalTest {

  @ParameterizedTest(name = "env={0} fd2={1} console={2} -> {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        // stdout redirected (no console) but stderr on the terminal: the bar shows
        "null, /dev/pts/3, false, true",
        "null, /dev/tty1, false, true",
        // stderr redirected to a file or a pipe: silent, even with a console
        "null, /tmp/err.txt, true, false",
        "null, pipe:[12345], true, false",
        // the launcher's [ -t 2 ] wins
        "1, null, false, true",
        "0, /dev/pts/3, true, false",
        // nothing known: System.console()
        "null, null, true, true",
        "null, null, false, false",
      })
  void progressBarShowsExactlyWhenStderrIsATerminal(
      String env, String fd2, boolean console, boolean expected) {
    assertThat(StderrTerminal.decide(env, fd2, console)).isEqualTo(expected);
  }
}
