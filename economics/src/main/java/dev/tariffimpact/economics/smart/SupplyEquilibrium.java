package dev.tariffimpact.economics.smart;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The market-clearing export price of one flow when export supply is finite, solved numerically.
 *
 * <p>With the world price normalised to 1 before the change, SMART's linear import demand and a
 * constant-elasticity export supply clear at the export price {@code p} that solves
 *
 * <pre>
 *   1 - e_m * (p * r - 1) = p^e_x,   r = (1 + t1) / (1 + t0)
 * </pre>
 *
 * <p>(left: demand relative to before, at the domestic price {@code p * (1 + t1)}; right: supply).
 * The equation has no closed form for a general {@code e_x}; {@link BrentSolver} finds the root to
 * an absolute accuracy of {@value #ABSOLUTE_ACCURACY} in {@code p}. As {@code e_x} grows, {@code p}
 * tends to 1 and the import ratio to {@code 1 - e_m * dt / (1 + t0)}, the SMART closed form; for
 * small {@code dt} it reproduces {@code -e_m * dt / (1 + t0) / (1 + e_m / e_x)} (docs/economics.md,
 * tested in {@code SupplyEquilibriumTest}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SupplyEquilibrium {

  /** The absolute accuracy of the solved export price. */
  public static final double ABSOLUTE_ACCURACY = 1e-12;

  private static final double RELATIVE_ACCURACY = 1e-14;
  private static final int MAX_EVALUATIONS = 500;

  private SupplyEquilibrium() {}

  /**
   * Solves for the export price after the change.
   *
   * @param tariffBefore the tariff before, as a fraction
   * @param tariffAfter the tariff after, as a fraction
   * @param importDemand the import demand elasticity (magnitude)
   * @param exportSupply the export supply elasticity, greater than 0
   * @return the export price relative to before (1 = unchanged)
   * @throws IllegalArgumentException if an elasticity is out of range
   */
  public static double exportPrice(
      double tariffBefore, double tariffAfter, double importDemand, double exportSupply) {
    if (!(exportSupply > 0) || !(importDemand >= 0)) {
      throw new IllegalArgumentException(
          "elasticities out of range: importDemand="
              + importDemand
              + ", exportSupply="
              + exportSupply);
    }
    double r = (1 + tariffAfter) / (1 + tariffBefore);
    if (r == 1 || importDemand == 0) {
      return 1;
    }
    UnivariateFunction excessDemand =
        p -> 1 - importDemand * (p * r - 1) - Math.pow(p, exportSupply);
    double lo;
    double hi;
    if (r > 1) {
      // Demand falls: f(0) = 1 + e_m > 0 and f(1) = -e_m (r - 1) < 0.
      lo = 0;
      hi = 1;
    } else {
      // Demand rises: f(1) > 0; supply p^e_x eventually exceeds the linear demand.
      lo = 1;
      hi = 2;
      while (excessDemand.value(hi) > 0) {
        lo = hi;
        hi *= 2;
      }
    }
    BrentSolver solver = new BrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY);
    return solver.solve(MAX_EVALUATIONS, excessDemand, lo, hi);
  }

  /**
   * Returns the quantity imported after the change relative to before, at the solved price.
   *
   * @param tariffBefore the tariff before, as a fraction
   * @param tariffAfter the tariff after, as a fraction
   * @param importDemand the import demand elasticity (magnitude)
   * @param exportSupply the export supply elasticity, greater than 0
   * @return {@code p^e_x}, at least 0
   */
  public static double importRatio(
      double tariffBefore, double tariffAfter, double importDemand, double exportSupply) {
    double p = exportPrice(tariffBefore, tariffAfter, importDemand, exportSupply);
    return Math.pow(p, exportSupply);
  }
}
