package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The higher of several rates, such as the Indian {@code 30% or Rs. 250 per kg, whichever is
 * higher}.
 *
 * <p>Example: {@code GREATER(30%; 250 INR/kg)} on 10 kg worth INR 5000 is the higher of 1500 and
 * 2500.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rates two or more rates
 */
public record GreaterOf(List<Rate> rates) implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if the list or a rate is null
   * @throws IllegalArgumentException if fewer than two rates are given
   */
  public GreaterOf {
    rates = Canonical.atLeastTwo(rates, "GreaterOf");
  }

  /**
   * Returns the higher of the given rates.
   *
   * @param rates two or more rates
   * @return the rate
   */
  public static GreaterOf of(Rate... rates) {
    return new GreaterOf(List.of(rates));
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return Canonical.union(rates);
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    return Canonical.reduceAmounts(rates, ctx, BigDecimal::max);
  }

  @Override
  public java.util.Optional<LinearRate.Form> linearForm() {
    return Canonical.allLinear(rates)
        .map(terms -> new LinearRate.Form(LinearRate.Form.Choice.GREATEST, terms));
  }

  @Override
  public boolean isComputable() {
    return rates.stream().allMatch(Rate::isComputable);
  }

  @Override
  public RateKind kind() {
    return RateKind.GREATER_OF;
  }

  /** Prints {@code GREATER(30%; 250 INR/kg)}. */
  @Override
  public String toString() {
    return "GREATER(" + Canonical.args(rates) + ")";
  }
}
