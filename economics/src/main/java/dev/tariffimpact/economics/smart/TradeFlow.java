package dev.tariffimpact.economics.smart;

import java.util.Objects;

/**
 * The imports of one product into one market from a partner and from the rest of the world, with
 * the ad valorem tariff each faces before and after a change.
 *
 * <p>Example: cotton T-shirts (HS 610910) from India worth US$ 100 million and from the rest of the
 * world US$ 900 million, India's tariff rising from 16.5% to 66.5% while the rest stays at 16.5%:
 * {@code TradeFlow.of("610910", 100e6, 900e6, 0.165, 0.665, 0.165, 0.165)}.
 *
 * <p>Values are at world (pre-change) prices in one currency; tariffs are fractions (0.165 for
 * 16.5%). This class is immutable and thread-safe.
 *
 * @param product the product, e.g. an HS6 code
 * @param partnerImports imports from the partner before the change, at least 0
 * @param restImports imports from the rest of the world before the change, at least 0
 * @param partnerTariffBefore the partner's tariff before, as a fraction
 * @param partnerTariffAfter the partner's tariff after, as a fraction
 * @param restTariffBefore the rest of the world's tariff before, as a fraction
 * @param restTariffAfter the rest of the world's tariff after, as a fraction
 */
public record TradeFlow(
    String product,
    double partnerImports,
    double restImports,
    double partnerTariffBefore,
    double partnerTariffAfter,
    double restTariffBefore,
    double restTariffAfter) {

  /**
   * Validates the flow.
   *
   * @throws NullPointerException if product is null
   * @throws IllegalArgumentException naming the field if a value is negative or not finite
   */
  public TradeFlow {
    Objects.requireNonNull(product, "product");
    nonNegative(product, "partnerImports", partnerImports);
    nonNegative(product, "restImports", restImports);
    nonNegative(product, "partnerTariffBefore", partnerTariffBefore);
    nonNegative(product, "partnerTariffAfter", partnerTariffAfter);
    nonNegative(product, "restTariffBefore", restTariffBefore);
    nonNegative(product, "restTariffAfter", restTariffAfter);
  }

  private static void nonNegative(String product, String name, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "Trade flow " + product + ": " + name + " must be finite and at least 0, was " + value);
    }
  }

  /**
   * Returns a flow.
   *
   * @param product the product code
   * @param partnerImports imports from the partner
   * @param restImports imports from the rest of the world
   * @param partnerBefore the partner's tariff before (fraction)
   * @param partnerAfter the partner's tariff after (fraction)
   * @param restBefore the rest's tariff before (fraction)
   * @param restAfter the rest's tariff after (fraction)
   * @return the flow
   */
  public static TradeFlow of(
      String product,
      double partnerImports,
      double restImports,
      double partnerBefore,
      double partnerAfter,
      double restBefore,
      double restAfter) {
    return new TradeFlow(
        product, partnerImports, restImports, partnerBefore, partnerAfter, restBefore, restAfter);
  }
}
