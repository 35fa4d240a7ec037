package dev.tariffimpact.classification;

import java.util.Objects;

/**
 * A product classification code: HS chapter (2 digits), heading (4), subheading (6), or a national
 * tariff line (8) or statistical line (10), for example {@code 6109.10.00.12}.
 *
 * <p>The hierarchy is the prefix relation: {@code 6109} contains {@code 6109.10.00.12}. Parsing
 * accepts the plain digits ({@code 6109100012}) and the dotted forms used by the US HTS ({@code
 * 6109.10.00.12}) and by HS texts ({@code 6109.10}); {@link #toString()} prints the dotted form,
 * which parses back to an equal code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductCode implements Comparable<ProductCode> {

  private final String digits;

  private ProductCode(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a code.
   *
   * @param text for example {@code "6109.10.00.12"}, {@code "6109100012"}, {@code "6109.10"} or
   *     {@code "61"}; surrounding white space is ignored
   * @return the code
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidCodeException if the text is not 2, 4, 6, 8 or 10 digits in that layout
   */
  public static ProductCode parse(String text) {
    Objects.requireNonNull(text, "text");
    String digits = digitsOf(text.strip());
    if (digits == null) {
      throw new InvalidCodeException(
          text,
          "a code must be 2, 4, 6, 8 or 10 digits, optionally dotted as 6109.10.00.12"
              + " (chapter, heading, subheading, tariff line, statistical suffix)");
    }
    return new ProductCode(digits);
  }

  /**
   * The digits of a code in the layout {@link #parse} accepts (two or four digits, then pairs each
   * optionally after a dot or a space: {@code \\d{2}(\\d{2}([. ]?\\d{2}){0,3})?}), or null if the
   * text has another layout. A scan rather than the pattern: bundled schedules hold some ten
   * thousand codes, parsed at every start of the CLI, and a quote waits for them (ProductCodeTest
   * checks the scan against the pattern).
   */
  static String digitsOf(String text) {
    int n = text.length();
    char[] out = new char[10];
    int d = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (d >= 4 && (c == '.' || c == ' ')) {
        i++;
      }
      if (d == 10 || i + 1 >= n || !isDigit(text.charAt(i)) || !isDigit(text.charAt(i + 1))) {
        return null;
      }
      out[d++] = text.charAt(i);
      out[d++] = text.charAt(i + 1);
      i += 2;
    }
    return d == 0 ? null : new String(out, 0, d);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the code of plain digits.
   *
   * @param digits 2, 4, 6, 8 or 10 ASCII digits, for example {@code "610910"}
   * @return the code
   * @throws InvalidCodeException if {@code digits} is not of that form
   */
  public static ProductCode ofDigits(String digits) {
    Objects.requireNonNull(digits, "digits");
    int n = digits.length();
    if (n < 2 || n > 10 || n % 2 != 0 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidCodeException(digits, "digits must be 2, 4, 6, 8 or 10 ASCII digits");
    }
    return new ProductCode(digits);
  }

  /**
   * Returns the plain digits.
   *
   * @return for example {@code "6109100012"}
   */
  public String digits() {
    return digits;
  }

  /**
   * Returns the number of digits: 2, 4, 6, 8 or 10.
   *
   * @return the length
   */
  public int length() {
    return digits.length();
  }

  /**
   * Returns the HS chapter.
   *
   * @return 1 to 99, for example {@code 61}
   */
  public int chapter() {
    return Integer.parseInt(digits, 0, 2, 10);
  }

  /**
   * Returns the code cut to at most {@code length} digits.
   *
   * @param length 2, 4, 6, 8 or 10
   * @return this code if it is not longer, else its ancestor of that length
   * @throws IllegalArgumentException if {@code length} is not one of those
   */
  public ProductCode truncate(int length) {
    if (length < 2 || length > 10 || length % 2 != 0) {
      throw new IllegalArgumentException("length must be 2, 4, 6, 8 or 10, was " + length);
    }
    return length >= digits.length() ? this : new ProductCode(digits.substring(0, length));
  }

  /**
   * Tells whether this code lies within {@code ancestor} (is equal to it or starts with it).
   *
   * @param ancestor the broader code, for example {@code 6109}
   * @return true if this code starts with the ancestor's digits
   */
  public boolean isWithin(ProductCode ancestor) {
    return digits.startsWith(ancestor.digits);
  }

  @Override
  public int compareTo(ProductCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductCode other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Prints the dotted form: {@code 61}, {@code 6109}, {@code 6109.10}, {@code 6109.10.00}, {@code
   * 6109.10.00.12}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(13).append(digits, 0, Math.min(4, digits.length()));
    for (int i = 4; i < digits.length(); i += 2) {
      sb.append('.').append(digits, i, i + 2);
    }
    return sb.toString();
  }
}
