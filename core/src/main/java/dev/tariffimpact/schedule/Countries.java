package dev.tariffimpact.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one set of valid country codes: ISO 3166 alpha-2 as the JDK knows them ({@link
 * Locale#getISOCountries()}), for origins and importers alike.
 *
 * <p>Every place that accepts a country of origin (a shipment line, an origin scope, a batch row, a
 * CLI option) asks this class, so they agree on what is valid and report a bad origin the same way,
 * with an {@link InvalidOriginException} quoting the input. An importer may also be the customs
 * union {@value #EU}.
 *
 * <pre>{@code
 * Countries.origin(" in ");    // "IN"
 * Countries.origin("XX");      // InvalidOriginException: Invalid origin 'XX': not an ISO 3166 ...
 * Countries.isImporter("EU");  // true
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Countries {

  /** The importer code of the European Union customs union, which is not an ISO country. */
  public static final String EU = "EU";

  private static final List<String> ALL = Arrays.stream(Locale.getISOCountries()).sorted().toList();
  private static final Set<String> SET = Set.copyOf(ALL);

  private Countries() {}

  /**
   * Tells whether a code is an ISO 3166 alpha-2 country, exactly as written (upper case).
   *
   * @param code for example {@code "IN"}
   * @return true for {@code "IN"}, false for {@code "in"}, {@code "XX"} or {@code "EU"}
   * @throws NullPointerException if {@code code} is null
   */
  public static boolean isCountry(String code) {
    return SET.contains(Objects.requireNonNull(code, "code"));
  }

  /**
   * Tells whether a code may import: an ISO 3166 alpha-2 country or {@value #EU}, upper case.
   *
   * @param code for example {@code "US"} or {@code "EU"}
   * @return true if the code is a country or EU
   * @throws NullPointerException if {@code code} is null
   */
  public static boolean isImporter(String code) {
    return EU.equals(code) || isCountry(code);
  }

  /**
   * Validates and normalises a country of origin: surrounding white space is dropped and lower case
   * accepted.
   *
   * @param text for example {@code "in"} or {@code "IN"}
   * @return the upper-case code, for example {@code "IN"}
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidOriginException quoting the text if it is not an ISO 3166 alpha-2 country
   */
  public static String origin(String text) {
    Objects.requireNonNull(text, "origin");
    return checked(text, text.strip().toUpperCase(Locale.ROOT), "");
  }

  /**
   * Checks a country of origin exactly as written, for value types that do not normalise: {@code
   * "in"} is refused, not corrected.
   *
   * @param code for example {@code "IN"}
   * @return the code
   * @throws NullPointerException if {@code code} is null
   * @throws InvalidOriginException quoting the code if it is not an upper-case ISO 3166 alpha-2
   *     country
   */
  public static String requireCountry(String code) {
    Objects.requireNonNull(code, "origin");
    return checked(code, code, " in upper case");
  }

  private static String checked(String input, String code, String form) {
    if (!SET.contains(code)) {
      throw new InvalidOriginException(
          input,
          "not an ISO 3166 alpha-2 country code"
              + form
              + (EU.equals(code) ? " (EU is an importer, not a country of origin)" : ""));
    }
    return code;
  }

  /**
   * Returns every valid country code, sorted; the position of a code is stable within one JVM, so
   * bulk code may index arrays by it.
   *
   * @return an unmodifiable list, for example {@code [AD, AE, AF, ...]}
   */
  public static List<String> all() {
    return ALL;
  }
}
