package dev.tariffimpact.economics.analysis;

import dev.tariffimpact.economics.uncertainty.Band;
import dev.tariffimpact.economics.uncertainty.Output;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The impact of a tariff change on one group of products (a category, a chapter, an origin or the
 * total).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param group the group name
 * @param importValue the partner's import value of the group (weights), US$
 * @param ratedValueBefore value whose rate is known before
 * @param ratedValueAfter value whose rate is known after
 * @param etrBefore the ETR before, percent, empty if nothing is rated
 * @param etrAfter the ETR after, percent
 * @param modelledValue the value rated in both scenarios, the part the partial equilibrium covers
 * @param central the outputs at the central parameters, by {@link Output#ordinal()}
 * @param bands the Monte Carlo band of every output
 */
public record GroupImpact(
    String group,
    BigDecimal importValue,
    BigDecimal ratedValueBefore,
    BigDecimal ratedValueAfter,
    Optional<BigDecimal> etrBefore,
    Optional<BigDecimal> etrAfter,
    BigDecimal modelledValue,
    double[] central,
    Map<Output, Band> bands) {

  /**
   * Copies the arrays and maps.
   *
   * @throws NullPointerException naming a missing component
   */
  public GroupImpact {
    Objects.requireNonNull(group, "group");
    central = central.clone();
    bands = Map.copyOf(bands);
  }

  /**
   * Returns the central value of an output.
   *
   * @param output the output
   * @return the value at the central parameters
   */
  public double central(Output output) {
    return central[output.ordinal()];
  }

  /**
   * Returns the band of an output.
   *
   * @param output the output
   * @return the P5/P50/P95 band
   */
  public Band band(Output output) {
    return bands.get(output);
  }
}
