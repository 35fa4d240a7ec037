package dev.tariffimpact.impact;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.ShipmentLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two assessments of the same shipment under two scenarios (two dates, with and without an
 * overlay, two schedules): before, after and delta per component and in total, the percent change
 * of the landed cost and the change of the effective duty rate.
 *
 * <pre>{@code
 * Impact impact = Impact.of(before, after);
 * impact.totalCharges().delta();         // -4000.00 for the FACTS.md US example
 * impact.components();                   // MFN BOTH, reciprocal BEFORE_ONLY, Section 122 AFTER_ONLY ...
 * }</pre>
 *
 * <p>Components are matched by measure id and line index. One present on one side only appears with
 * zero on the other side and is labelled {@link PresentIn#BEFORE_ONLY} or {@link
 * PresentIn#AFTER_ONLY}. Every delta is exact ({@code after - before}), so the component deltas sum
 * to the total delta.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Impact {

  private final Assessment before;
  private final Assessment after;
  private final List<ImpactComponent> components;

  private Impact(Assessment before, Assessment after, List<ImpactComponent> components) {
    this.before = before;
    this.after = after;
    this.components = components;
  }

  /**
   * Compares two assessments.
   *
   * @param before the assessment before (for example entered 2025-09-15)
   * @param after the assessment after (for example entered 2026-03-01)
   * @return the comparison
   * @throws IllegalArgumentException if the currencies differ or the entries do not have the same
   *     lines (count, product code and origin per line)
   */
  public static Impact of(Assessment before, Assessment after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.currency().equals(after.currency())) {
      throw new IllegalArgumentException(
          "assessments must share a currency, were "
              + before.currency()
              + " and "
              + after.currency());
    }
    List<ShipmentLine> b = before.entry().lines();
    List<ShipmentLine> a = after.entry().lines();
    if (b.size() != a.size()) {
      throw new IllegalArgumentException(
          "assessments must be of the same shipment: " + b.size() + " lines vs " + a.size());
    }
    for (int i = 0; i < b.size(); i++) {
      if (!b.get(i).code().equals(a.get(i).code())
          || !b.get(i).origin().equals(a.get(i).origin())) {
        throw new IllegalArgumentException(
            "assessments must be of the same shipment: line "
                + (i + 1)
                + " is "
                + b.get(i).code()
                + " from "
                + b.get(i).origin()
                + " before and "
                + a.get(i).code()
                + " from "
                + a.get(i).origin()
                + " after");
      }
    }
    Map<String, AssessmentComponent> afterByKey = new LinkedHashMap<>();
    after.components().forEach(c -> afterByKey.put(key(c), c));
    List<ImpactComponent> out = new ArrayList<>();
    for (AssessmentComponent c : before.components()) {
      AssessmentComponent match = afterByKey.remove(key(c));
      out.add(
          match == null
              ? compared(c, PresentIn.BEFORE_ONLY, c.rate(), "", c.amount(), BigDecimal.ZERO)
              : compared(c, PresentIn.BOTH, c.rate(), match.rate(), c.amount(), match.amount()));
    }
    for (AssessmentComponent c : afterByKey.values()) {
      out.add(compared(c, PresentIn.AFTER_ONLY, "", c.rate(), BigDecimal.ZERO, c.amount()));
    }
    return new Impact(before, after, List.copyOf(out));
  }

  /** One component on both sides; {@code c} names the measure and the line. */
  private static ImpactComponent compared(
      AssessmentComponent c,
      PresentIn presentIn,
      String rateBefore,
      String rateAfter,
      BigDecimal before,
      BigDecimal after) {
    return new ImpactComponent(
        c.measureId(),
        c.title(),
        c.kind(),
        c.lineIndex(),
        presentIn,
        rateBefore,
        rateAfter,
        Change.of(before, after));
  }

  private static String key(AssessmentComponent c) {
    return c.lineIndex() + "|" + c.measureId();
  }

  /**
   * Returns the assessment before.
   *
   * @return the before side
   */
  public Assessment before() {
    return before;
  }

  /**
   * Returns the assessment after.
   *
   * @return the after side
   */
  public Assessment after() {
    return after;
  }

  /**
   * Returns every component compared: those of the before side in its order, then those only after.
   *
   * @return the components
   */
  public List<ImpactComponent> components() {
    return components;
  }

  /**
   * Returns the change of the duty total.
   *
   * @return before, after, delta
   */
  public Change duty() {
    return Change.of(before.dutyTotal(), after.dutyTotal());
  }

  /**
   * Returns the change of the fee total.
   *
   * @return before, after, delta
   */
  public Change fees() {
    return Change.of(before.feeTotal(), after.feeTotal());
  }

  /**
   * Returns the change of the tax total.
   *
   * @return before, after, delta
   */
  public Change taxes() {
    return Change.of(before.taxTotal(), after.taxTotal());
  }

  /**
   * Returns the change of duty plus fees plus taxes.
   *
   * @return for example {@code 6697.14 -> 2697.14, delta -4000.00}
   */
  public Change totalCharges() {
    return Change.of(before.totalCharges(), after.totalCharges());
  }

  /**
   * Returns the change of the landed cost.
   *
   * @return the change, empty when either side's landed cost is unknown
   */
  public Optional<Change> landedCost() {
    Optional<BigDecimal> b = before.landedCost();
    Optional<BigDecimal> a = after.landedCost();
    return b.isPresent() && a.isPresent()
        ? Optional.of(Change.of(b.get(), a.get()))
        : Optional.empty();
  }

  /**
   * Returns the percent change of the landed cost, at scale {@link Change#PERCENT_SCALE} HALF_EVEN.
   *
   * @return for example {@code -23.9561}; empty when a landed cost is unknown or the before one is
   *     zero
   */
  public Optional<BigDecimal> landedCostPercentChange() {
    return landedCost().flatMap(Change::percentChange);
  }

  /**
   * Returns the change of the effective duty rate in percentage points.
   *
   * @return for example {@code -40.0000} (66.5% to 26.5%); empty when a customs value is zero
   */
  public Optional<BigDecimal> effectiveRateChange() {
    Optional<BigDecimal> b = before.effectiveDutyRate();
    Optional<BigDecimal> a = after.effectiveDutyRate();
    return b.isPresent() && a.isPresent()
        ? Optional.of(a.get().subtract(b.get()))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "Impact{"
        + before.scenario()
        + " -> "
        + after.scenario()
        + ", total "
        + totalCharges().before().toPlainString()
        + " -> "
        + totalCharges().after().toPlainString()
        + " ("
        + totalCharges().delta().toPlainString()
        + ")}";
  }
}
