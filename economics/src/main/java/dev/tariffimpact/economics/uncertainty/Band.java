package dev.tariffimpact.economics.uncertainty;

/**
 * An uncertainty band: the 5th, 50th and 95th percentiles of an output over the Monte Carlo draws.
 *
 * <p>Example: {@code Band[p5=-1.2e9, p50=-0.9e9, p95=-0.6e9]} for an import change.
 *
 * @param p5 the 5th percentile
 * @param p50 the median
 * @param p95 the 95th percentile
 */
public record Band(double p5, double p50, double p95) {

  /**
   * Returns the width of the band.
   *
   * @return {@code p95 - p5}
   */
  public double width() {
    return p95 - p5;
  }
}
