package dev.tariffimpact.economics.panel;

import java.math.BigDecimal;

/**
 * The total-rate bands of the import-value distribution (as the Budget Lab and GTRI report it).
 *
 * <p>Example: {@code RateBand.of(new BigDecimal("26.5"))} is {@link #FROM_25_TO_50}.
 */
public enum RateBand {
  /** Duty free: 0%. */
  FREE("0"),
  /** More than 0% up to and including 10%. */
  UP_TO_10("(0,10]"),
  /** More than 10% up to and including 25%. */
  FROM_10_TO_25("(10,25]"),
  /** More than 25% and less than 50%. */
  FROM_25_TO_50("(25,50)"),
  /** 50% or more. */
  FIFTY_OR_MORE(">=50");

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

  private final String label;

  RateBand(String label) {
    this.label = label;
  }

  /**
   * Returns the band of a total rate.
   *
   * @param percent the total rate in percent, at least 0
   * @return the band
   */
  public static RateBand of(BigDecimal percent) {
    if (percent.signum() == 0) {
      return FREE;
    }
    if (percent.compareTo(TEN) <= 0) {
      return UP_TO_10;
    }
    if (percent.compareTo(TWENTY_FIVE) <= 0) {
      return FROM_10_TO_25;
    }
    return percent.compareTo(FIFTY) < 0 ? FROM_25_TO_50 : FIFTY_OR_MORE;
  }

  /**
   * Returns the interval, as printed in tables and JSON.
   *
   * @return for example {@code "(10,25]"}
   */
  public String label() {
    return label;
  }
}
