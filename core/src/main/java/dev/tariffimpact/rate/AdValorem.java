package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A percentage of the value ({@code 6.5%}); zero is {@link #FREE}. The percent is normalised, so
 * {@code 6.5} equals {@code 6.50}.
 *
 * <p>Example: {@code new AdValorem(new BigDecimal("16.5")).amount(ctx)} is 165 for a value of 1000.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param percent the percentage, at least zero (for example {@code 16.5})
 */
public record AdValorem(BigDecimal percent) implements Rate {

  /** Duty free ({@code Free}, 0%). */
  public static final AdValorem FREE = new AdValorem(BigDecimal.ZERO);

  /**
   * Validates and normalises.
   *
   * @throws NullPointerException if {@code percent} is null
   * @throws IllegalArgumentException if it is negative
   */
  public AdValorem {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("percent must not be negative: " + percent);
    }
    percent = Decimals.normalise(percent);
  }

  /**
   * Returns the rate of a percentage given as text.
   *
   * @param percent for example {@code "6.5"}
   * @return the rate
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static AdValorem of(String percent) {
    return new AdValorem(new BigDecimal(Objects.requireNonNull(percent, "percent")));
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return percent.signum() == 0 ? Set.of() : Set.of(new RateInput.CustomsValue());
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    Objects.requireNonNull(ctx, "ctx");
    if (percent.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return ctx.value(this).multiply(percent).movePointLeft(2);
  }

  @Override
  public java.util.Optional<LinearRate> linear() {
    return java.util.Optional.of(new LinearRate(percent, java.util.List.of()));
  }

  @Override
  public boolean isComputable() {
    return true;
  }

  @Override
  public RateKind kind() {
    return percent.signum() == 0 ? RateKind.FREE : RateKind.AD_VALOREM;
  }

  /** Prints {@code Free} or {@code 6.5%}. */
  @Override
  public String toString() {
    // percent is normalised by the constructor: Canonical.number(percent) would print the same.
    return percent.signum() == 0 ? "Free" : percent.toPlainString() + "%";
  }
}
