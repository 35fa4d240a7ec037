package dev.tariffimpact.economics.smart;

/**
 * The three elasticities of the WITS SMART partial-equilibrium model for one product.
 *
 * <p>Example: {@code SmartParameters.of(1.2)} is an import demand elasticity of 1.2 with the SMART
 * defaults: substitution elasticity 1.5 and export supply elasticity 99 ("practically infinite").
 *
 * <p>Sign convention: every elasticity is a positive magnitude. A tariff rise lowers imports by
 * {@code importDemand} percent per percent of price rise (docs/economics.md).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param importDemand own-price import demand elasticity (magnitude, at least 0)
 * @param substitution Armington substitution elasticity between the partner and the rest of the
 *     world (at least 0)
 * @param exportSupply export supply elasticity (greater than 0); {@value #INFINITE_SUPPLY} or more
 *     is treated as infinite, as SMART does
 */
public record SmartParameters(double importDemand, double substitution, double exportSupply) {

  /** The SMART default substitution elasticity (World Bank WITS help, FACTS.md s.5). */
  public static final double DEFAULT_SUBSTITUTION = 1.5;

  /** The SMART default export supply elasticity, read as infinite (FACTS.md s.5). */
  public static final double INFINITE_SUPPLY = 99;

  /**
   * Validates the elasticities.
   *
   * @throws IllegalArgumentException if one is negative, not finite, or the supply is not positive
   */
  public SmartParameters {
    check("importDemand", importDemand);
    check("substitution", substitution);
    check("exportSupply", exportSupply);
    if (exportSupply <= 0) {
      throw new IllegalArgumentException(
          "exportSupply must be greater than 0, was " + exportSupply);
    }
  }

  private static void check(String name, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          name + " must be a finite magnitude of at least 0, was " + value);
    }
  }

  /**
   * Returns the parameters with the SMART defaults for substitution (1.5) and supply (99).
   *
   * @param importDemand the import demand elasticity, e.g. 1.2
   * @return the parameters
   */
  public static SmartParameters of(double importDemand) {
    return new SmartParameters(importDemand, DEFAULT_SUBSTITUTION, INFINITE_SUPPLY);
  }

  /**
   * Returns a copy with another export supply elasticity.
   *
   * @param value the elasticity, e.g. 2
   * @return the copy
   */
  public SmartParameters withExportSupply(double value) {
    return new SmartParameters(importDemand, substitution, value);
  }

  /**
   * Returns a copy with another substitution elasticity.
   *
   * @param value the elasticity, e.g. 3
   * @return the copy
   */
  public SmartParameters withSubstitution(double value) {
    return new SmartParameters(importDemand, value, exportSupply);
  }

  /**
   * Tells whether export supply is treated as infinite (the exporter's price does not move).
   *
   * @return true if {@link #exportSupply()} is at least {@value #INFINITE_SUPPLY}
   */
  public boolean infiniteSupply() {
    return exportSupply >= INFINITE_SUPPLY;
  }
}
