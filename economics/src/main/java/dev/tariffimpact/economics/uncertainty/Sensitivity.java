package dev.tariffimpact.economics.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which parameter moves an output most: each parameter in turn at its 5th and 95th percentile, the
 * others at their medians (a one-at-a-time "tornado" table).
 *
 * <p>Example row: {@code import-demand 0.44x..2.28x: revenue -1.1e9..-0.4e9, swing 0.7e9}.
 */
public final class Sensitivity {

  private Sensitivity() {}

  /**
   * One parameter's effect.
   *
   * @param parameter the parameter name: {@code import-demand} (a factor on every product's
   *     elasticity), {@code substitution}, {@code export-supply} or {@code pass-through}
   * @param low the parameter's 5th percentile
   * @param high its 95th percentile
   * @param atLow the outputs with the parameter at {@code low}, by {@link Output#ordinal()}
   * @param atHigh the outputs with it at {@code high}
   */
  public record Row(String parameter, double low, double high, double[] atLow, double[] atHigh) {
    /**
     * Copies the arrays.
     *
     * @throws NullPointerException if an array is null
     */
    public Row {
      Objects.requireNonNull(parameter, "parameter");
      atLow = atLow.clone();
      atHigh = atHigh.clone();
    }

    /**
     * Returns how far an output moves across the parameter's range.
     *
     * @param output the output
     * @return {@code |atHigh - atLow|}
     */
    public double swing(Output output) {
      return Math.abs(atHigh[output.ordinal()] - atLow[output.ordinal()]);
    }
  }

  /**
   * Computes the table, sorted by the swing of one output, largest first.
   *
   * @param model the model
   * @param u the distributions
   * @param sortBy the output to sort by
   * @return one row per parameter
   */
  public static List<Row> of(ImpactModel model, Uncertainty u, Output sortBy) {
    double sigma = Uncertainty.quantile(u.substitution(), u.substitutionMode(), 0.5);
    double ex = Uncertainty.quantile(u.exportSupply(), u.exportSupplyMin(), 0.5);
    double pt = Uncertainty.quantile(u.passThrough(), u.passThroughMin(), 0.5);
    List<Row> rows = new ArrayList<>();
    double dLow = Uncertainty.quantile(u.demandFactor(), 1, 0.05);
    double dHigh = Uncertainty.quantile(u.demandFactor(), 1, 0.95);
    rows.add(
        new Row(
            "import-demand",
            dLow,
            dHigh,
            model.evaluate(filled(model.size(), dLow), sigma, ex, pt),
            model.evaluate(filled(model.size(), dHigh), sigma, ex, pt)));
    double sLow = Uncertainty.quantile(u.substitution(), u.substitutionMode(), 0.05);
    double sHigh = Uncertainty.quantile(u.substitution(), u.substitutionMode(), 0.95);
    rows.add(
        new Row(
            "substitution",
            sLow,
            sHigh,
            model.evaluate(null, sLow, ex, pt),
            model.evaluate(null, sHigh, ex, pt)));
    double eLow = Uncertainty.quantile(u.exportSupply(), u.exportSupplyMin(), 0.05);
    double eHigh = Uncertainty.quantile(u.exportSupply(), u.exportSupplyMin(), 0.95);
    rows.add(
        new Row(
            "export-supply",
            eLow,
            eHigh,
            model.evaluate(null, sigma, eLow, pt),
            model.evaluate(null, sigma, eHigh, pt)));
    double pLow = Uncertainty.quantile(u.passThrough(), u.passThroughMin(), 0.05);
    double pHigh = Uncertainty.quantile(u.passThrough(), u.passThroughMin(), 0.95);
    rows.add(
        new Row(
            "pass-through",
            pLow,
            pHigh,
            model.evaluate(null, sigma, ex, pLow),
            model.evaluate(null, sigma, ex, pHigh)));
    rows.sort(Comparator.comparingDouble((Row r) -> r.swing(sortBy)).reversed());
    return List.copyOf(rows);
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
