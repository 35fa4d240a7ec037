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
    for (String parameter :
        List.of("import-demand", "substitution", "export-supply", "pass-through")) {
      double[] ends = new double[2];
      double[][] outputs = new double[2][];
      for (int i = 0; i < 2; i++) {
        double p = i == 0 ? 0.05 : 0.95;
        double v;
        switch (parameter) {
          case "import-demand" -> {
            v = Uncertainty.quantile(u.demandFactor(), 1, p);
            outputs[i] = model.evaluate(filled(model.size(), v), sigma, ex, pt);
          }
          case "substitution" -> {
            v = Uncertainty.quantile(u.substitution(), u.substitutionMode(), p);
            outputs[i] = model.evaluate(null, v, ex, pt);
          }
          case "export-supply" -> {
            v = Uncertainty.quantile(u.exportSupply(), u.exportSupplyMin(), p);
            outputs[i] = model.evaluate(null, sigma, v, pt);
          }
          default -> {
            v = Uncertainty.quantile(u.passThrough(), u.passThroughMin(), p);
            outputs[i] = model.evaluate(null, sigma, ex, v);
          }
        }
        ends[i] = v;
      }
      rows.add(new Row(parameter, ends[0], ends[1], outputs[0], outputs[1]));
    }
    rows.sort(Comparator.comparingDouble((Row r) -> r.swing(sortBy)).reversed());
    return List.copyOf(rows);
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
