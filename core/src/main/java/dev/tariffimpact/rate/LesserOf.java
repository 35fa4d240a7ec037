package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The lower of several rates, such as the Indian {@code 30% or Rs. 250 per kg, whichever is lower}.
 *
 * <p>Example: {@code LESSER(30%; 250 INR/kg)} on 10 kg worth INR 5000 is the lower of 1500 and
 * 2500.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rates two or more rates
 */
public record LesserOf(List<Rate> rates) implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if the list or a rate is null
   * @throws IllegalArgumentException if fewer than two rates are given
   */
  public LesserOf {
    rates = Canonical.atLeastTwo(rates, "LesserOf");
  }

  /**
   * Returns the lower of the given rates.
   *
   * @param rates two or more rates
   * @return the rate
   */
  public static LesserOf of(Rate... rates) {
    return new LesserOf(List.of(rates));
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return Canonical.union(rates);
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    return Canonical.reduceAmounts(rates, ctx, BigDecimal::min);
  }

  @Override
  public java.util.Optional<LinearRate.Form> linearForm() {
    return Canonical.allLinear(rates)
        .map(terms -> new LinearRate.Form(LinearRate.Form.Choice.LEAST, terms));
  }

  @Override
  public boolean isComputable() {
    return rates.stream().allMatch(Rate::isComputable);
  }

  @Override
  public RateKind kind() {
    return RateKind.LESSER_OF;
  }

  /** Prints {@code LESSER(30%; 250 INR/kg)}. */
  @Override
  public String toString() {
    return "LESSER(" + Canonical.args(rates) + ")";
  }
}
