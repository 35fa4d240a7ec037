package dev.tariffimpact.classification;

import java.util.Objects;

/**
 * An inclusive range of codes of one length, such as chapters {@code 50-63} or headings {@code
 * 8471-8473}; a single code is the range from itself to itself and covers every code below it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first the first code, inclusive
 * @param last the last code, inclusive, of the same length as {@code first}
 */
public record CodeRange(ProductCode first, ProductCode last) {

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if the ends differ in length or are out of order
   */
  public CodeRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.length() != last.length()) {
      throw new IllegalArgumentException(
          "Range ends must have the same length: " + first + " and " + last);
    }
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException(
          "Range end must be on or after its start: " + first + "-" + last);
    }
  }

  /**
   * Returns the range covering one code and everything below it.
   *
   * @param code for example {@code 6109}
   * @return the range {@code 6109-6109}
   */
  public static CodeRange of(ProductCode code) {
    return new CodeRange(code, code);
  }

  /**
   * Parses {@code "50-63"} or a single code such as {@code "6109.10"}.
   *
   * @param text the range text
   * @return the range
   * @throws InvalidCodeException if either end is not a valid code or the ends do not form a range
   */
  public static CodeRange parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return of(ProductCode.parse(text));
    }
    ProductCode first = ProductCode.parse(text.substring(0, dash));
    ProductCode last = ProductCode.parse(text.substring(dash + 1));
    try {
      return new CodeRange(first, last);
    } catch (IllegalArgumentException e) {
      throw new InvalidCodeException(text, e.getMessage());
    }
  }

  /**
   * Returns the length of the range's codes, which is how specific a match through it is.
   *
   * @return 2, 4, 6, 8 or 10
   */
  public int length() {
    return first.length();
  }

  /**
   * Tells whether {@code code} lies within the range.
   *
   * @param code the code to test
   * @return true if the code, cut to this range's length, lies between the ends inclusive; false
   *     for a code shorter than the range (a chapter is not within a heading range)
   */
  public boolean contains(ProductCode code) {
    if (code.length() < length()) {
      return false;
    }
    ProductCode cut = code.truncate(length());
    return cut.compareTo(first) >= 0 && cut.compareTo(last) <= 0;
  }

  /** Prints {@code 50-63}, or the single code. */
  @Override
  public String toString() {
    return first.equals(last) ? first.toString() : first + "-" + last;
  }
}
