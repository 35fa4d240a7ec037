package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index of a compiled schedule from a product code to the measures whose scope may cover it.
 *
 * <p>Scope includes that are single codes are hashed by their digits; a lookup probes the five
 * prefixes of the code. Ranges ({@code 50-63}) are bucketed by every chapter they span, and {@code
 * *} scopes are kept in one list. A lookup therefore examines only the measures whose scope names
 * the code's prefixes, its chapter, or every product, independent of the schedule's size.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScopeIndex {

  private static final int[] NONE = new int[0];

  private final Measure[] measures;
  // Per measure, its scope without exclusions (null when it has none): tells NOT_IN_SCOPE from
  // SCOPE_EXCLUDED when explaining.
  private final CodeScope[] includesOnly;
  private final Map<String, int[]> byPrefix;
  private final int[][] rangesByChapter;
  private final int[] everyProduct;

  ScopeIndex(Measure[] measures) {
    this.measures = measures;
    this.includesOnly = new CodeScope[measures.length];
    Map<String, List<Integer>> prefixes = new HashMap<>();
    List<List<Integer>> chapters = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      chapters.add(new ArrayList<>());
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < measures.length; i++) {
      CodeScope scope = measures[i].scope();
      if (!scope.excludes().isEmpty() && !scope.isEverything()) {
        includesOnly[i] = CodeScope.of(scope.includes(), List.of());
      }
      if (scope.isEverything()) {
        all.add(i);
        continue;
      }
      for (CodeRange r : scope.includes()) {
        if (r.first().equals(r.last())) {
          prefixes.computeIfAbsent(r.first().digits(), k -> new ArrayList<>()).add(i);
        } else {
          for (int c = r.first().chapter(); c <= r.last().chapter(); c++) {
            chapters.get(c).add(i);
          }
        }
      }
    }
    this.byPrefix = new HashMap<>();
    prefixes.forEach((k, v) -> byPrefix.put(k, distinct(v)));
    this.rangesByChapter = new int[100][];
    for (int c = 0; c < 100; c++) {
      rangesByChapter[c] = distinct(chapters.get(c));
    }
    this.everyProduct = distinct(all);
  }

  private static int[] distinct(List<Integer> list) {
    int[] values = new int[list.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = list.get(i);
    }
    Arrays.sort(values);
    int unique = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[unique++] = values[i];
      }
    }
    return unique == values.length ? values : Arrays.copyOf(values, unique);
  }

  /** Whether an include of the measure's scope covers the code, its exclusions aside. */
  boolean includeCovers(int measure, ProductCode code) {
    CodeScope scope = measures[measure].scope();
    if (scope.isEverything()) {
      return true;
    }
    return includesOnly[measure] != null && includesOnly[measure].contains(code);
  }

  /** Measure indexes, ascending (declaration order), whose scope may cover the code. */
  int[] candidates(ProductCode code) {
    String digits = code.digits();
    int[][] parts = new int[digits.length() / 2 + 2][];
    int total = 0;
    int p = 0;
    for (int len = 2; len <= digits.length(); len += 2) {
      int[] hit = byPrefix.getOrDefault(digits.substring(0, len), NONE);
      parts[p++] = hit;
      total += hit.length;
    }
    parts[p++] = rangesByChapter[code.chapter()];
    parts[p++] = everyProduct;
    total += rangesByChapter[code.chapter()].length + everyProduct.length;
    int[] all = new int[total];
    int at = 0;
    for (int[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    Arrays.sort(all);
    int unique = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[unique++] = all[i];
      }
    }
    return Arrays.copyOf(all, unique);
  }
}
