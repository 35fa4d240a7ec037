package dev.tariffimpact.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=1+2|'=1+2",
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+SUM(A1:A2)|'+SUM(A1:A2)",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "-4000.00|-4000.00",
        "+12|+12",
        "1650.00|1650.00",
        "cotton T-shirts|cotton T-shirts",
        "6109.10.00|6109.10.00"
      })
  void prefixesFormulasButKeepsNumbers(String raw, String expected) {
    assertThat(SpreadsheetSafe.cell(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'\tx', '''\tx'", "'\rx', '''\rx'"})
  void prefixesControlCharacters(String raw, String expected) {
    assertThat(SpreadsheetSafe.cell(raw)).isEqualTo(expected);
  }
}
