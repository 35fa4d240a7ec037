package dev.tariffimpact.schedule;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The countries of origin a measure covers: a list of countries, or every country ({@code *}) minus
 * excluded ones.
 *
 * <p>Text form: {@code "IN"}, {@code "IN, CN"}, {@code "*"}, {@code "* except CA, MX"}. Countries
 * are ISO 3166 alpha-2 codes, validated by {@link Countries#origin(String)}; lower case is accepted
 * and normalised. {@link #toString()} prints this form (countries sorted) and {@link #parse} reads
 * it back to an equal scope.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OriginScope {

  private static final String EXCEPT = " except ";
  private static final OriginScope ALL = new OriginScope(true, Set.of());

  private final boolean everyCountry;
  // For everyCountry the excluded countries, otherwise the included ones.
  private final Set<String> countries;

  private OriginScope(boolean everyCountry, Set<String> countries) {
    this.everyCountry = everyCountry;
    this.countries = Set.copyOf(countries);
  }

  /**
   * Tells whether the scope names its countries (a list such as {@code IN}) rather than every
   * country with or without exceptions.
   *
   * @return true for a list of countries
   */
  public boolean isCountryList() {
    return !everyCountry;
  }

  /**
   * Returns the scope of every country of origin.
   *
   * @return the scope printed as {@code *}
   */
  public static OriginScope all() {
    return ALL;
  }

  /**
   * Returns every country except the given ones.
   *
   * @param excluded ISO alpha-2 codes, for example {@code ["CA", "MX"]}
   * @return the scope
   * @throws InvalidOriginException naming the first code that is not an ISO 3166 alpha-2 country
   */
  public static OriginScope allExcept(Collection<String> excluded) {
    Set<String> set = validated(excluded, String.join(", ", excluded));
    return set.isEmpty() ? ALL : new OriginScope(true, set);
  }

  /**
   * Returns the scope of the given countries only.
   *
   * @param countries ISO alpha-2 codes, at least one, for example {@code ["IN"]}
   * @return the scope
   * @throws InvalidOriginException naming the first code that is not an ISO 3166 alpha-2 country,
   *     or if the list is empty
   */
  public static OriginScope of(Collection<String> countries) {
    Set<String> set = validated(countries, String.join(", ", countries));
    if (set.isEmpty()) {
      throw new InvalidOriginException("", "an origin scope must name a country or *");
    }
    return new OriginScope(false, set);
  }

  /**
   * Returns the scope of the given countries only.
   *
   * @param countries ISO alpha-2 codes, for example {@code "IN"}
   * @return the scope
   * @throws InvalidOriginException naming the first code that is not an ISO 3166 alpha-2 country
   */
  public static OriginScope of(String... countries) {
    return of(Arrays.asList(countries));
  }

  /**
   * Parses the text form.
   *
   * @param text for example {@code "* except CA, MX"} or {@code "IN"}
   * @return the scope
   * @throws InvalidOriginException naming the offending country, or if {@code except} follows a
   *     list instead of {@code *}, or nothing is named
   */
  public static OriginScope parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    int except = trimmed.indexOf(EXCEPT);
    String head = except < 0 ? trimmed : trimmed.substring(0, except).strip();
    if (head.equals("*")) {
      if (except < 0) {
        return ALL;
      }
      Set<String> excluded = validated(split(trimmed.substring(except + EXCEPT.length())), text);
      if (excluded.isEmpty()) {
        throw new InvalidOriginException(text, "'except' must be followed by countries");
      }
      return new OriginScope(true, excluded);
    }
    if (except >= 0) {
      throw new InvalidOriginException(text, "'except' may only follow '*'");
    }
    Set<String> included = validated(split(head), text);
    if (included.isEmpty()) {
      throw new InvalidOriginException(text, "an origin scope must name a country or *");
    }
    return new OriginScope(false, included);
  }

  /**
   * Validates and normalises one country code.
   *
   * @param country for example {@code "in"} or {@code "IN"}
   * @return the upper-case code, for example {@code "IN"}
   * @throws InvalidOriginException naming the code if it is not an ISO 3166 alpha-2 country
   */
  public static String country(String country) {
    return Countries.origin(country);
  }

  private static Collection<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Set<String> validated(Collection<String> codes, String whole) {
    Objects.requireNonNull(codes, "countries");
    Set<String> result = new TreeSet<>();
    for (String c : codes) {
      Objects.requireNonNull(c, "country");
      try {
        result.add(Countries.origin(c));
      } catch (InvalidOriginException e) {
        throw new InvalidOriginException(
            whole,
            "unknown country '"
                + dev.tariffimpact.io.Excerpt.of(c.strip())
                + "': not an ISO 3166 alpha-2 code");
      }
    }
    return result;
  }

  /**
   * Tells whether the scope covers a country of origin.
   *
   * @param country an ISO alpha-2 code, for example {@code "IN"}
   * @return true if the country is listed, or the scope is {@code *} and it is not excluded
   * @throws InvalidOriginException if {@code country} is not an ISO 3166 alpha-2 country (an
   *     unknown origin is an input error, never silently "not covered")
   */
  public boolean contains(String country) {
    return containsValidated(country(country));
  }

  /** {@link #contains} for a code already validated by {@link #country}: no re-validation. */
  boolean containsValidated(String code) {
    return everyCountry != countries.contains(code);
  }

  /**
   * Tells whether the scope starts from every country.
   *
   * @return true for {@code *} scopes, with or without exclusions
   */
  public boolean isEveryCountry() {
    return everyCountry;
  }

  /**
   * Returns the listed countries: the included ones, or for {@code *} scopes the excluded ones.
   *
   * @return an unmodifiable set of ISO alpha-2 codes
   */
  public Set<String> countries() {
    return countries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OriginScope other
        && everyCountry == other.everyCountry
        && countries.equals(other.countries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(everyCountry, countries);
  }

  /** Prints {@code *}, {@code * except CA, MX} or {@code CN, IN}, countries sorted. */
  @Override
  public String toString() {
    String list = new TreeSet<>(countries).stream().collect(Collectors.joining(", "));
    if (everyCountry) {
      return countries.isEmpty() ? "*" : "*" + EXCEPT + list;
    }
    return list;
  }
}
