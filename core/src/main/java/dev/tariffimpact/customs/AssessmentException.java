package dev.tariffimpact.customs;

import dev.tariffimpact.TariffImpactException;

/**
 * An entry cannot be assessed: a missing input (freight, a quantity a specific rate needs, an
 * exchange rate), a product or origin without base duty, a date outside every validity, or an
 * unknown fee band. The message names the line (index, code, origin) and the input.
 */
public final class AssessmentException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final Reason reason;
  private final int lineIndex;

  /** What kind of failure it is. */
  public enum Reason {
    /** An input a rate or the valuation needs is missing (quantity, freight, component value). */
    MISSING_INPUT,
    /** No exchange rate for a pair on the regime's date. */
    MISSING_EXCHANGE_RATE,
    /** The schedule has no base duty covering the product code. */
    NO_BASE_DUTY,
    /** Base duties cover the code but none covers the origin. */
    ORIGIN_NOT_COVERED,
    /** Base duties cover the code and origin but none is valid on the schedule's date. */
    OUTSIDE_VALIDITY,
    /** A rate cannot be computed (a reference rate) or fails for another reason. */
    NOT_COMPUTABLE,
    /** A fee's figures are unknown for the entry date or entry type. */
    FEE_UNKNOWN,
    /** The entry, regime and schedule do not belong together. */
    MISMATCH
  }

  /**
   * Creates the exception.
   *
   * @param reason the kind of failure
   * @param lineIndex the line's index, or {@link AssessmentComponent#ENTRY_LEVEL} for the entry
   * @param message what is missing or wrong, naming the input
   * @param cause the underlying failure, may be null
   */
  public AssessmentException(Reason reason, int lineIndex, String message, Throwable cause) {
    super(message, cause);
    this.reason = java.util.Objects.requireNonNull(reason, "reason");
    this.lineIndex = lineIndex;
  }

  /**
   * Returns the kind of failure.
   *
   * @return for example {@link Reason#MISSING_INPUT}
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the line the failure is about.
   *
   * @return its index, or -1 for the entry as a whole
   */
  public int lineIndex() {
    return lineIndex;
  }
}
