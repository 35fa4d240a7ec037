package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.Distribution;
import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * A mergeable log-bucket quantile sketch (as DDSketch): a value x != 0 falls in bucket {@code
 * sign(x) * ceil(log(|x|) / log(gamma))} with {@code gamma = (1 + a) / (1 - a)}, a = {@link
 * Distribution#RELATIVE_ERROR}; zero is counted exactly. Each bucket stands for the value {@code 2
 * gamma^i / (gamma + 1)}, within relative error a of every value in it. Counts merge exactly, so
 * the result does not depend on how lines were split among threads. Memory grows with the number of
 * distinct buckets (about 3,500 per factor 1,000 of range), never with the number of values.
 *
 * <p>Small groups are exact: up to {@value #EXACT_LIMIT} values are also kept as they are, and the
 * quantiles are then those of the values themselves ({@link #isExact()}); beyond that the values
 * are dropped and the buckets answer.
 */
final class Sketch {

  private static final double GAMMA =
      (1 + Distribution.RELATIVE_ERROR) / (1 - Distribution.RELATIVE_ERROR);
  private static final double LOG_GAMMA = StrictMath.log(GAMMA);
  private static final Quantile QUANTILE = Quantile.withDefaults();

  /** The most values kept for exact percentiles. */
  static final int EXACT_LIMIT = Distribution.EXACT_LIMIT;

  private double[] exact = new double[8]; // null once more than EXACT_LIMIT values were added
  private int exactCount;
  private final Buckets positive = new Buckets();
  private final Buckets negative = new Buckets();
  private long zeros;
  private long count;

  void add(double x) {
    add(x, bucket(x));
  }

  /** Returns the bucket index of a non-zero value (computed once per value, shared by groups). */
  static int bucket(double x) {
    return x == 0 ? 0 : (int) StrictMath.ceil(StrictMath.log(Math.abs(x)) / LOG_GAMMA);
  }

  /** Adds a value whose {@link #bucket} is already known. */
  void add(double x, int index) {
    count++;
    keep(x);
    if (x == 0) {
      zeros++;
      return;
    }
    (x > 0 ? positive : negative).add(index, 1);
  }

  private void keep(double x) {
    if (exact == null) {
      return;
    }
    if (exactCount == EXACT_LIMIT) {
      exact = null;
      return;
    }
    if (exactCount == exact.length) {
      exact = Arrays.copyOf(exact, Math.min(exact.length * 2, EXACT_LIMIT));
    }
    exact[exactCount++] = x;
  }

  /**
   * Tells whether the quantiles are those of the values themselves (at most {@value #EXACT_LIMIT}
   * values), not of the buckets.
   *
   * @return true while the values are kept
   */
  boolean isExact() {
    return exact != null;
  }

  void merge(Sketch other) {
    if (exact != null && other.exact != null && exactCount + other.exactCount <= EXACT_LIMIT) {
      for (int k = 0; k < other.exactCount; k++) {
        keep(other.exact[k]);
      }
    } else {
      exact = null;
    }
    count += other.count;
    zeros += other.zeros;
    positive.addAll(other.positive);
    negative.addAll(other.negative);
  }

  /** Returns the quantiles at probabilities p, Commons Statistics' default estimator (HF8). */
  double[] quantiles(double... p) {
    double[] out = new double[p.length];
    if (count == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    if (exact != null) {
      double[] sorted = Arrays.copyOf(exact, exactCount);
      Arrays.sort(sorted);
      return QUANTILE.evaluate(sorted.length, rank -> sorted[rank], p);
    }
    // sorted representative values with cumulative counts: negatives (largest magnitude first),
    // zero, positives
    int[] negKeys = negative.sortedKeys();
    int[] posKeys = positive.sortedKeys();
    int buckets = negKeys.length + 1 + posKeys.length;
    double[] values = new double[buckets];
    long[] upTo = new long[buckets];
    long cumulative = 0;
    int b = 0;
    for (int k = negKeys.length - 1; k >= 0; k--) {
      values[b] = -represent(negKeys[k]);
      cumulative += negative.get(negKeys[k]);
      upTo[b++] = cumulative;
    }
    values[b] = 0;
    cumulative += zeros;
    upTo[b++] = cumulative;
    for (int key : posKeys) {
      values[b] = represent(key);
      cumulative += positive.get(key);
      upTo[b++] = cumulative;
    }
    int n = (int) Math.min(count, Integer.MAX_VALUE);
    return QUANTILE.evaluate(
        n,
        rank -> {
          int at = Arrays.binarySearch(upTo, rank + 1L);
          if (at < 0) {
            at = -at - 1;
          }
          return values[at];
        },
        p);
  }

  private static double represent(int index) {
    return 2 * StrictMath.pow(GAMMA, index) / (GAMMA + 1);
  }

  /** Bucket index to count, open addressing on primitive arrays (no boxing per value). */
  private static final class Buckets {
    private int[] keys = new int[16];
    private long[] counts = new long[16];
    private boolean[] used = new boolean[16];
    private int size;

    void add(int key, long count) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int at = (key * 0x9E3779B9) >>> 7 & mask;
      while (used[at] && keys[at] != key) {
        at = (at + 1) & mask;
      }
      if (!used[at]) {
        used[at] = true;
        keys[at] = key;
        size++;
      }
      counts[at] += count;
    }

    long get(int key) {
      int mask = keys.length - 1;
      int at = (key * 0x9E3779B9) >>> 7 & mask;
      while (used[at]) {
        if (keys[at] == key) {
          return counts[at];
        }
        at = (at + 1) & mask;
      }
      return 0;
    }

    void addAll(Buckets other) {
      for (int i = 0; i < other.keys.length; i++) {
        if (other.used[i]) {
          add(other.keys[i], other.counts[i]);
        }
      }
    }

    int[] sortedKeys() {
      int[] out = new int[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (used[i]) {
          out[n++] = keys[i];
        }
      }
      Arrays.sort(out);
      return out;
    }

    private void grow() {
      int[] oldKeys = keys;
      long[] oldCounts = counts;
      boolean[] oldUsed = used;
      keys = new int[oldKeys.length * 2];
      counts = new long[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          add(oldKeys[i], oldCounts[i]);
        }
      }
    }
  }
}
