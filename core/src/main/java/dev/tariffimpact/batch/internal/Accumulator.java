package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.Distribution;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;

/** Running totals of one aggregate group: exact long sums at {@link Fixed#MONEY_SCALE}. */
public final class Accumulator {

  private static final Statistic[] STATS = {
    Statistic.MEAN, Statistic.STANDARD_DEVIATION, Statistic.MIN, Statistic.MAX
  };

  long lines;
  long customsValue;
  long duty;
  long fees;
  long taxes;
  long landed;
  long landedUnknown;
  long delta;
  // null when the batch runs without distribution statistics
  private DoubleStatistics rateStats;
  private DoubleStatistics deltaStats;
  private final Sketch rateSketch;
  private final Sketch deltaSketch;

  /** Creates an accumulator with distribution statistics. */
  public Accumulator() {
    this(true);
  }

  /**
   * Creates an accumulator.
   *
   * @param distributions false to keep the money totals only
   */
  public Accumulator(boolean distributions) {
    rateStats = distributions ? DoubleStatistics.of(STATS) : null;
    deltaStats = distributions ? DoubleStatistics.of(STATS) : null;
    rateSketch = distributions ? new Sketch() : null;
    deltaSketch = distributions ? new Sketch() : null;
  }

  /**
   * Adds one line's figures under scenario {@code s}.
   *
   * @param f the line's figures
   * @param s the scenario index
   */
  void add(LineFigures f, int s) {
    lines++;
    customsValue = Math.addExact(customsValue, f.customsValue);
    duty = Math.addExact(duty, f.duty[s]);
    fees = Math.addExact(fees, f.fees[s]);
    taxes = Math.addExact(taxes, f.taxes[s]);
    if (f.cif == Fixed.ABSENT) {
      landedUnknown++;
    } else {
      long charges = Math.addExact(f.duty[s], Math.addExact(f.fees[s], f.taxes[s]));
      landed = Math.addExact(landed, Math.addExact(f.cif, charges));
    }
    delta = Math.addExact(delta, f.delta[s]);
    if (rateStats == null) {
      return;
    }
    if (f.customsValue > 0) {
      rateStats.accept(f.rate[s]);
      rateSketch.add(f.rate[s], f.rateBucket[s]);
    }
    deltaStats.accept(f.deltaStatistic[s]);
    deltaSketch.add(f.deltaStatistic[s], f.deltaBucket[s]);
  }

  /**
   * Returns the sketch bucket of a statistics value.
   *
   * @param x the value (NaN gives 0, unused)
   * @return the bucket index
   */
  public static int bucket(double x) {
    return Double.isNaN(x) ? 0 : Sketch.bucket(x);
  }

  /** Adds another group's totals; called in chunk order, so doubles combine deterministically. */
  public void merge(Accumulator o) {
    lines += o.lines;
    customsValue = Math.addExact(customsValue, o.customsValue);
    duty = Math.addExact(duty, o.duty);
    fees = Math.addExact(fees, o.fees);
    taxes = Math.addExact(taxes, o.taxes);
    landed = Math.addExact(landed, o.landed);
    landedUnknown += o.landedUnknown;
    delta = Math.addExact(delta, o.delta);
    if (rateStats == null) {
      return;
    }
    rateStats = rateStats.combine(o.rateStats);
    deltaStats = deltaStats.combine(o.deltaStats);
    rateSketch.merge(o.rateSketch);
    deltaSketch.merge(o.deltaSketch);
  }

  public long lines() {
    return lines;
  }

  public long customsValue() {
    return customsValue;
  }

  public long duty() {
    return duty;
  }

  public long fees() {
    return fees;
  }

  public long taxes() {
    return taxes;
  }

  public long landed() {
    return landed;
  }

  public long landedUnknown() {
    return landedUnknown;
  }

  public long delta() {
    return delta;
  }

  public Distribution rates() {
    return distribution(rateStats, rateSketch);
  }

  public Distribution deltas() {
    return distribution(deltaStats, deltaSketch);
  }

  private static Distribution distribution(DoubleStatistics s, Sketch sketch) {
    if (s == null) {
      return null;
    }
    long n = s.getCount();
    if (n == 0) {
      return new Distribution(
          0,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    double[] q = sketch.quantiles(0.05, 0.25, 0.5, 0.75, 0.95);
    double min = s.getAsDouble(Statistic.MIN);
    double max = s.getAsDouble(Statistic.MAX);
    for (int k = 0; k < q.length; k++) {
      // a bucket's representative value may lie just outside the observed range
      q[k] = Math.min(Math.max(q[k], min), max);
    }
    return new Distribution(
        n,
        s.getAsDouble(Statistic.MEAN),
        s.getAsDouble(Statistic.STANDARD_DEVIATION),
        min,
        max,
        q[0],
        q[1],
        q[2],
        q[3],
        q[4]);
  }
}
