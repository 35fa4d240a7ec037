package dev.tariffimpact.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A set of products: included code ranges minus excluded ones; exclusions always win.
 *
 * <p>Text form: {@code "50-63, 6403 except 6403.99.90, 5601"}: comma-separated ranges or codes,
 * optionally followed by {@code except} and the excluded ranges or codes. {@code "*"} is every
 * product. {@link #toString()} prints this form and {@link #parse} reads it back to an equal scope.
 * Scopes loaded from product lists of thousands of codes answer {@link #contains} in constant time
 * (single codes are held in a hash set and looked up at each of the five code lengths).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeScope {

  private static final String EXCEPT = " except ";
  private static final Pattern EXCEPT_SPLIT = Pattern.compile("(?:^|\\s+)except\\s+");
  private static final CodeScope ALL = new CodeScope(true, List.of(), List.of());

  private final boolean everything;
  private final List<CodeRange> includes;
  private final List<CodeRange> excludes;
  private final Matcher includeMatcher;
  private final Matcher excludeMatcher;

  private CodeScope(boolean everything, List<CodeRange> includes, List<CodeRange> excludes) {
    this.everything = everything;
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
    this.includeMatcher = new Matcher(this.includes);
    this.excludeMatcher = new Matcher(this.excludes);
  }

  /**
   * Returns the scope of every product.
   *
   * @return the scope printed as {@code *}
   */
  public static CodeScope all() {
    return ALL;
  }

  /**
   * Returns every product except the given ranges.
   *
   * @param excludes the excluded ranges, may be empty
   * @return the scope
   */
  public static CodeScope allExcept(Collection<CodeRange> excludes) {
    return excludes.isEmpty() ? ALL : new CodeScope(true, List.of(), List.copyOf(excludes));
  }

  /**
   * Returns the included ranges minus the excluded ones.
   *
   * @param includes the included ranges, at least one
   * @param excludes the excluded ranges, may be empty
   * @return the scope
   * @throws IllegalArgumentException if {@code includes} is empty
   */
  public static CodeScope of(Collection<CodeRange> includes, Collection<CodeRange> excludes) {
    if (includes.isEmpty()) {
      throw new IllegalArgumentException("A scope must include at least one code or range");
    }
    return new CodeScope(false, List.copyOf(includes), List.copyOf(excludes));
  }

  /**
   * Returns the scope of a product list: each code covers itself and everything below it.
   *
   * @param codes the listed codes, at least one
   * @return the scope
   */
  public static CodeScope ofCodes(Collection<ProductCode> codes) {
    return of(codes.stream().map(CodeRange::of).toList(), List.of());
  }

  /**
   * Parses the text form, for example {@code "50-63, 6403 except 6403.99.90"} or {@code "* except
   * 98"}.
   *
   * @param text the scope text
   * @return the scope
   * @throws InvalidCodeException if a range or code is malformed or nothing is included
   */
  public static CodeScope parse(String text) {
    Objects.requireNonNull(text, "text");
    // Most scopes have no exclusions: skip the pattern over lists of a thousand codes.
    String[] parts =
        text.contains("except") ? EXCEPT_SPLIT.split(text.strip(), 2) : new String[] {text.strip()};
    String includePart = parts[0];
    List<CodeRange> excludes = parts.length < 2 ? List.of() : ranges(parts[1], text);
    if (includePart.strip().equals("*")) {
      return allExcept(excludes);
    }
    List<CodeRange> includes = ranges(includePart, text);
    if (includes.isEmpty()) {
      throw new InvalidCodeException(text, "a scope must include at least one code, range or *");
    }
    return of(includes, excludes);
  }

  private static List<CodeRange> ranges(String list, String whole) {
    List<CodeRange> result = new ArrayList<>();
    for (String item : list.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      try {
        result.add(CodeRange.parse(item.strip()));
      } catch (InvalidCodeException e) {
        throw new InvalidCodeException(
            whole,
            "item '" + dev.tariffimpact.io.Excerpt.of(item.strip()) + "': " + e.getMessage());
      }
    }
    return result;
  }

  /**
   * Tells whether the scope covers {@code code}.
   *
   * @param code the code to test
   * @return true if an include covers it and no exclude does
   */
  public boolean contains(ProductCode code) {
    return matchLength(code) >= 0;
  }

  /**
   * Returns how specifically the scope covers {@code code}, for longest-prefix resolution.
   *
   * @param code the code to test
   * @return the length of the longest include covering the code (0 for {@code *}), or -1 if the
   *     code is not covered or is excluded
   */
  public int matchLength(ProductCode code) {
    if (excludeMatcher.longest(code) >= 0) {
      return -1;
    }
    return everything ? 0 : includeMatcher.longest(code);
  }

  /**
   * Tells whether an include covers {@code code}, exclusions aside: true for a code a scope names
   * and then excludes.
   *
   * @param code the code to test
   * @return true for {@code *} scopes and when an included code or range covers the code
   */
  public boolean includesCover(ProductCode code) {
    return everything || includeMatcher.longest(code) >= 0;
  }

  /**
   * Tells whether an included range of more than one code ({@code 50-63}, not a single code) spans
   * the chapter, whether or not it covers a given code of it.
   *
   * @param chapter the HS chapter, 1 to 99
   * @return true if such a range starts in or before the chapter and ends in or after it
   */
  public boolean hasRangeSpanning(int chapter) {
    for (CodeRange r : includeMatcher.ranges) {
      if (r.first().chapter() <= chapter && chapter <= r.last().chapter()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the included ranges (empty for a scope of every product).
   *
   * @return an unmodifiable list
   */
  public List<CodeRange> includes() {
    return includes;
  }

  /**
   * Returns the excluded ranges.
   *
   * @return an unmodifiable list
   */
  public List<CodeRange> excludes() {
    return excludes;
  }

  /**
   * Tells whether the scope starts from every product.
   *
   * @return true for {@code *} scopes
   */
  public boolean isEverything() {
    return everything;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeScope other
        && everything == other.everything
        && Set.copyOf(includes).equals(Set.copyOf(other.includes))
        && Set.copyOf(excludes).equals(Set.copyOf(other.excludes));
  }

  @Override
  public int hashCode() {
    return Objects.hash(everything, Set.copyOf(includes), Set.copyOf(excludes));
  }

  @Override
  public String toString() {
    String in = everything ? "*" : includes.stream().map(CodeRange::toString).collect(joining());
    return excludes.isEmpty()
        ? in
        : in + EXCEPT + excludes.stream().map(CodeRange::toString).collect(joining());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  /** Single codes in a hash set (constant time for long product lists), true ranges in a list. */
  private static final class Matcher {
    private final Set<String> singles = new HashSet<>();
    private final List<CodeRange> ranges = new ArrayList<>();

    Matcher(List<CodeRange> all) {
      for (CodeRange r : all) {
        if (r.first().equals(r.last())) {
          singles.add(r.first().digits());
        } else {
          ranges.add(r);
        }
      }
    }

    int longest(ProductCode code) {
      String digits = code.digits();
      for (int len = digits.length(); len >= 2; len -= 2) {
        if (singles.contains(digits.substring(0, len))) {
          return longestRange(code, len);
        }
      }
      return longestRange(code, -1);
    }

    private int longestRange(ProductCode code, int best) {
      for (CodeRange r : ranges) {
        if (r.length() > best && r.contains(code)) {
          best = r.length();
        }
      }
      return best;
    }
  }
}
