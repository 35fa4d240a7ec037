package dev.tariffimpact.schedule;

import dev.tariffimpact.TariffImpactException;

/**
 * A schedule whose measures do not fit together: a duplicate id, a stacking rule or duty base that
 * names no measure, a cycle of exclusions, a duty base assessed after the measure that uses it.
 */
public final class InvalidScheduleException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the measure ids involved
   */
  public InvalidScheduleException(String message) {
    super(message);
  }
}
