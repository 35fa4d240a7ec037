package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customs duty rate: ad valorem, specific, compound, the greater or lesser of several rates, a
 * rate with floor and ceiling, a tariff-rate quota, a rate on a named component, a sliding scale,
 * or a reference to a rate defined elsewhere.
 *
 * <p>Rates compute exact, unrounded amounts; rounding is the customs regime's job ({@link
 * #amount(RateContext, int, RoundingMode)} is offered for convenience). {@code toString()} prints
 * the canonical text described in {@code docs/rate-syntax.md}, and {@code
 * RateParser.parse(r.toString()).equals(r)} holds for every rate.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Rate r = RateParser.parse("11¢/kg + 20%");
 * r.amount(ctx); // 0.11 x kg + 0.20 x value, in ctx.currency()
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Rate
    permits AdValorem,
        Specific,
        Compound,
        GreaterOf,
        LesserOf,
        Bounded,
        QuotaRate,
        ComponentRate,
        SlidingScale,
        ReferenceRate {

  /**
   * Returns the inputs this rate needs.
   *
   * @return for example {@code {CustomsValue, QuantityIn(MASS)}} for {@code 11¢/kg + 20%}; empty
   *     for {@code Free}
   */
  Set<RateInput> requiredInputs();

  /**
   * Computes the exact duty amount.
   *
   * @param ctx the value, quantities and currency to compute against
   * @return the unrounded amount in {@code ctx.currency()}, at least zero
   * @throws MissingInputException naming the input if the context lacks one this rate needs
   * @throws NotComputableException naming the text if the rate is (or contains) a reference
   * @throws CurrencyConversionException if the rate's currency differs and no converter is given
   */
  BigDecimal amount(RateContext ctx);

  /**
   * Computes the duty amount rounded to {@code scale} decimals.
   *
   * <p>Example: {@code 6.5%} of 10.01 is 0.65065, which is {@code 0.65} with scale 2 and {@link
   * RoundingMode#HALF_UP}.
   *
   * @param ctx the context
   * @param scale decimals wanted, for example 2 for cents
   * @param mode how to round
   * @return the rounded amount
   * @throws MissingInputException naming the input if the context lacks one this rate needs
   * @throws NotComputableException naming the text if the rate is (or contains) a reference
   */
  default BigDecimal amount(RateContext ctx, int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    return amount(ctx).setScale(scale, mode);
  }

  /**
   * Returns the ad valorem equivalent: amount / customs value x 100, in percent, scale 6 HALF_EVEN.
   *
   * <p>Example: {@code 2.2¢/kg} on 100 kg worth USD 44 is {@code 5.000000}.
   *
   * @param ctx the context
   * @return the percentage
   * @throws IllegalArgumentException if the customs value is zero
   * @throws MissingInputException naming the input if the context lacks one this rate needs
   * @throws NotComputableException naming the text if the rate is (or contains) a reference
   */
  default BigDecimal adValoremEquivalent(RateContext ctx) {
    if (ctx.customsValue().signum() == 0) {
      throw new IllegalArgumentException(
          "ad valorem equivalent of '" + this + "' is undefined for a zero customs value");
    }
    return amount(ctx)
        .multiply(BigDecimal.valueOf(100))
        .divide(ctx.customsValue(), 6, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the linear view of this rate, when it has one: a percent of the value plus amounts per
   * unit. Ad valorem rates, specific rates whose {@code amount / per} terminates, and compounds of
   * those have it; every other shape returns empty. A fixed-point evaluator takes only what this
   * view (and {@link #linearForm()}) offers, so the rate package alone decides which shapes it can
   * compute.
   *
   * <p>Example: {@code 11¢/kg + 20%} is {@code LinearRate[percent=20, perUnit=[0.11 USD per kg]]}.
   *
   * @return the view, or empty when the rate is not linear
   */
  default Optional<LinearRate> linear() {
    return Optional.empty();
  }

  /**
   * Returns the rate as one linear rate or as the greatest or least of linear rates.
   *
   * <p>Example: {@code GREATER(30%; 250 INR/kg)} is {@code Form[GREATEST, [30%, 250 INR per kg]]}.
   *
   * @return the form, or empty when some part is not linear
   */
  default Optional<LinearRate.Form> linearForm() {
    return linear().map(l -> new LinearRate.Form(LinearRate.Form.Choice.ONE, List.of(l)));
  }

  /**
   * Tells whether the rate can be computed from a context alone.
   *
   * @return false if the rate is or contains a {@link ReferenceRate}
   */
  boolean isComputable();

  /**
   * Returns the shape of the rate at its top level.
   *
   * @return for example {@link RateKind#COMPOUND}
   */
  RateKind kind();
}
