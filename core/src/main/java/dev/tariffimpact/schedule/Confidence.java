package dev.tariffimpact.schedule;

/**
 * How well a figure is established; U figures must be shown to the user as assumptions.
 *
 * <p>Example: the IEEPA India country rate of 25% is {@link #V}; a proposed Section 301 rate is
 * {@link #U}.
 */
public enum Confidence {
  /** Confirmed by an official source or two independent sources. */
  V,
  /** Reported by one credible source. */
  R,
  /** Unverified or conflicting. */
  U;

  /**
   * Tells whether outputs must show a figure of this confidence as an assumption.
   *
   * @return true for {@link #U}
   */
  public boolean isAssumption() {
    return this == U;
  }
}
