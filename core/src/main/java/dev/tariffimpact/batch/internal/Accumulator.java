package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.batch.Distribution;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;

/**
 * Running totals of one aggregate group: exact sums at {@link Fixed#MONEY_SCALE} that continue in
 * {@code BigInteger} beyond the long range ({@link ExactSum}), and the distribution statistics.
 */
public final class Accumulator {

  private static final Statistic[] STATS = {
    Statistic.MEAN, Statistic.STANDARD_DEVIATION, Statistic.MIN, Statistic.MAX
  };

  long lines;
  private final ExactSum customsValue = new ExactSum();
  private final ExactSum duty = new ExactSum();
  private final ExactSum fees = new ExactSum();
  private final ExactSum taxes = new ExactSum();
  private final ExactSum landed = new ExactSum();
  long landedUnknown;
  private final ExactSum delta = new ExactSum();
  // lines per BatchNote (by ordinal); null until a line has a note
  private long[] notes;
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
    customsValue.add(f.customsValue);
    duty.add(f.duty[s]);
    fees.add(f.fees[s]);
    taxes.add(f.taxes[s]);
    if (f.cif == Fixed.ABSENT) {
      landedUnknown++;
    } else {
      landed.add(f.landed[s]);
    }
    delta.add(f.delta[s]);
    if (f.notes[s] != 0) {
      countNotes(f.notes[s]);
    }
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

  private static final int NOTES = BatchNote.values().length;

  private void countNotes(int bits) {
    if (notes == null) {
      notes = new long[NOTES];
    }
    // only the set bits: a line has one or two notes of the nine
    for (int rest = bits; rest != 0; rest &= rest - 1) {
      notes[Integer.numberOfTrailingZeros(rest)]++;
    }
  }

  /**
   * Returns the lines of this group with a note.
   *
   * @param note the note
   * @return the count, 0 when none
   */
  public long noteLines(BatchNote note) {
    return notes == null ? 0 : notes[note.ordinal()];
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
    customsValue.add(o.customsValue);
    duty.add(o.duty);
    fees.add(o.fees);
    taxes.add(o.taxes);
    landed.add(o.landed);
    landedUnknown += o.landedUnknown;
    delta.add(o.delta);
    if (o.notes != null) {
      if (notes == null) {
        notes = new long[o.notes.length];
      }
      for (int n = 0; n < notes.length; n++) {
        notes[n] += o.notes[n];
      }
    }
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

  /** The exact sum at {@link Fixed#MONEY_SCALE}. */
  public java.math.BigDecimal customsValue() {
    return customsValue.decimal(Fixed.MONEY_SCALE);
  }

  /** The exact sum at {@link Fixed#MONEY_SCALE}. */
  public java.math.BigDecimal duty() {
    return duty.decimal(Fixed.MONEY_SCALE);
  }

  /** The exact sum at {@link Fixed#MONEY_SCALE}. */
  public java.math.BigDecimal fees() {
    return fees.decimal(Fixed.MONEY_SCALE);
  }

  /** The exact sum at {@link Fixed#MONEY_SCALE}. */
  public java.math.BigDecimal taxes() {
    return taxes.decimal(Fixed.MONEY_SCALE);
  }

  /** The exact sum at {@link Fixed#MONEY_SCALE}. */
  public java.math.BigDecimal landed() {
    return landed.decimal(Fixed.MONEY_SCALE);
  }

  public long landedUnknown() {
    return landedUnknown;
  }

  /** The exact sum at {@link Fixed#MONEY_SCALE}. */
  public java.math.BigDecimal delta() {
    return delta.decimal(Fixed.MONEY_SCALE);
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
          Double.NaN,
          true);
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
        q[4],
        sketch.isExact());
  }
}
