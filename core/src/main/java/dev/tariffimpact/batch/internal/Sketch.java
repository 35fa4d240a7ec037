package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.Distribution;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * A mergeable log-bucket quantile sketch (as DDSketch): a value x != 0 falls in bucket {@code
 * sign(x) * ceil(log(|x|) / log(gamma))} with {@code gamma = (1 + a) / (1 - a)}, a = {@link
 * Distribution#RELATIVE_ERROR}; zero is counted exactly. Each bucket stands for the value {@code 2
 * gamma^i / (gamma + 1)}, within relative error a of every value in it. Counts merge exactly, so
 * the result does not depend on how lines were split among threads. Memory grows with the number of
 * distinct buckets (about 3,500 per factor 1,000 of range), never with the number of values.
 */
final class Sketch {

  private static final double GAMMA =
      (1 + Distribution.RELATIVE_ERROR) / (1 - Distribution.RELATIVE_ERROR);
  private static final double LOG_GAMMA = StrictMath.log(GAMMA);
  private static final Quantile QUANTILE = Quantile.withDefaults();

  private final Map<Integer, long[]> positive = new HashMap<>();
  private final Map<Integer, long[]> negative = new HashMap<>();
  private long zeros;
  private long count;

  void add(double x) {
    count++;
    if (x == 0) {
      zeros++;
      return;
    }
    int index = (int) StrictMath.ceil(StrictMath.log(Math.abs(x)) / LOG_GAMMA);
    Map<Integer, long[]> side = x > 0 ? positive : negative;
    long[] c = side.get(index);
    if (c == null) {
      side.put(index, new long[] {1});
    } else {
      c[0]++;
    }
  }

  void merge(Sketch other) {
    count += other.count;
    zeros += other.zeros;
    other.positive.forEach((k, v) -> positive.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
    other.negative.forEach((k, v) -> negative.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
  }

  /** Returns the quantiles at probabilities p, Commons Statistics' default estimator (HF8). */
  double[] quantiles(double... p) {
    double[] out = new double[p.length];
    if (count == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    // sorted representative values with cumulative counts: negatives (largest magnitude first),
    // zero, positives
    int[] negKeys = negative.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] posKeys = positive.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int buckets = negKeys.length + 1 + posKeys.length;
    double[] values = new double[buckets];
    long[] upTo = new long[buckets];
    long cumulative = 0;
    int b = 0;
    for (int k = negKeys.length - 1; k >= 0; k--) {
      values[b] = -represent(negKeys[k]);
      cumulative += negative.get(negKeys[k])[0];
      upTo[b++] = cumulative;
    }
    values[b] = 0;
    cumulative += zeros;
    upTo[b++] = cumulative;
    for (int key : posKeys) {
      values[b] = represent(key);
      cumulative += positive.get(key)[0];
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
}
