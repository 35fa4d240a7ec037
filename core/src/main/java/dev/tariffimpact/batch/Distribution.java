package dev.tariffimpact.batch;

/**
 * Distribution statistics of a per-line quantity (an effective duty rate in percent, or a delta in
 * money) over the lines of one aggregate. Doubles: statistics only, never money totals.
 *
 * <p>Mean, standard deviation (n - 1), minimum and maximum come from Apache Commons Statistics
 * {@code DoubleStatistics} on the exact per-line values. Percentiles (Commons Statistics {@code
 * Quantile}, default estimator) are exact for groups of at most {@link #EXACT_LIMIT} values (the
 * values are kept); above that they come from a mergeable log-bucket sketch with relative error at
 * most {@link #RELATIVE_ERROR} (zero is exact), so memory stays bounded for any number of lines;
 * {@link #exactPercentiles()} says which. See {@code docs/batch.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count number of values
 * @param mean arithmetic mean, NaN when empty
 * @param standardDeviation sample standard deviation, NaN when empty
 * @param min minimum, NaN when empty
 * @param max maximum, NaN when empty
 * @param p5 5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 * @param exactPercentiles true when the percentiles are those of the values themselves (at most
 *     {@link #EXACT_LIMIT} values), false when they come from the sketch
 */
public record Distribution(
    long count,
    double mean,
    double standardDeviation,
    double min,
    double max,
    double p5,
    double p25,
    double p50,
    double p75,
    double p95,
    boolean exactPercentiles) {

  /** Largest relative error of a percentile from the sketch: 0.1%. */
  public static final double RELATIVE_ERROR = 0.001;

  /** Groups of at most this many values have exact percentiles. */
  public static final int EXACT_LIMIT = 1_000;
}
