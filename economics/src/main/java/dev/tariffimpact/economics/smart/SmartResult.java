package dev.tariffimpact.economics.smart;

/**
 * The partial-equilibrium effects of a tariff change on one product (or a sum over products), in
 * the currency of the import values, at pre-change world prices.
 *
 * <p>Sign conventions (docs/economics.md): an import change is positive when imports rise; trade
 * diversion is positive when trade moves <em>toward</em> the partner; revenue and consumer surplus
 * changes are positive when they rise; the deadweight-loss change is positive when the loss grows
 * (a tariff rise), negative when it shrinks (a cut).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tradeCreation change in imports from the partner caused by its own price change
 * @param restTradeCreation change in imports from the rest of the world caused by its own price
 *     change
 * @param tradeDiversion imports moved from the rest of the world to the partner (negative: away
 *     from it), capped at existing trade
 * @param partnerImportChange {@code tradeCreation + tradeDiversion}
 * @param restImportChange {@code restTradeCreation - tradeDiversion}
 * @param revenueChange tariff revenue after minus before, {@code t1 * M1 - t0 * M0} over both flows
 * @param consumerSurplusChange minus the domestic price change times the mean quantity (trapezoid)
 * @param deadweightLossChange {@code -0.5 * |dt| * tradeCreation}, over both flows
 * @param exporterPriceChange the partner's export price change as a fraction (0 with infinite
 *     supply)
 */
public record SmartResult(
    double tradeCreation,
    double restTradeCreation,
    double tradeDiversion,
    double partnerImportChange,
    double restImportChange,
    double revenueChange,
    double consumerSurplusChange,
    double deadweightLossChange,
    double exporterPriceChange) {

  /** No effect at all. */
  public static final SmartResult NONE = new SmartResult(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Returns the total import change from both sources.
   *
   * @return {@code partnerImportChange + restImportChange}, equal to the sum of the trade creations
   */
  public double totalImportChange() {
    return partnerImportChange + restImportChange;
  }

  /**
   * Adds another result, for totals over products. The exporter price change of a sum is not
   * meaningful and is kept at 0.
   *
   * @param other the other result
   * @return the component-wise sum
   */
  public SmartResult plus(SmartResult other) {
    return new SmartResult(
        tradeCreation + other.tradeCreation,
        restTradeCreation + other.restTradeCreation,
        tradeDiversion + other.tradeDiversion,
        partnerImportChange + other.partnerImportChange,
        restImportChange + other.restImportChange,
        revenueChange + other.revenueChange,
        consumerSurplusChange + other.consumerSurplusChange,
        deadweightLossChange + other.deadweightLossChange,
        0);
  }
}
