package dev.tariffimpact.economics.panel;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.OriginScope;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The import value of a product from an origin, the weight of its rate in an effective tariff rate.
 *
 * <p>Example: {@code ImportWeight.of("610910", "IN", new BigDecimal("1146240000"))}: US imports of
 * cotton T-shirts from India (an HS6 weight is spread over the schedule's lines below it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the product code (any length)
 * @param origin the ISO alpha-2 country of origin
 * @param value the import value, at least 0, in the schedule's currency
 */
public record ImportWeight(ProductCode code, String origin, BigDecimal value) {

  /**
   * Validates the weight.
   *
   * @throws NullPointerException naming a missing component
   * @throws IllegalArgumentException if the value is negative
   * @throws dev.tariffimpact.schedule.InvalidOriginException if the origin is not ISO alpha-2
   */
  public ImportWeight {
    Objects.requireNonNull(code, "code");
    origin = OriginScope.country(origin);
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "Import value of " + code + " from " + origin + " must not be negative: " + value);
    }
  }

  /**
   * Returns a weight.
   *
   * @param code the product code text, e.g. {@code "610910"}
   * @param origin the origin, e.g. {@code "IN"}
   * @param value the import value
   * @return the weight
   */
  public static ImportWeight of(String code, String origin, BigDecimal value) {
    return new ImportWeight(ProductCode.parse(code), origin, value);
  }
}
