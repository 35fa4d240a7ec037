package dev.tariffimpact.customs;

import dev.tariffimpact.TariffImpactException;

/**
 * An entry cannot be assessed: a missing input (freight, a quantity a specific rate needs, an
 * exchange rate), a product or origin without base duty, a date outside every validity, or an
 * unknown fee band. The message names the line (index, code, origin) and the input.
 */
public final class AssessmentException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final int lineIndex;

  /**
   * Creates the exception.
   *
   * @param lineIndex the line's index, or {@link AssessmentComponent#ENTRY_LEVEL} for the entry
   * @param message what is missing or wrong, naming the input
   * @param cause the underlying failure, may be null
   */
  public AssessmentException(int lineIndex, String message, Throwable cause) {
    super(message, cause);
    this.lineIndex = lineIndex;
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
