package dev.tariffimpact.bench;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The resolved layers of one (code, origin) under one compiled schedule, flattened to the rate
 * shapes a SQL peer can compute with DECIMAL arithmetic: per layer a fraction of the customs value
 * ({@code percent / 100}), an amount per unit of the line's own quantity and an amount per kg. The
 * peers get these for free (precomputed with our {@link CompiledSchedule}); they still do the
 * per-line arithmetic, the rounding and the aggregation themselves.
 *
 * <p>Only ad valorem, specific (in the schedule currency, per unit of the line's dimension or per
 * kg) and compounds of those are expressible; a rate per mass on a line whose quantity is a mass
 * other than kg (g, t, carat: the generator writes no net mass then, the quantity is the net mass)
 * is an amount per unit of that quantity; anything else (greater-of, component, quota, reference
 * rates, duty-on-duty or value-plus-duties bases) makes the candidate unusable, and the workload
 * generator leaves it out. Every amount is exact (a non-terminating conversion also excludes the
 * candidate) and has at most {@link #MAX_SCALE} decimals (the SQL column scale).
 */
public final class FlatRates {

  /** Decimals of the rate columns of the SQL peer ({@code DECIMAL(18,10)}). */
  public static final int MAX_SCALE = 10;

  /**
   * One layer (one measure), rounded once by the regime.
   *
   * @param measure measure id
   * @param fraction ad valorem percent / 100
   * @param perUnit amount per unit of the line's quantity unit
   * @param perKg amount per kg of net mass
   */
  public record Layer(String measure, BigDecimal fraction, BigDecimal perUnit, BigDecimal perKg) {}

  private FlatRates() {}

  /**
   * Flattens the layers that apply to a line.
   *
   * @param schedule the compiled schedule
   * @param code product code
   * @param origin country of origin
   * @param lineUnit unit of the line's quantity
   * @return the layers, or empty when some layer is not expressible
   */
  public static Optional<List<Layer>> flatten(
      CompiledSchedule schedule, ProductCode code, String origin, Unit lineUnit) {
    List<Layer> out = new ArrayList<>();
    for (Measure m : schedule.applicable(code, origin)) {
      Optional<Layer> layer = layer(m, lineUnit, schedule.currency());
      if (layer.isEmpty()) {
        return Optional.empty();
      }
      out.add(layer.get());
    }
    return Optional.of(List.copyOf(out));
  }

  /**
   * Flattens one measure.
   *
   * @param m the measure
   * @param lineUnit unit of the line's quantity
   * @param currency the schedule currency
   * @return the layer, or empty when the measure is not expressible
   */
  public static Optional<Layer> layer(Measure m, Unit lineUnit, Currency currency) {
    switch (m.kind()) {
      case BASE_DUTY, PREFERENCE, ADDITIONAL_DUTY -> {}
      default -> {
        return Optional.empty();
      }
    }
    if (m.base() != DutyBase.CUSTOMS_VALUE) {
      return Optional.empty();
    }
    BigDecimal[] acc = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    if (!add(m.rate(), lineUnit, currency, acc)) {
      return Optional.empty();
    }
    for (BigDecimal a : acc) {
      if (a.stripTrailingZeros().scale() > MAX_SCALE) {
        return Optional.empty();
      }
    }
    return Optional.of(new Layer(m.id(), acc[0], acc[1], acc[2]));
  }

  private static boolean add(Rate rate, Unit lineUnit, Currency currency, BigDecimal[] acc) {
    if (rate instanceof AdValorem a) {
      acc[0] = acc[0].add(a.percent().movePointLeft(2));
      return true;
    }
    if (rate instanceof Specific s) {
      if (!s.currency().equals(currency)) {
        return false;
      }
      try {
        BigDecimal perOne = s.amount().divide(s.per());
        if (s.unit().dimension() == Dimension.MASS
            && (lineUnit == Unit.KG || lineUnit.dimension() != Dimension.MASS)) {
          acc[2] = acc[2].add(perOne.multiply(Unit.KG.factor()).divide(s.unit().factor()));
        } else if (s.unit().dimension() == lineUnit.dimension()) {
          acc[1] = acc[1].add(perOne.multiply(lineUnit.factor()).divide(s.unit().factor()));
        } else {
          return false;
        }
      } catch (ArithmeticException nonTerminating) {
        return false;
      }
      return true;
    }
    if (rate instanceof Compound c) {
      for (Rate part : c.parts()) {
        if (!add(part, lineUnit, currency, acc)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
