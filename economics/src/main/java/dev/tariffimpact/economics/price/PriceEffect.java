package dev.tariffimpact.economics.price;

/**
 * The Yale Budget Lab consumer-price effect of a change in the effective tariff rate (Tariff-Model,
 * {@code src/03_calculate_prices.R}; FACTS.md section 5, confidence R):
 *
 * <pre>
 *   price effect = pass-through x (dETR x g x m x (1 + rho) - dETR x u x g x m)
 * </pre>
 *
 * <p>with {@code g} the goods share of consumer spending (0.31471), {@code m} the import share of
 * goods (0.20570), {@code rho} the domestic price response (0.50) and {@code u} the dollar
 * appreciation offset (0.174). The published formula has no pass-through factor (it is 1); the
 * Budget Lab measured consumer pass-through of 61-80% (Sep 2025), so it is a parameter here.
 *
 * <p>Example: an economy-wide ETR rise of 10 points ({@code 0.10}) with the published parameters
 * raises consumer prices by 0.10 x 0.31471 x 0.20570 x (1.5 - 0.174) = 0.858%.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goodsShare {@code g}, the goods share of consumer spending
 * @param importShare {@code m}, the import share of goods
 * @param domesticResponse {@code rho}, the domestic producers' price response
 * @param dollarOffset {@code u}, the share offset by dollar appreciation
 * @param passThrough the consumer pass-through, 0 to 1 (1 in the published formula)
 */
public record PriceEffect(
    double goodsShare,
    double importShare,
    double domesticResponse,
    double dollarOffset,
    double passThrough) {

  /** The Budget Lab's published parameters, pass-through 1. */
  public static final PriceEffect BUDGET_LAB = new PriceEffect(0.31471, 0.20570, 0.50, 0.174, 1.0);

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming a parameter that is not finite, or a share or the
   *     pass-through outside 0..1
   */
  public PriceEffect {
    share("goodsShare", goodsShare);
    share("importShare", importShare);
    share("dollarOffset", dollarOffset);
    share("passThrough", passThrough);
    if (!Double.isFinite(domesticResponse) || domesticResponse < 0) {
      throw new IllegalArgumentException(
          "domesticResponse must be finite and at least 0, was " + domesticResponse);
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }

  /**
   * Returns a copy with another pass-through.
   *
   * @param value the consumer pass-through, e.g. 0.7
   * @return the copy
   */
  public PriceEffect withPassThrough(double value) {
    return new PriceEffect(goodsShare, importShare, domesticResponse, dollarOffset, value);
  }

  /**
   * Returns the consumer-price change for an economy-wide ETR change.
   *
   * @param etrChange the change in the economy-wide ETR, as a fraction (0.10 for 10 points)
   * @return the price-level change as a fraction (0.00858 for 0.858%)
   */
  public double of(double etrChange) {
    double gm = goodsShare * importShare;
    return passThrough * (etrChange * gm * (1 + domesticResponse) - etrChange * dollarOffset * gm);
  }
}
