package dev.tariffimpact.batch.internal;

/**
 * One assessed line's figures under every scenario, loaded once and added to each of its groups:
 * the money (exact longs at {@link Fixed#MONEY_SCALE}) and, for the distribution statistics only,
 * the effective rate and the delta as doubles with their sketch buckets.
 */
final class LineFigures {

  long customsValue;
  long cif;
  final long[] duty;
  final long[] fees;
  final long[] taxes;
  final long[] delta;
  final long[] landed; // CIF + charges, when the CIF is known
  final double[] rate;
  final int[] rateBucket;
  final double[] deltaStatistic;
  final int[] deltaBucket;
  final int[] notes; // BatchNote bits
  private final boolean distributions;

  LineFigures(int scenarios, boolean distributions) {
    duty = new long[scenarios];
    fees = new long[scenarios];
    taxes = new long[scenarios];
    delta = new long[scenarios];
    landed = new long[scenarios];
    rate = new double[scenarios];
    rateBucket = new int[scenarios];
    deltaStatistic = new double[scenarios];
    deltaBucket = new int[scenarios];
    notes = new int[scenarios];
    this.distributions = distributions;
  }

  /** Loads line {@code i} of a chunk result; deltas against scenario {@code base}. */
  void load(ChunkResult r, int i, int base) {
    customsValue = r.customsValue[i];
    cif = r.cif[i];
    long baseCharges = charges(r, base, i);
    for (int s = 0; s < duty.length; s++) {
      duty[s] = r.duty[s][i];
      fees[s] = r.fees[s][i];
      taxes[s] = r.taxes[s][i];
      notes[s] = r.notes[s][i];
      long charges = charges(r, s, i);
      delta[s] = charges - baseCharges; // both in [0, Long.MAX_VALUE]: cannot overflow
      landed[s] = cif == Fixed.ABSENT ? 0 : cif + charges; // checked by ChunkEvaluator.inRange
      if (distributions) {
        // doubles feed only the distribution statistics; money stays in exact longs
        rate[s] = customsValue > 0 ? (double) duty[s] * 100.0 / (double) customsValue : Double.NaN;
        rateBucket[s] = Accumulator.bucket(rate[s]);
        deltaStatistic[s] = delta[s] / 10_000.0;
        deltaBucket[s] = Accumulator.bucket(deltaStatistic[s]);
      }
    }
  }

  /** Duty + fees + taxes; within the long range (checked by {@code ChunkEvaluator.inRange}). */
  static long charges(ChunkResult r, int s, int i) {
    return r.duty[s][i] + r.fees[s][i] + r.taxes[s][i];
  }
}
