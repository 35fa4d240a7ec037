package dev.tariffimpact.economics.data;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.Confidence;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product's imports from a partner, with its import demand elasticity, each with source and
 * confidence (a row of {@code data/economics/india-us-trade-hs6.csv}).
 *
 * <p>Example: {@code 610910, 1146240000 USD, eidb-fy2024-25 (R), 1.19, hauk-2012 (R)}. A two-digit
 * code is a chapter residual: imports the partial weights miss, reconciled to FACTS.md section 4.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the HS6 code, or a chapter for a residual row
 * @param value the import value in US$, at least 0
 * @param valueSource the source key (see data/README.md)
 * @param valueConfidence the value's confidence
 * @param importDemandElasticity the import demand elasticity, a positive magnitude
 * @param elasticitySource the source key of the elasticity
 * @param elasticityConfidence the elasticity's confidence
 */
public record ProductTrade(
    ProductCode code,
    BigDecimal value,
    String valueSource,
    Confidence valueConfidence,
    double importDemandElasticity,
    String elasticitySource,
    Confidence elasticityConfidence) {

  /**
   * Validates the row.
   *
   * @throws NullPointerException naming a missing component
   * @throws IllegalArgumentException if the value or elasticity is negative
   */
  public ProductTrade {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueSource, "valueSource");
    Objects.requireNonNull(valueConfidence, "valueConfidence");
    Objects.requireNonNull(elasticitySource, "elasticitySource");
    Objects.requireNonNull(elasticityConfidence, "elasticityConfidence");
    if (value.signum() < 0 || !(importDemandElasticity >= 0)) {
      throw new IllegalArgumentException(
          "Product " + code + ": value and elasticity must not be negative");
    }
  }

  /**
   * Tells whether the row is a chapter residual rather than a product.
   *
   * @return true for a two-digit code
   */
  public boolean isResidual() {
    return code.length() == 2;
  }
}
