package dev.tariffimpact.rate;

/**
 * The shape of a rate at its top level, for statistics and display.
 *
 * <p>Example: {@code RateParser.parse("11¢/kg + 20%").kind() == RateKind.COMPOUND}.
 */
public enum RateKind {
  /** Zero ad valorem ({@code Free}). */
  FREE,
  /** A percentage of the value. */
  AD_VALOREM,
  /** An amount per unit of quantity. */
  SPECIFIC,
  /** A sum of rates. */
  COMPOUND,
  /** The higher of several rates ("whichever is higher"). */
  GREATER_OF,
  /** The lower of several rates. */
  LESSER_OF,
  /** A rate with a floor (MIN) and/or a ceiling (MAX). */
  BOUNDED,
  /** A tariff-rate quota: one rate within the quota, another above it. */
  QUOTA,
  /** A rate applied to a named component's value or quantity. */
  COMPONENT,
  /** A rate per unit that slides with a measured property (sugar degrees). */
  SLIDING_SCALE,
  /** A reference to another rate or note; not computable on its own. */
  REFERENCE
}
