package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;

/**
 * A scenario, group or schedule asked of a {@link ScenarioSource} that it cannot give: an unknown
 * name (the message lists the known ones), no schedule for an importer, a VAT rate missing or not
 * applicable.
 */
public final class ScenarioSourceException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked, what is known and how to fix it
   */
  public ScenarioSourceException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what was asked, what is known and how to fix it
   * @param cause the underlying failure
   */
  public ScenarioSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
