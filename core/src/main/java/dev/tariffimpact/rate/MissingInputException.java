package dev.tariffimpact.rate;

import dev.tariffimpact.TariffImpactException;
import java.util.Objects;

/**
 * A rate needs an input the {@link RateContext} does not provide, for example the mass for {@code
 * 2.2¢/kg}. No rate ever treats a missing input as zero.
 */
public final class MissingInputException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final transient RateInput input;

  /**
   * Creates the exception.
   *
   * @param input the missing input
   * @param rate the rate text that needs it
   */
  public MissingInputException(RateInput input, String rate) {
    super(
        "Rate '"
            + rate
            + "' needs the "
            + Objects.requireNonNull(input, "input").describe()
            + ", which was not given");
    this.input = input;
  }

  /**
   * Returns the missing input.
   *
   * @return for example {@code new RateInput.QuantityIn(Dimension.MASS)}
   */
  public RateInput input() {
    return input;
  }
}
