package dev.tariffimpact.customs;

import java.util.Objects;

/**
 * How a regime rounds each kind of amount: converted customs values, each duty, fee and tax
 * component, and the total payable.
 *
 * <p>Example: the US policy rounds everything to the cent {@code HALF_UP}; India rounds components
 * to the paisa and the total payable to the rupee (Customs Act s.154A).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value customs value after currency conversion
 * @param duty each duty component (base, preference, additional, surcharge on duty)
 * @param fee each fee component
 * @param tax each tax component
 * @param payable the total of duties, fees and taxes as finally payable
 */
public record RoundingPolicy(
    Rounding value, Rounding duty, Rounding fee, Rounding tax, Rounding payable) {

  /**
   * Validates the policy.
   *
   * @throws NullPointerException if an argument is null
   */
  public RoundingPolicy {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(duty, "duty");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(tax, "tax");
    Objects.requireNonNull(payable, "payable");
  }

  /**
   * Returns a policy that rounds every amount the same way.
   *
   * @param rounding for example {@link Rounding#CENTS_HALF_UP}
   * @return the policy
   */
  public static RoundingPolicy uniform(Rounding rounding) {
    return new RoundingPolicy(rounding, rounding, rounding, rounding, rounding);
  }
}
