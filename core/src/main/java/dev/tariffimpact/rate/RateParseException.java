package dev.tariffimpact.rate;

import dev.tariffimpact.TariffImpactException;

/**
 * Rate text that does not follow any supported syntax. The message quotes the text (at most 40
 * characters of it, see {@link dev.tariffimpact.io.Excerpt}) and the 0-based position where parsing
 * failed, for example {@code Cannot parse rate '6.5 %%' at position 5: unexpected '%'}.
 */
public final class RateParseException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;

  /**
   * Creates the exception.
   *
   * @param text the whole text being parsed
   * @param position the 0-based position of the failure
   * @param reason what was expected
   */
  public RateParseException(String text, int position, String reason) {
    super(
        "Cannot parse rate '"
            + dev.tariffimpact.io.Excerpt.of(text)
            + "' at position "
            + position
            + ": "
            + reason);
    this.text = text;
    this.position = position;
  }

  /**
   * Returns the text that failed.
   *
   * @return the whole text as given
   */
  public String text() {
    return text;
  }

  /**
   * Returns the 0-based position where parsing failed.
   *
   * @return 0 to {@code text().length()}
   */
  public int position() {
    return position;
  }
}
