package dev.tariffimpact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalGrammarTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1250.50|1250.50",
        "+7|7",
        "-3.25|-3.25",
        ".5|0.5",
        "5.|5",
        "' 100 '|100",
        "1e5|100000",
        "1.5E+3|1500",
        "25E-1|2.5",
        "0e999999999|0",
        "0.000|0.000",
        // 18 digits before the point: the largest accepted magnitude
        "999999999999999999.99|999999999999999999.99",
        // 64 decimals; trailing zeros beyond them do not count
        "0.0000000000000000000000000000000000000000000000000000000000000001|0.0000000000000000000000000000000000000000000000000000000000000001",
        "1.50000000000000000000000000000000000000000000000000000000000000000000000|1.5",
      })
  void readsTheGrammar(String text, String expected) {
    BigDecimal value = DecimalGrammar.parse(text);
    assertThat(value.toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e999999999|is out of range: at most 18 digits before the decimal point",
        "1E+2147483647|is out of range: at most 18 digits before the decimal point",
        "1000000000000000000|is out of range: at most 18 digits before the decimal point",
        "1e18|is out of range: at most 18 digits before the decimal point",
        "1e-999999999|has more than 64 decimal places (the limit)",
        "1e-65|has more than 64 decimal places (the limit)",
        "NaN|is not a decimal number",
        "Infinity|is not a decimal number",
        "1,000|is not a decimal number",
        "١٠٠|is not a decimal number",
        "１００|is not a decimal number",
        "0x10|is not a decimal number",
        "1 000|is not a decimal number",
        "1e|has an exponent without digits",
        "-|is not a decimal number",
        "''|is empty",
      })
  void refusesWithTheReason(String text, String reason) {
    assertThatThrownBy(() -> DecimalGrammar.parse(text))
        .isInstanceOf(InvalidDecimalException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((InvalidDecimalException) e).input()).isEqualTo(text));
  }

  @Test
  void aLongTextIsRefusedAndQuotedShort() {
    String text = "1".repeat(1_000_000);
    assertThatThrownBy(() -> DecimalGrammar.parse(text))
        .isInstanceOf(InvalidDecimalException.class)
        .hasMessage(
            "'"
                + "1".repeat(40)
                + "...(1000000 chars)' is longer than 100 characters, the limit"
                + " for a number");
  }

  @Test
  void nonNegativeRefusesNegativeValues() {
    assertThat(DecimalGrammar.parseNonNegative("0")).isEqualByComparingTo("0");
    assertThatThrownBy(() -> DecimalGrammar.parseNonNegative("-0.01"))
        .isInstanceOf(InvalidDecimalException.class)
        .hasMessage("'-0.01' is negative; a value of zero or more is expected");
  }

  @Test
  void excerptsKeepFortyCharactersAndHideControlCharacters() {
    assertThat(Excerpt.of("short\tline")).isEqualTo("short?line");
    assertThat(Excerpt.of("x".repeat(41))).isEqualTo("x".repeat(40) + "...(41 chars)");
    assertThat(Excerpt.of(null)).isEqualTo("null");
  }
}
