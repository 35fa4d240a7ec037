package dev.tariffimpact.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductCodeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "6109.10.00.12, 6109100012, 6109.10.00.12, 10",
    "6109100012,    6109100012, 6109.10.00.12, 10",
    "6109.10.00,    61091000,   6109.10.00,    8",
    "6109.10,       610910,     6109.10,       6",
    "6109,          6109,       6109,          4",
    "61,            61,         61,            2",
    "' 0802.12 ',   080212,     0802.12,       6",
    "6109 10 00,    61091000,   6109.10.00,    8"
  })
  void parsesDottedAndPlainForms(String text, String digits, String printed, int length) {
    ProductCode code = ProductCode.parse(text);
    assertThat(code.digits()).isEqualTo(digits);
    assertThat(code).hasToString(printed);
    assertThat(code.length()).isEqualTo(length);
    assertThat(ProductCode.parse(code.toString())).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "6",
        "610",
        "61091",
        "6109.1",
        "61O9",
        "6109.10.00.123",
        "6109..10",
        "-6109",
        "6109.10.",
        "61.09"
      })
  void rejectsMalformedCodesQuotingTheInput(String text) {
    assertThatThrownBy(() -> ProductCode.parse(text))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("2, 4, 6, 8 or 10 digits");
  }

  @Test
  void nullIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> ProductCode.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void hierarchyIsThePrefixRelation() {
    ProductCode tshirt = ProductCode.parse("6109.10.00.12");
    assertThat(tshirt.isWithin(ProductCode.parse("61"))).isTrue();
    assertThat(tshirt.isWithin(ProductCode.parse("6109.10"))).isTrue();
    assertThat(tshirt.isWithin(tshirt)).isTrue();
    assertThat(tshirt.isWithin(ProductCode.parse("6110"))).isFalse();
    assertThat(ProductCode.parse("6109").isWithin(tshirt)).isFalse();
    assertThat(tshirt.chapter()).isEqualTo(61);
    assertThat(ProductCode.parse("0802.12").chapter()).isEqualTo(8);
    assertThat(tshirt.truncate(4)).isEqualTo(ProductCode.parse("6109"));
    assertThat(tshirt.truncate(10)).isSameAs(tshirt);
    assertThatThrownBy(() -> tshirt.truncate(5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityOrderingAndHashFollowTheDigits() {
    assertThat(ProductCode.parse("6109.10")).isEqualTo(ProductCode.ofDigits("610910"));
    assertThat(ProductCode.parse("6109.10")).hasSameHashCodeAs(ProductCode.ofDigits("610910"));
    assertThat(ProductCode.parse("6109.10")).isNotEqualTo(ProductCode.parse("6109.10.00"));
    assertThat(ProductCode.parse("0802")).isLessThan(ProductCode.parse("6109"));
    assertThatThrownBy(() -> ProductCode.ofDigits("6109.10"))
        .isInstanceOf(InvalidCodeException.class);
  }

  @Property
  void printedFormParsesBackToTheSameCode(
      @ForAll @NumericChars @StringLength(min = 10, max = 10) String digits,
      @ForAll @IntRange(min = 1, max = 5) int pairs) {
    ProductCode code = ProductCode.ofDigits(digits.substring(0, pairs * 2));
    assertThat(ProductCode.parse(code.toString())).isEqualTo(code);
    assertThat(ProductCode.parse(code.digits())).isEqualTo(code);
  }

  /**
   * The layout parse accepted when it used a regular expression; its scan must accept exactly the
   * same texts and give the same digits.
   */
  private static final java.util.regex.Pattern FORMER_SYNTAX =
      java.util.regex.Pattern.compile(
          "\\d{2}(?:\\d{2}(?:[. ]?\\d{2}(?:[. ]?\\d{2}(?:[. ]?\\d{2})?)?)?)?");

  @Property(tries = 5000)
  void theScanAcceptsWhatTheFormerPatternAcceptedAndNothingElse(
      @ForAll
          @net.jqwik.api.constraints.Chars({'0', '1', '9', '.', ' ', '-', 'x', '\u0663'})
          @StringLength(max = 16)
          String text) {
    boolean expected = FORMER_SYNTAX.matcher(text).matches();
    String digits = ProductCode.digitsOf(text);
    assertThat(digits != null).as("accepted '%s'", text).isEqualTo(expected);
    if (expected) {
      assertThat(digits).isEqualTo(text.replace(".", "").replace(" ", ""));
    }
  }

  @Property(tries = 2000)
  void theScanAcceptsEveryWellFormedLayout(
      @ForAll @NumericChars @StringLength(min = 10, max = 10) String digits,
      @ForAll @IntRange(min = 1, max = 5) int pairs,
      @ForAll @net.jqwik.api.constraints.Chars({'.', ' ', '_'}) @StringLength(min = 3, max = 3)
          String separators) {
    StringBuilder text = new StringBuilder(digits.substring(0, Math.min(4, pairs * 2)));
    for (int p = 2; p < pairs; p++) {
      char sep = separators.charAt(p - 2);
      if (sep != '_') {
        text.append(sep);
      }
      text.append(digits, p * 2, p * 2 + 2);
    }
    assertThat(FORMER_SYNTAX.matcher(text).matches()).isTrue();
    assertThat(ProductCode.parse(text.toString()).digits())
        .isEqualTo(digits.substring(0, pairs * 2));
  }
}
