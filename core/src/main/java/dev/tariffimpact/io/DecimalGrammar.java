package dev.tariffimpact.io;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one grammar for decimal numbers in every input: CLI options, the shipment CSV, exchange-rate
 * files and schedule files. Documented in {@code docs/limits.md}.
 *
 * <pre>
 * decimal  = [sign] digits ["." [digits]] [exponent] | [sign] "." digits [exponent]
 * sign     = "+" | "-"
 * digits   = one or more of the ASCII digits 0-9
 * exponent = ("e" | "E") [sign] digits
 * </pre>
 *
 * <p>White space around the number is ignored ({@code " 100"} is 100); white space inside it,
 * thousands separators ({@code 1,000}), non-ASCII digits ({@code ١٠٠}), {@code NaN}, {@code
 * Infinity} and hexadecimal are refused. An exponent is applied ({@code 1e5} is {@code 100000},
 * read as a plain number of scale 0).
 *
 * <p>Bounds, checked before any large number is built: the text has at most {@value
 * #MAX_TEXT_LENGTH} characters; the value has at most {@value #MAX_INTEGER_DIGITS} digits before
 * the decimal point and at most {@value #MAX_FRACTION_DIGITS} after it (trailing zeros of the
 * fraction do not count). So {@code 1e999999999} and {@code 1E+2147483647} are refused in
 * microseconds with the bound in the message, never an {@link OutOfMemoryError}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DecimalGrammar {

  /** The most characters a decimal text may have, white space around it excluded: 100. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** The most digits before the decimal point: 18 (values below 10^18). */
  public static final int MAX_INTEGER_DIGITS = 18;

  /**
   * The most digits after the decimal point, trailing zeros excluded: 64. The library divides at 34
   * significant digits (IEEE 754 decimal128), so a quotient as small as 10^-18 (one over the
   * largest 18-digit number) has about 52 decimals: every decimal it prints reads back.
   */
  public static final int MAX_FRACTION_DIGITS = 64;

  private static final String EXPECTED =
      "expected digits 0-9 with an optional sign, '.' and exponent, such as 1250.50 or 1.5e3";

  private DecimalGrammar() {}

  /**
   * Parses a decimal of the documented grammar.
   *
   * <p>Example: {@code parse("1.5e3")} is {@code 1500}; {@code parse(" 10.50 ")} is {@code 10.50}.
   *
   * @param text the text, not null
   * @return the value, with a scale between 0 and {@value #MAX_FRACTION_DIGITS}
   * @throws NullPointerException if text is null
   * @throws InvalidDecimalException if the text is not a decimal of the grammar or out of bounds;
   *     the message quotes at most 40 characters of the input and names the bound
   */
  public static BigDecimal parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      throw new InvalidDecimalException(text, "is empty; " + EXPECTED);
    }
    if (s.length() > MAX_TEXT_LENGTH) {
      throw new InvalidDecimalException(
          text, "is longer than " + MAX_TEXT_LENGTH + " characters, the limit for a number");
    }
    int i = 0;
    int n = s.length();
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      i++;
    }
    int intDigits = 0;
    boolean zero = true;
    while (i < n && isDigit(s.charAt(i))) {
      zero &= s.charAt(i) == '0';
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        zero &= s.charAt(i) == '0';
        i++;
        fracDigits++;
      }
    }
    if (intDigits + fracDigits == 0) {
      throw new InvalidDecimalException(text, "is not a decimal number; " + EXPECTED);
    }
    long exponent = 0;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      boolean negative = false;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        negative = s.charAt(i) == '-';
        i++;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        // saturates: any exponent beyond 10^6 is out of range either way
        exponent = Math.min(exponent * 10 + (s.charAt(i) - '0'), 1_000_000);
        i++;
      }
      if (i == start) {
        throw new InvalidDecimalException(text, "has an exponent without digits; " + EXPECTED);
      }
      exponent = negative ? -exponent : exponent;
    }
    if (i < n) {
      throw new InvalidDecimalException(text, "is not a decimal number; " + EXPECTED);
    }
    // The text is short and the exponent bounded, so BigDecimal builds it cheaply; the bounds are
    // then checked on precision and scale before any rescaling can allocate.
    if (zero) {
      return BigDecimal.valueOf(0, Math.min(fracDigits, MAX_FRACTION_DIGITS));
    }
    if (Math.abs(exponent) > 10 * MAX_TEXT_LENGTH) {
      throw outOfRange(text, exponent > 0);
    }
    BigDecimal value = new BigDecimal(s);
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw outOfRange(text, true);
    }
    if (value.scale() > MAX_FRACTION_DIGITS) {
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() > MAX_FRACTION_DIGITS) {
        throw outOfRange(text, false);
      }
      value = stripped;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * Parses a decimal that must not be negative.
   *
   * @param text the text, not null
   * @return the value, zero or more
   * @throws InvalidDecimalException as {@link #parse}, or if the value is negative
   */
  public static BigDecimal parseNonNegative(String text) {
    BigDecimal value = parse(text);
    if (value.signum() < 0) {
      throw new InvalidDecimalException(text, "is negative; a value of zero or more is expected");
    }
    return value;
  }

  private static InvalidDecimalException outOfRange(String text, boolean large) {
    return new InvalidDecimalException(
        text,
        large
            ? "is out of range: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point"
            : "has more than " + MAX_FRACTION_DIGITS + " decimal places (the limit)");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
