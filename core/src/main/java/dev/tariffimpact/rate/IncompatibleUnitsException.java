package dev.tariffimpact.rate;

import dev.tariffimpact.TariffImpactException;

/** A conversion between units of different dimensions, for example kilograms into litres. */
public final class IncompatibleUnitsException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final Unit from;
  private final Unit to;

  /**
   * Creates the exception.
   *
   * @param from the unit of the amount
   * @param to the unit wanted
   */
  public IncompatibleUnitsException(Unit from, Unit to) {
    super(
        "Cannot convert "
            + from.symbol()
            + " ("
            + from.dimension()
            + ") into "
            + to.symbol()
            + " ("
            + to.dimension()
            + ")");
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the unit of the amount.
   *
   * @return the source unit
   */
  public Unit from() {
    return from;
  }

  /**
   * Returns the unit wanted.
   *
   * @return the target unit
   */
  public Unit to() {
    return to;
  }
}
