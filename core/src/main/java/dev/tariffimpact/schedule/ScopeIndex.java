package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The index of a compiled schedule from a product code to the measures whose scope may cover it:
 * those with an included code that is the code or one of its prefixes, an included range spanning
 * the code's chapter, or the scope of every product.
 *
 * <p>Single included codes are hashed by their digits; a lookup probes the five prefixes of the
 * code. Ranges ({@code 50-63}) are bucketed by every chapter they span, and {@code *} scopes are
 * kept in one list. A lookup therefore examines only the measures whose scope names the code's
 * prefixes, its chapter, or every product, independent of the schedule's size.
 *
 * <p>The hash index is built only once the lookups have asked, one measure's scope at a time (a few
 * hash probes each), about as many scopes as building the index would hash includes. A one-quote
 * start reads the US schedule narrowed to one heading, some two hundred measures naming ten
 * thousand codes: its few lookups cost far less than hashing them all. A batch over the full
 * schedule builds the index at once. Both ways give the same candidates (ScopeIndexTest).
 *
 * <p>This class is immutable in what it answers and thread-safe: the index is published through a
 * volatile field, and two threads that both build it build equal ones.
 */
final class ScopeIndex {

  private static final int[] NONE = new int[0];

  private final Measure[] measures;
  // Lookups that may still ask each scope: the number of includes over the number of measures.
  private final int scansBeforeIndex;
  private final AtomicInteger lookups = new AtomicInteger();
  private volatile Hashed hashed;

  ScopeIndex(Measure[] measures) {
    this.measures = measures;
    long includes = 0;
    for (Measure m : measures) {
      includes += m.scope().includes().size();
    }
    this.scansBeforeIndex = (int) Math.min(includes / Math.max(1, measures.length), 1_000);
  }

  /** How many lookups ask each scope before the hash index is built. */
  int scansBeforeIndex() {
    return scansBeforeIndex;
  }

  /** Whether an include of the measure's scope covers the code, its exclusions aside. */
  boolean includeCovers(int measure, ProductCode code) {
    return measures[measure].scope().includesCover(code);
  }

  /** Measure indexes, ascending (declaration order), whose scope may cover the code. */
  int[] candidates(ProductCode code) {
    if (hashed == null && lookups.incrementAndGet() <= scansBeforeIndex) {
      return scan(code);
    }
    return indexed(code);
  }

  /** The candidates asked of each measure's scope, without the hash index. */
  int[] scan(ProductCode code) {
    int chapter = code.chapter();
    int[] found = new int[measures.length];
    int n = 0;
    for (int i = 0; i < measures.length; i++) {
      CodeScope scope = measures[i].scope();
      if (scope.includesCover(code) || scope.hasRangeSpanning(chapter)) {
        found[n++] = i;
      }
    }
    return Arrays.copyOf(found, n);
  }

  /** The candidates from the hash index, built now if it was not yet. */
  int[] indexed(ProductCode code) {
    Hashed index = hashed;
    if (index == null) {
      index = new Hashed(measures);
      hashed = index;
    }
    return index.candidates(code);
  }

  /** Single codes hashed by their digits, ranges by chapter, and the scopes of every product. */
  private static final class Hashed {
    private final Map<String, int[]> byPrefix;
    private final int[][] rangesByChapter;
    private final int[] everyProduct;

    Hashed(Measure[] measures) {
      Map<String, List<Integer>> prefixes = new HashMap<>();
      List<List<Integer>> chapters = new ArrayList<>();
      for (int c = 0; c < 100; c++) {
        chapters.add(new ArrayList<>());
      }
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < measures.length; i++) {
        CodeScope scope = measures[i].scope();
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
      return unique(all, all.length);
    }

    private static int[] distinct(List<Integer> list) {
      int[] values = new int[list.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = list.get(i);
      }
      Arrays.sort(values);
      return unique(values, values.length);
    }

    /** The sorted values without repeats. */
    private static int[] unique(int[] sorted, int length) {
      int unique = 0;
      for (int i = 0; i < length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[unique++] = sorted[i];
        }
      }
      return unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique);
    }
  }
}
