package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidityTest {

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "2025-08-27..2026-02-06, 2025-08-26, false",
    "2025-08-27..2026-02-06, 2025-08-27, true",
    "2025-08-27..2026-02-06, 2026-02-06, true",
    "2025-08-27..2026-02-06, 2026-02-07, false",
    "2025-10-01..,           2025-09-30, false",
    "2025-10-01..,           2025-10-01, true",
    "2025-10-01..,           2099-12-31, true",
    "2026-02-24..2026-02-24, 2026-02-24, true",
  })
  void bothEndsAreInclusive(String text, LocalDate day, boolean expected) {
    Validity v = Validity.parse(text);
    assertThat(v.contains(day)).isEqualTo(expected);
    assertThat(Validity.parse(v.toString())).isEqualTo(v);
  }

  @ParameterizedTest(name = "''{0}'' is rejected")
  @CsvSource({"2026-02-06..2025-08-27", "2025-13-01..", "2025-01-01", "..2025-01-01"})
  void malformedOrReversedIsRejected(String text) {
    assertThatThrownBy(() -> Validity.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }
}
