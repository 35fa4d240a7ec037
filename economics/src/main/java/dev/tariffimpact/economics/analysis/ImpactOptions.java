package dev.tariffimpact.economics.analysis;

import dev.tariffimpact.economics.price.PriceEffect;
import dev.tariffimpact.economics.uncertainty.Uncertainty;
import dev.tariffimpact.schedule.OriginScope;
import java.util.Objects;

/**
 * The settings of an {@link ImpactAnalysis}, each default a stated assumption.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param restOfWorldOrigin the origin whose rates before the change stand for the rest of the
 *     world, held in both scenarios (default {@code DE})
 * @param partnerShare the partner's share of the importer's imports of each product, used to size
 *     the rest of the world's imports ({@code M_o = M_c x (1 - s) / s}) because no product-level
 *     figure is bundled; default 87.4 / 3,295.6 = 2.65% (U)
 * @param totalImports the importer's total goods imports, for the economy-wide ETR of the price
 *     effect; default US$ 3,295.6 bn (US 2024, Census basis; U: not in FACTS.md)
 * @param uncertainty the parameter distributions
 * @param priceEffect the price-effect parameters (pass-through drawn from the uncertainty)
 * @param draws Monte Carlo draws, at least 1
 * @param seed the Monte Carlo seed
 */
public record ImpactOptions(
    String restOfWorldOrigin,
    double partnerShare,
    double totalImports,
    Uncertainty uncertainty,
    PriceEffect priceEffect,
    int draws,
    long seed) {

  /** US goods imports 2024, Census basis, US$ (U: not in FACTS.md). */
  public static final double US_TOTAL_IMPORTS_2024 = 3_295.6e9;

  /** US imports from India 2024 over total US imports (FACTS.md s.4 V over a U total). */
  public static final double INDIA_SHARE_2024 = 87.4e9 / US_TOTAL_IMPORTS_2024;

  /** The defaults: rest of world {@code DE}, 2.65% share, 1,000 draws, seed 42. */
  public static final ImpactOptions DEFAULT =
      new ImpactOptions(
          "DE",
          INDIA_SHARE_2024,
          US_TOTAL_IMPORTS_2024,
          Uncertainty.DEFAULT,
          PriceEffect.BUDGET_LAB,
          1000,
          42);

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException naming a value out of range
   * @throws dev.tariffimpact.schedule.InvalidOriginException if the origin is not ISO alpha-2
   */
  public ImpactOptions {
    restOfWorldOrigin = OriginScope.country(restOfWorldOrigin);
    Objects.requireNonNull(uncertainty, "uncertainty");
    Objects.requireNonNull(priceEffect, "priceEffect");
    if (!(partnerShare > 0 && partnerShare <= 1)) {
      throw new IllegalArgumentException("partnerShare must be in (0, 1], was " + partnerShare);
    }
    if (!(totalImports > 0)) {
      throw new IllegalArgumentException("totalImports must be positive, was " + totalImports);
    }
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
  }

  /**
   * Returns a copy with another number of draws and seed.
   *
   * @param n the draws
   * @param s the seed
   * @return the copy
   */
  public ImpactOptions withDraws(int n, long s) {
    return new ImpactOptions(
        restOfWorldOrigin, partnerShare, totalImports, uncertainty, priceEffect, n, s);
  }
}
