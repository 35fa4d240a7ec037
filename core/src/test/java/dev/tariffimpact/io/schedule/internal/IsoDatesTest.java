package dev.tariffimpact.io.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IsoDates.parse gives what LocalDate.parse gives, a date or the same exception. */
class IsoDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-15", "2024-02-29", "0000-01-01", "9999-12-31", "2026-11-30"})
  void plainDatesAreTheDatesLocalDateParses(String text) {
    assertThat(IsoDates.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-9-15", "2025/09/15"})
  void badDatesFailWithLocalDateParsesException(String text) {
    String expected = "";
    try {
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      expected = e.getMessage();
    }
    assertThat(expected).isNotEmpty();
    assertThatThrownBy(() -> IsoDates.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(expected);
  }

  @Property(tries = 3000)
  void agreesWithLocalDateParseOnAnyText(
      @ForAll @Chars({'0', '1', '2', '3', '9', '-', '+', 'x'}) @StringLength(min = 8, max = 12)
          String text) {
    Object expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      expected = e.getMessage();
    }
    Object actual;
    try {
      actual = IsoDates.parse(text);
    } catch (DateTimeParseException e) {
      actual = e.getMessage();
    }
    assertThat(actual).isEqualTo(expected);
  }
}
