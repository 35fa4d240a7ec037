package dev.tariffimpact.economics.panel;

import dev.tariffimpact.classification.ProductCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The total rate of each import weight at each change point of a panel.
 *
 * <p>A weight is usually coarser than the schedule's lines (HS6 trade figures against HTS8/10
 * lines). Its rate is the unweighted mean of the computable rates of the panel's lines below its
 * code (an assumption, stated in the output: no finer weights are available), or the rate of the
 * line its code falls under when it is finer. A weight with no line at all is <em>uncovered</em>; a
 * weight whose lines are all not computable is <em>not computable</em>; neither is ever rated zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightRates {

  /** Scale of an averaged rate, in percent. */
  public static final int RATE_SCALE = 6;

  /** Whether a weight's rate is known on a date. */
  public enum Status {
    /** Rated: the mean of one or more computable lines. */
    RATED,
    /** The schedule has lines below the code, but none has a rate in percent on that date. */
    NOT_COMPUTABLE,
    /** The schedule has no line below or above the code. */
    UNCOVERED
  }

  private final RatePanel panel;
  private final List<ImportWeight> weights;
  private final int[][] linesOf; // weight -> panel line indices
  private final int[] originOf; // weight -> panel origin index, -1 if not in the panel

  private WeightRates(RatePanel panel, List<ImportWeight> weights) {
    this.panel = panel;
    this.weights = List.copyOf(weights);
    Map<String, List<Integer>> byPrefix = new HashMap<>();
    List<ProductCode> lines = panel.lines();
    for (int l = 0; l < lines.size(); l++) {
      String digits = lines.get(l).digits();
      for (int len = 2; len <= digits.length(); len += 2) {
        byPrefix.computeIfAbsent(digits.substring(0, len), k -> new ArrayList<>()).add(l);
      }
    }
    this.linesOf = new int[this.weights.size()][];
    this.originOf = new int[this.weights.size()];
    for (int w = 0; w < this.weights.size(); w++) {
      ImportWeight weight = this.weights.get(w);
      linesOf[w] = linesFor(weight.code(), byPrefix, panel);
      originOf[w] = panel.origins().indexOf(weight.origin());
      if (originOf[w] < 0) {
        throw new IllegalArgumentException(
            "Weight "
                + weight.code()
                + " from "
                + weight.origin()
                + ": origin is not in the panel "
                + panel.origins());
      }
    }
  }

  private static int[] linesFor(
      ProductCode code, Map<String, List<Integer>> byPrefix, RatePanel panel) {
    List<Integer> below = byPrefix.get(code.digits());
    if (below != null) {
      return below.stream().mapToInt(Integer::intValue).toArray();
    }
    for (int len = code.length() - 2; len >= 2; len -= 2) {
      int l = panel.lineIndex(code.truncate(len));
      if (l >= 0) {
        return new int[] {l};
      }
    }
    return new int[0];
  }

  /**
   * Maps weights to the lines of a panel.
   *
   * @param panel the panel
   * @param weights the weights; each origin must be one of the panel's
   * @return the rates
   * @throws IllegalArgumentException naming a weight whose origin is not in the panel
   */
  public static WeightRates of(RatePanel panel, List<ImportWeight> weights) {
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(weights, "weights");
    return new WeightRates(panel, weights);
  }

  /**
   * Returns the panel.
   *
   * @return the panel
   */
  public RatePanel panel() {
    return panel;
  }

  /**
   * Returns the weights, in the order given.
   *
   * @return the weights
   */
  public List<ImportWeight> weights() {
    return weights;
  }

  /**
   * Returns how many panel lines a weight is spread over.
   *
   * @param weight index into {@link #weights()}
   * @return 0 if uncovered
   */
  public int lineCount(int weight) {
    return linesOf[weight].length;
  }

  /**
   * Returns the status of a weight's rate at a change point.
   *
   * @param weight index into {@link #weights()}
   * @param date index into the panel's change dates
   * @return the status
   */
  public Status status(int weight, int date) {
    if (linesOf[weight].length == 0) {
      return Status.UNCOVERED;
    }
    return rate(weight, date).isPresent() ? Status.RATED : Status.NOT_COMPUTABLE;
  }

  /**
   * Returns the part of a weight's rate that named layers make up, in percent: the mean over the
   * same computable lines as {@link #rate} of the sum of those layers' percents.
   *
   * <p>Example: a claim (drawback, a refund, an exemption to certify) can recover the Section 122
   * layer: {@code layerPercent(w, d, Set.of("us-s122-10"))} is 10 on a line that pays it.
   *
   * @param weight index into {@link #weights()}
   * @param date index into the panel's change dates
   * @param measureIds the layers, by measure id
   * @return the percent, empty when {@link #rate} is empty
   */
  public Optional<BigDecimal> layerPercent(int weight, int date, Set<String> measureIds) {
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (int l : linesOf[weight]) {
      RateStack stack = panel.stack(date, l, originOf[weight]);
      if (stack.isComputable()) {
        for (RateLayer layer : stack.layers()) {
          if (measureIds.contains(layer.measureId())) {
            sum = sum.add(layer.percent());
          }
        }
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(
        n == 1 ? sum : sum.divide(BigDecimal.valueOf(n), RATE_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the rate of a weight at a change point, in percent.
   *
   * @param weight index into {@link #weights()}
   * @param date index into the panel's change dates
   * @return the mean of the computable line rates at scale {@value #RATE_SCALE} HALF_EVEN, or empty
   *     when uncovered or not computable
   */
  public Optional<BigDecimal> rate(int weight, int date) {
    int[] lines = linesOf[weight];
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (int l : lines) {
      Optional<BigDecimal> r = panel.stack(date, l, originOf[weight]).totalPercent();
      if (r.isPresent()) {
        sum = sum.add(r.get());
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(
        n == 1 ? sum : sum.divide(BigDecimal.valueOf(n), RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
