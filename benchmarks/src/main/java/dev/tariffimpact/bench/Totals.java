package dev.tariffimpact.bench;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answer every peer must give, to the cent: per scenario the line count, customs value, duty
 * and entry fees (MPF + HMF), and per (scenario, origin) the line count, customs value and duty.
 * Amounts are normalised to scale 2 with {@code UNNECESSARY}, so a sub-cent amount is an error, and
 * {@link #equals} is exact.
 *
 * @param byScenario totals per scenario
 * @param byOrigin totals per {@code scenario|origin} (fees not allocated: zero)
 */
public record Totals(SortedMap<String, Line> byScenario, SortedMap<String, Line> byOrigin) {

  /**
   * One aggregate row.
   *
   * @param lines line count
   * @param customsValue summed customs value
   * @param duty summed duty
   * @param fees summed entry fees
   */
  public record Line(long lines, BigDecimal customsValue, BigDecimal duty, BigDecimal fees) {

    /** Normalises the amounts to cents. */
    public Line {
      customsValue = cents(customsValue);
      duty = cents(duty);
      fees = cents(fees);
    }

    Line plus(Line o) {
      return new Line(
          lines + o.lines, customsValue.add(o.customsValue), duty.add(o.duty), fees.add(o.fees));
    }
  }

  static BigDecimal cents(BigDecimal amount) {
    return Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.UNNECESSARY);
  }

  /** Collects rows; per-scenario totals are summed from the origin rows plus the fees. */
  static final class Builder {
    private final SortedMap<String, Line> byOrigin = new TreeMap<>();
    private final SortedMap<String, BigDecimal> fees = new TreeMap<>();

    Builder origin(String scenario, String origin, long lines, BigDecimal cv, BigDecimal duty) {
      byOrigin.merge(
          scenario + "|" + origin, new Line(lines, cv, duty, BigDecimal.ZERO), Line::plus);
      return this;
    }

    Builder fees(String scenario, BigDecimal amount) {
      fees.merge(scenario, amount, BigDecimal::add);
      return this;
    }

    Totals build() {
      SortedMap<String, Line> byScenario = new TreeMap<>();
      for (Map.Entry<String, Line> e : byOrigin.entrySet()) {
        String scenario = e.getKey().substring(0, e.getKey().indexOf('|'));
        byScenario.merge(scenario, e.getValue(), Line::plus);
      }
      for (Map.Entry<String, BigDecimal> e : fees.entrySet()) {
        byScenario.merge(
            e.getKey(), new Line(0, BigDecimal.ZERO, BigDecimal.ZERO, e.getValue()), Line::plus);
      }
      return new Totals(byScenario, byOrigin);
    }
  }

  /**
   * Reads our engine's aggregates (grouping by origin required).
   *
   * @param result the batch result
   * @return the totals
   */
  public static Totals of(BatchResult result) {
    Builder b = new Builder();
    SortedMap<String, Line> totals = new TreeMap<>();
    for (Aggregate a : result.aggregates()) {
      if (a.taxes().signum() != 0) {
        throw new IllegalStateException("the workload has no taxes, got " + a);
      }
      if (a.origin() != null && a.category() == null && a.chapter() == null) {
        b.origin(a.scenario(), a.origin(), a.lines(), a.customsValue(), a.duty());
      } else if (a.origin() == null
          && a.category() == null
          && a.chapter() == null
          && a.importer() == null) {
        totals.put(a.scenario(), new Line(a.lines(), a.customsValue(), a.duty(), a.fees()));
      }
    }
    return new Totals(totals, b.build().byOrigin());
  }
}
