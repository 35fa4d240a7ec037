package dev.tariffimpact.report;

import dev.tariffimpact.batch.LineResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Collects the change of every line's effective duty rate between two scenarios, per currency, as
 * counts in whole percentage points, from the line results of a batch (pass it as the engine's line
 * consumer) or from {@code lines.csv}. Memory is bounded by the range of the changes (one counter
 * per whole point), not by the number of lines.
 *
 * <p>A line's rate is {@code duty / customs value x 100} at scale 4, HALF_EVEN, as in the batch
 * aggregates; its change is the exact difference. Lines of zero customs value have no rate and are
 * counted as skipped, never as zero.
 *
 * <p>Not thread-safe: feed it from one thread (the batch engine calls line consumers on the calling
 * thread, in input order).
 */
public final class RateChanges implements Consumer<LineResult> {

  private final String base;
  private final String compare;
  private final Map<Long, LineResult> pending = new HashMap<>();
  private final Map<String, Counts> byCurrency = new TreeMap<>();

  private RateChanges(String base, String compare) {
    this.base = Objects.requireNonNull(base, "base");
    this.compare = Objects.requireNonNull(compare, "compare");
  }

  /**
   * Starts collecting.
   *
   * @param base the scenario the change is measured from
   * @param compare the scenario the change is measured to
   * @return an empty collector
   */
  public static RateChanges between(String base, String compare) {
    return new RateChanges(base, compare);
  }

  /**
   * Returns the base scenario.
   *
   * @return its name
   */
  public String base() {
    return base;
  }

  /**
   * Returns the compared scenario.
   *
   * @return its name
   */
  public String compare() {
    return compare;
  }

  @Override
  public void accept(LineResult line) {
    boolean isBase = line.scenario().equals(base);
    if (!isBase && !line.scenario().equals(compare)) {
      return;
    }
    if (base.equals(compare)) {
      record(line, line);
      return;
    }
    LineResult other = pending.remove(line.row());
    if (other == null) {
      pending.put(line.row(), line);
    } else {
      record(isBase ? line : other, isBase ? other : line);
    }
  }

  private void record(LineResult before, LineResult after) {
    Counts counts = byCurrency.computeIfAbsent(after.currency(), c -> new Counts());
    BigDecimal rateBefore = rate(before);
    BigDecimal rateAfter = rate(after);
    if (rateBefore == null || rateAfter == null) {
      counts.skipped++;
      return;
    }
    BigDecimal change = rateAfter.subtract(rateBefore);
    if (change.signum() == 0) {
      counts.unchanged++;
    }
    long point = change.setScale(0, RoundingMode.FLOOR).longValueExact();
    counts.byPoint.merge(point, 1L, Long::sum);
  }

  /**
   * A line's effective duty rate, as the batch aggregates compute it.
   *
   * @param line a line result
   * @return percent at scale 4, or null for a zero customs value
   */
  static BigDecimal rate(LineResult line) {
    if (line.customsValue().signum() == 0) {
      return null;
    }
    return line.duty()
        .multiply(BigDecimal.valueOf(100))
        .divide(line.customsValue(), 4, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the histogram of one currency's lines.
   *
   * @param currency ISO 4217 code
   * @return the histogram; empty when no line of that currency was seen
   */
  public Histogram histogram(String currency) {
    Counts c = byCurrency.get(currency);
    return c == null
        ? Histogram.of(new TreeMap<>(), 0, 0)
        : Histogram.of(c.byPoint, c.unchanged, c.skipped);
  }

  private static final class Counts {
    final TreeMap<Long, Long> byPoint = new TreeMap<>();
    long unchanged;
    long skipped;
  }

  /**
   * Line counts by rate change in bins of equal width (whole percentage points: 1, 2, 5, 10, 20,
   * 50, 100, ...; the smallest giving at most {@value #MAX_BINS} bins), each bin {@code [from,
   * to)}.
   *
   * @param bins the bins, ascending, contiguous
   * @param unchanged lines whose rate did not change (inside the bin holding 0)
   * @param skipped lines without a rate (zero customs value)
   */
  public record Histogram(List<Bin> bins, long unchanged, long skipped) {

    /** The most bins a histogram has. */
    public static final int MAX_BINS = 16;

    /**
     * Copies the bins.
     *
     * @throws NullPointerException if bins is null
     */
    public Histogram {
      bins = List.copyOf(bins);
    }

    /**
     * Returns the lines counted in the bins.
     *
     * @return the sum of the bin counts
     */
    public long lines() {
      return bins.stream().mapToLong(Bin::lines).sum();
    }

    /**
     * Bins counts kept per whole percentage point ({@code floor(change)}).
     *
     * @param byPoint line count per whole point
     * @param unchanged lines of zero change
     * @param skipped lines without a rate
     * @return the histogram
     */
    static Histogram of(TreeMap<Long, Long> byPoint, long unchanged, long skipped) {
      if (byPoint.isEmpty()) {
        return new Histogram(List.of(), unchanged, skipped);
      }
      long min = byPoint.firstKey();
      long max = byPoint.lastKey();
      long width = width(min, max);
      long from = Math.floorDiv(min, width) * width;
      long to = Math.floorDiv(max, width) * width + width;
      List<Bin> bins = new ArrayList<>();
      for (long lo = from; lo < to; lo += width) {
        long count = 0;
        for (long n : byPoint.subMap(lo, lo + width).values()) {
          count += n;
        }
        if (lo == 0 && unchanged > 0) {
          // unchanged lines get their own bar: "no change" is what people look for first
          bins.add(new Bin(0, 0, unchanged));
          count -= unchanged;
        }
        bins.add(new Bin(lo, lo + width, count));
      }
      return new Histogram(bins, unchanged, skipped);
    }

    /** The smallest "nice" width giving at most MAX_BINS bins over [min, max]. */
    static long width(long min, long max) {
      long[] steps = {1, 2, 5};
      for (long scale = 1; ; scale *= 10) {
        for (long s : steps) {
          long w = s * scale;
          long bins = Math.floorDiv(max, w) - Math.floorDiv(min, w) + 1;
          if (bins <= MAX_BINS) {
            return w;
          }
        }
      }
    }
  }

  /**
   * One bin: lines whose rate changed by at least {@code from} and less than {@code to} percentage
   * points; the bin {@code [0, 0]} holds the unchanged lines, and the bin after it (from 0) then
   * holds only increases.
   *
   * @param from lower bound, inclusive, in percentage points (exclusive for a bin from 0 that
   *     follows the unchanged bin)
   * @param to upper bound, exclusive
   * @param lines the count
   */
  public record Bin(long from, long to, long lines) {
    /**
     * Tells whether this bin holds the lines whose rate did not change.
     *
     * @return true for the bin {@code [0, 0]}
     */
    public boolean unchanged() {
      return from == 0 && to == 0;
    }

    /**
     * Returns the bin's label: {@code "-40 to -30"}, {@code "no change"}, {@code "0 to 5"}.
     *
     * @return the label
     */
    public String label() {
      return unchanged() ? "no change" : from + " to " + to;
    }
  }
}
