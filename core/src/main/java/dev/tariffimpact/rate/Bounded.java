package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rate with a floor and/or a ceiling: the EU/UK duty expressions {@code ... MIN ...} (floor) and
 * {@code ... MAX ...} (ceiling). The floor is applied first, then the ceiling, so when a floor
 * exceeds the ceiling the ceiling wins.
 *
 * <p>Example: {@code 9.1% + 45.1 EUR/100 kg MAX 18.9% + 16.5 EUR/100 kg} on 100 kg worth EUR 100 is
 * min(9.10 + 45.10, 18.90 + 16.50) = 35.40 EUR.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rate the rate
 * @param floor the minimum amount (MIN), or null
 * @param ceiling the maximum amount (MAX), or null
 */
public record Bounded(Rate rate, Rate floor, Rate ceiling) implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if {@code rate} is null
   * @throws IllegalArgumentException if both floor and ceiling are null
   */
  public Bounded {
    Objects.requireNonNull(rate, "rate");
    if (floor == null && ceiling == null) {
      throw new IllegalArgumentException("a bounded rate needs a floor or a ceiling: " + rate);
    }
  }

  private List<Rate> present() {
    List<Rate> all = new ArrayList<>(3);
    all.add(rate);
    if (floor != null) {
      all.add(floor);
    }
    if (ceiling != null) {
      all.add(ceiling);
    }
    return all;
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return Canonical.union(present());
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    BigDecimal a = rate.amount(ctx);
    if (floor != null) {
      a = a.max(floor.amount(ctx));
    }
    if (ceiling != null) {
      a = a.min(ceiling.amount(ctx));
    }
    return a;
  }

  @Override
  public boolean isComputable() {
    return present().stream().allMatch(Rate::isComputable);
  }

  @Override
  public RateKind kind() {
    return RateKind.BOUNDED;
  }

  /** Prints {@code 9.1% + 45.1 EUR/100 kg MAX 18.9% + 16.5 EUR/100 kg}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Canonical.operand(rate));
    if (floor != null) {
      sb.append(" MIN ").append(Canonical.operand(floor));
    }
    if (ceiling != null) {
      sb.append(" MAX ").append(Canonical.operand(ceiling));
    }
    return sb.toString();
  }
}
