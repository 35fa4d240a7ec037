package dev.tariffimpact.economics.uncertainty;

import dev.tariffimpact.economics.smart.SmartParameters;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * The distributions of the uncertain parameters (docs/economics.md, "Uncertainty").
 *
 * <ul>
 *   <li>Import demand elasticity: the central value of each product times an independent log-normal
 *       factor with median 1 and log standard deviation {@code demandLogSd} (default 0.5: this
 *       project's assumption, U).
 *   <li>Armington substitution: triangular from {@code substitutionMin} over the SMART default 1.5
 *       to {@code substitutionMax} (defaults 0.75 and 3: assumption, U), one value per draw.
 *   <li>Export supply: uniform between {@code exportSupplyMin} and {@code exportSupplyMax}; both 99
 *       by default, i.e. fixed at SMART's "infinite".
 *   <li>Consumer pass-through: uniform 0.61 to 0.80, the Budget Lab's measured range (R).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param demandLogSd log standard deviation of the import demand factor, at least 0
 * @param substitutionMin lower end of the substitution elasticity
 * @param substitutionMode mode of the substitution elasticity
 * @param substitutionMax upper end of the substitution elasticity
 * @param exportSupplyMin lower end of the export supply elasticity
 * @param exportSupplyMax upper end of the export supply elasticity
 * @param passThroughMin lower end of the consumer pass-through
 * @param passThroughMax upper end of the consumer pass-through
 */
public record Uncertainty(
    double demandLogSd,
    double substitutionMin,
    double substitutionMode,
    double substitutionMax,
    double exportSupplyMin,
    double exportSupplyMax,
    double passThroughMin,
    double passThroughMax) {

  /** The defaults listed above. */
  public static final Uncertainty DEFAULT =
      new Uncertainty(
          0.5,
          0.75,
          SmartParameters.DEFAULT_SUBSTITUTION,
          3,
          SmartParameters.INFINITE_SUPPLY,
          SmartParameters.INFINITE_SUPPLY,
          0.61,
          0.80);

  /**
   * Validates the ranges.
   *
   * @throws IllegalArgumentException naming a range whose ends are out of order or out of bounds
   */
  public Uncertainty {
    if (!(demandLogSd >= 0)) {
      throw new IllegalArgumentException("demandLogSd must be at least 0, was " + demandLogSd);
    }
    order("substitution", 0, substitutionMin, substitutionMode, substitutionMax);
    order("exportSupply", 1e-9, exportSupplyMin, exportSupplyMin, exportSupplyMax);
    order("passThrough", 0, passThroughMin, passThroughMin, passThroughMax);
    if (passThroughMax > 1) {
      throw new IllegalArgumentException("passThroughMax must be at most 1, was " + passThroughMax);
    }
  }

  private static void order(String name, double floor, double min, double mode, double max) {
    if (!(floor <= min && min <= mode && mode <= max && Double.isFinite(max))) {
      throw new IllegalArgumentException(
          name
              + " range must satisfy "
              + floor
              + " <= min <= mode <= max: "
              + min
              + ", "
              + mode
              + ", "
              + max);
    }
  }

  /**
   * Returns a copy with another export supply range.
   *
   * @param min the lower end, e.g. 2
   * @param max the upper end, e.g. 10
   * @return the copy
   */
  public Uncertainty withExportSupply(double min, double max) {
    return new Uncertainty(
        demandLogSd,
        substitutionMin,
        substitutionMode,
        substitutionMax,
        min,
        max,
        passThroughMin,
        passThroughMax);
  }

  ContinuousDistribution demandFactor() {
    return demandLogSd == 0 ? null : LogNormalDistribution.of(0, demandLogSd);
  }

  ContinuousDistribution substitution() {
    return substitutionMin == substitutionMax
        ? null
        : TriangularDistribution.of(substitutionMin, substitutionMode, substitutionMax);
  }

  ContinuousDistribution exportSupply() {
    return exportSupplyMin == exportSupplyMax
        ? null
        : UniformContinuousDistribution.of(exportSupplyMin, exportSupplyMax);
  }

  ContinuousDistribution passThrough() {
    return passThroughMin == passThroughMax
        ? null
        : UniformContinuousDistribution.of(passThroughMin, passThroughMax);
  }

  /** The quantile of a parameter's distribution, or its fixed value. */
  static double quantile(ContinuousDistribution d, double fixed, double p) {
    return d == null ? fixed : d.inverseCumulativeProbability(p);
  }
}
