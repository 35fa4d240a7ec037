package dev.tariffimpact.economics.panel;

import dev.tariffimpact.schedule.MeasureKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One duty layer behind a panel rate: the measure and the percent of the customs value it adds.
 *
 * <p>Example: {@code RateLayer[measureId=us-ieepa-india-25, kind=ADDITIONAL_DUTY, percent=25]}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measureId the measure id
 * @param kind the measure kind
 * @param percent the percent of the customs value, at least 0
 */
public record RateLayer(String measureId, MeasureKind kind, BigDecimal percent) {

  /**
   * Validates the layer.
   *
   * @throws NullPointerException naming a missing component
   * @throws IllegalArgumentException if the percent is negative
   */
  public RateLayer {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException(
          "Layer " + measureId + ": percent must not be negative, was " + percent);
    }
  }
}
