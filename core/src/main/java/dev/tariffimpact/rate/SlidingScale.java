package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A specific rate that slides with a measured property, as the US raw-sugar rates: {@code
 * 3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a degree in
 * proportion) but not less than 3.143854¢/kg}.
 *
 * <p>Per unit of quantity the rate is {@code max(floor, base - step x max(0, reference -
 * reading))}, never below zero, where {@code reading} is the component quantity named {@code
 * measure} in the reference's dimension (input {@code ComponentQuantity("polarization",
 * POLARIZATION)}); fractions of a degree count in proportion. The result is then applied to the
 * goods' quantity like a {@link Specific} rate.
 *
 * <p>Example: the rate above at 96 degrees is 3.6606 - 4 x 0.020668 = 3.577928¢/kg.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure the name of the measured property, for example {@code "polarization"}
 * @param reference the reading at and above which the base rate applies, for example 100 deg
 * @param base the rate at the reference
 * @param step the reduction per one unit of the reference's unit below the reference
 * @param floor the lowest rate, or null
 */
public record SlidingScale(
    String measure, Quantity reference, Specific base, Specific step, Specific floor)
    implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument other than {@code floor} is null
   * @throws IllegalArgumentException if the specific rates differ in currency, per or unit
   */
  public SlidingScale {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(step, "step");
    if (measure.isBlank() || !measure.strip().equals(measure)) {
      throw new IllegalArgumentException("measure name must be non-blank: '" + measure + "'");
    }
    for (Specific s : floor == null ? new Specific[] {step} : new Specific[] {step, floor}) {
      if (!s.currency().equals(base.currency())
          || s.per().compareTo(base.per()) != 0
          || s.unit() != base.unit()) {
        throw new IllegalArgumentException(
            "sliding scale rates must share currency, per and unit: " + base + " and " + s);
      }
    }
  }

  @Override
  public Set<RateInput> requiredInputs() {
    Set<RateInput> all = new LinkedHashSet<>(base.requiredInputs());
    all.add(new RateInput.ComponentQuantity(measure, reference.unit().dimension()));
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * Returns the specific rate that applies at a reading.
   *
   * @param reading the measured property, for example 96 deg
   * @return the specific rate, for example {@code 0.03577928 USD/kg}
   * @throws IncompatibleUnitsException if the reading's unit is not of the reference's dimension
   */
  public Specific rateAt(Quantity reading) {
    BigDecimal shortfall =
        reference.amount().subtract(reading.in(reference.unit())).max(BigDecimal.ZERO);
    BigDecimal perUnit = base.amount().subtract(step.amount().multiply(shortfall));
    if (floor != null) {
      perUnit = perUnit.max(floor.amount());
    }
    return new Specific(perUnit.max(BigDecimal.ZERO), base.currency(), base.per(), base.unit());
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    Dimension d = reference.unit().dimension();
    Quantity reading =
        ctx.componentQuantity(measure, d)
            .orElseThrow(
                () ->
                    new MissingInputException(
                        new RateInput.ComponentQuantity(measure, d), toString()));
    return rateAt(reading).amount(ctx);
  }

  @Override
  public boolean isComputable() {
    return true;
  }

  @Override
  public RateKind kind() {
    return RateKind.SLIDING_SCALE;
  }

  /**
   * Prints {@code SCALE("polarization"; 100 deg; 0.036606 USD/kg; 0.00020668 USD/kg; 0.03143854
   * USD/kg)}.
   */
  @Override
  public String toString() {
    return "SCALE("
        + Canonical.quote(measure)
        + "; "
        + reference
        + "; "
        + base
        + "; "
        + step
        + (floor == null ? "" : "; " + floor)
        + ")";
  }
}
