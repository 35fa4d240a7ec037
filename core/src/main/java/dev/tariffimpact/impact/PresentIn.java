package dev.tariffimpact.impact;

/** On which side of a comparison a component was charged. */
public enum PresentIn {
  /** Charged before and after. */
  BOTH,
  /** Charged only before; the after amount is shown as zero. */
  BEFORE_ONLY,
  /** Charged only after; the before amount is shown as zero. */
  AFTER_ONLY
}
