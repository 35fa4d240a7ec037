package dev.tariffimpact.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedTest {

  @ParameterizedTest
  @CsvSource({
    // value, from scale, to scale, mode, expected (hand-rounded)
    "34640, 4, 2, HALF_UP, 346", // 3.4640 -> 3.46
    "34650, 4, 2, HALF_UP, 347", // 3.4650 -> 3.47 (half goes up)
    "34650, 4, 2, HALF_EVEN, 346", // 3.4650 -> 3.46 (to even)
    "34750, 4, 2, HALF_EVEN, 348", // 3.4750 -> 3.48
    "34650, 4, 2, HALF_DOWN, 346",
    "34651, 4, 2, HALF_DOWN, 347",
    "34601, 4, 2, DOWN, 346",
    "34601, 4, 2, UP, 347",
    "12, 0, 2, HALF_UP, 1200" // 12 -> 12.00
  })
  void rescaleRoundsAsStated(long v, int from, int to, RoundingMode mode, long expected) {
    assertThat(Fixed.rescale(v, from, to, mode)).isEqualTo(expected);
  }

  @Property(tries = 300)
  void rescaleEqualsBigDecimalSetScale(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long v,
      @ForAll @IntRange(min = 0, max = 12) int from,
      @ForAll @IntRange(min = 0, max = 4) int to) {
    for (RoundingMode mode :
        new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN}) {
      long expected =
          BigDecimal.valueOf(v, from).setScale(to, mode).unscaledValue().longValueExact();
      assertThat(Fixed.rescale(v, from, to, mode)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({"123, 1230000", "123.45, 1234500", ".5, 5000", "0.0001, 1"})
  void parsesPlainDecimalsAtScaleFour(String text, long expected) {
    assertThat(Fixed.parse(text, 4)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"-5", "1.00001", "1e3", "abc", "1.2.3", "'.'", "99999999999999999"})
  void leavesOtherTextToBigDecimal(String text) {
    assertThat(Fixed.parse(text, 4)).isEqualTo(Fixed.ABSENT);
  }

  @ParameterizedTest
  @CsvSource({
    // 8,500,000.0000 INR (scale 4) x 0.0117647059 (scale 10) = 100,000.00001500 USD -> 100000.00
    "85000000000, 117647059, 14, 2, 10000000",
    // 3.4650 x 1 -> 3.47
    "34650, 1, 4, 2, 347"
  })
  void multiplyRescaleIsExactBeyondTheLongRange(long a, long b, int from, int to, long expected) {
    assertThat(Fixed.multiplyRescale(a, b, from, to, RoundingMode.HALF_UP)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"9223372036854775807, 0, 4"})
  void overflowIsAnArithmeticExceptionNeverAWrongAmount(long v, int from, int to) {
    assertThatThrownBy(() -> Fixed.rescale(v, from, to, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
  }
}
