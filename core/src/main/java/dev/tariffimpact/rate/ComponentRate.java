package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A rate applied to a named component of the goods instead of the goods themselves: {@code 1.7¢/kg
 * on lead content} (the component's quantity), {@code 6% on the case} (the component's value).
 * Inside, a percentage applies to the component's value and a specific rate to its quantity, so the
 * inner rate's {@code CustomsValue} input becomes {@code ComponentValue(component)} and {@code
 * QuantityIn(d)} becomes {@code ComponentQuantity(component, d)}.
 *
 * <p>Example: {@code ON("lead content"; 0.017 USD/kg)} with 40 kg of lead content is 0.68 USD.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rate the inner rate
 * @param component the component's name as written in the rate, for example {@code "case"}
 */
public record ComponentRate(Rate rate, String component) implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or has surrounding white space
   */
  public ComponentRate {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(component, "component");
    if (component.isBlank() || !component.strip().equals(component)) {
      throw new IllegalArgumentException(
          "component name must be non-blank without surrounding spaces: '" + component + "'");
    }
  }

  @Override
  public Set<RateInput> requiredInputs() {
    Set<RateInput> out = new LinkedHashSet<>();
    for (RateInput in : rate.requiredInputs()) {
      if (in instanceof RateInput.CustomsValue) {
        out.add(new RateInput.ComponentValue(component));
      } else if (in instanceof RateInput.QuantityIn q) {
        out.add(new RateInput.ComponentQuantity(component, q.dimension()));
      } else {
        out.add(in);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    try {
      return rate.amount(ctx.forComponent(component));
    } catch (MissingInputException e) {
      // Name the whole component rate, not only its inner part, so users see where it comes from.
      throw new MissingInputException(e.input(), toString());
    }
  }

  @Override
  public boolean isComputable() {
    return rate.isComputable();
  }

  @Override
  public RateKind kind() {
    return RateKind.COMPONENT;
  }

  /** Prints {@code ON("lead content"; 0.017 USD/kg)}. */
  @Override
  public String toString() {
    return "ON(" + Canonical.quote(component) + "; " + rate + ")";
  }
}
