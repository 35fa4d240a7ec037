package dev.tariffimpact.customs.internal;

import dev.tariffimpact.customs.Rounding;
import java.math.BigDecimal;

/**
 * The Assessor's arithmetic steps in {@code BigDecimal}, named as their fixed-point twins in the
 * bulk engine ({@code batch.internal.FixedPoint}): valuation is {@link LineValuer#value}, a layer's
 * exact amount is {@code Rate.amount}, and these are the rest. The rules that choose the inputs of
 * each step (which layers, which base, which rounding) are the {@link LinePlan}'s and the {@link
 * EntryFeePlan}'s. The step tests compare each step with its twin.
 */
public final class ExactSteps {

  private ExactSteps() {}

  /**
   * Step "round": an exact amount rounded once, as the regime says for its category.
   *
   * @param exact the exact amount
   * @param rounding the rounding
   * @return the amount at the rounding's scale
   */
  public static BigDecimal round(BigDecimal exact, Rounding rounding) {
    return rounding.apply(exact);
  }

  /**
   * Step "layer base": the customs value, the value plus the rounded duties so far, or the sum of
   * the rounded amounts of the charged layers the plan names.
   *
   * @param layer the layer
   * @param value the line's customs value
   * @param duties the rounded duties charged so far
   * @param amounts the rounded amount of each earlier layer, null when not charged
   * @return the base
   */
  public static BigDecimal layerBase(
      LinePlan.Layer layer, BigDecimal value, BigDecimal duties, BigDecimal[] amounts) {
    return switch (layer.base()) {
      case CUSTOMS_VALUE -> value;
      case VALUE_PLUS_DUTIES -> value.add(duties);
      case DUTY_AMOUNT -> {
        BigDecimal base = BigDecimal.ZERO;
        for (int j : layer.dutyBase()) {
          if (amounts[j] != null) {
            base = base.add(amounts[j]);
          }
        }
        yield base;
      }
    };
  }

  /**
   * Step "rest of the value": the base of a layer charged on the value less the content ({@link
   * LinePlan.Layer#lessContent()}).
   *
   * @param value the line's customs value
   * @param content the summed values of the components left out, in the regime's currency
   * @return {@code value - content}
   * @throws IllegalArgumentException when the content exceeds the value (a declaration error)
   */
  public static BigDecimal restOfValue(BigDecimal value, BigDecimal content) {
    if (content.compareTo(value) > 0) {
      throw new IllegalArgumentException(
          "the declared content value "
              + content.toPlainString()
              + " exceeds the customs value "
              + value.toPlainString());
    }
    return value.subtract(content);
  }

  /**
   * Step "default tax": {@code base x percent / 100}, rounded once.
   *
   * @param base the customs value plus duties
   * @param percent the tax percent
   * @param rounding the tax rounding
   * @return the tax
   */
  public static BigDecimal defaultTax(BigDecimal base, BigDecimal percent, Rounding rounding) {
    // movePointLeft(2) is the exact value of a division by 100 at another scale; the rounding
    // sets the scale.
    return rounding.apply(base.multiply(percent).movePointLeft(2));
  }

  /**
   * Step "entry fee": {@code base x percent / 100}, clamped to the band's minimum and maximum
   * before rounding, then rounded once.
   *
   * @param base the summed customs values of the lines the fee counts
   * @param percent the fee percent
   * @param min the band's minimum, or null
   * @param max the band's maximum, or null
   * @param rounding the fee rounding
   * @return the fee
   */
  public static BigDecimal entryFee(
      BigDecimal base, BigDecimal percent, BigDecimal min, BigDecimal max, Rounding rounding) {
    // movePointLeft(2) is the exact value of a division by 100 at another scale; the clamps
    // compare values and the rounding sets the scale.
    BigDecimal exact = base.multiply(percent).movePointLeft(2);
    if (min != null && exact.compareTo(min) < 0) {
      exact = min;
    }
    if (max != null && exact.compareTo(max) > 0) {
      exact = max;
    }
    return rounding.apply(exact);
  }
}
