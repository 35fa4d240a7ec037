package dev.tariffimpact.economics.panel;

import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The total statutory duty rate of one line from one origin on one day, with the layers behind it,
 * or the reason it cannot be stated as a percent.
 *
 * <p>Example: cotton T-shirts (6109.10.00) from India on 2025-09-15: layers MFN 16.5, IEEPA India
 * 25, Russian oil 25; total 66.5.
 *
 * <p>Only customs duties count ({@link dev.tariffimpact.schedule.MeasureKind#isDuty()}): fees and
 * taxes are not part of an effective tariff rate. A duty layer is a percent when its rate is ad
 * valorem on the customs value, or ad valorem on the amount of other ad valorem duties ({@link
 * DutyBase#DUTY_AMOUNT}, India's SWS). Anything else (a specific rate, a compound, a rate on a
 * component, a base of value plus duties) needs quantities or values the panel does not have: the
 * stack is then not computable and says which measure and rate, never a zero. A line with no base
 * duty at all is not computable either.
 *
 * <p>A layer with a {@link dev.tariffimpact.schedule.TotalLimit} (a top-up "to a total of 15%" or a
 * cap "not above 15%") is bounded as the Assessor bounds it, by the base duty layers before it:
 * 9903.82.10's Free top-up to 15% adds 9.7 to a 5.3% MFN line and nothing to a 16.5% one. The total
 * is then the Assessor's effective duty rate of the line on that day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateStack {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<RateLayer> layers;
  private final BigDecimal total;
  private final String notComputable;

  private RateStack(List<RateLayer> layers, BigDecimal total, String notComputable) {
    this.layers = List.copyOf(layers);
    this.total = total;
    this.notComputable = notComputable;
  }

  /**
   * Builds the stack of the measures that apply (as {@code CompiledSchedule.applicable} returns
   * them, in assessment order).
   *
   * @param applicable the measures that apply to the line
   * @return the stack
   */
  public static RateStack of(List<Measure> applicable) {
    Objects.requireNonNull(applicable, "applicable");
    List<RateLayer> layers = new ArrayList<>(applicable.size());
    BigDecimal total = BigDecimal.ZERO;
    boolean base = false;
    for (Measure m : applicable) {
      if (!m.kind().isDuty()) {
        continue;
      }
      base |= m.kind().isExclusivePerLine();
      if (!(m.rate() instanceof AdValorem av)) {
        return notComputable(layers, m, "its rate '" + m.rate() + "' is not ad valorem");
      }
      BigDecimal percent;
      if (m.base() == DutyBase.CUSTOMS_VALUE) {
        percent = av.percent();
      } else if (m.base() == DutyBase.DUTY_AMOUNT) {
        BigDecimal on = BigDecimal.ZERO;
        for (int i = 0; i < layers.size(); i++) {
          Measure earlier = applicable.get(indexOf(applicable, layers.get(i).measureId()));
          if (m.dutyBaseIncludes(earlier)) {
            on = on.add(layers.get(i).percent());
          }
        }
        percent = av.percent().multiply(on).movePointLeft(2);
      } else {
        return notComputable(layers, m, "its base is " + m.base());
      }
      if (m.total() != null) {
        // the Assessor's bound on a value of 100: the amounts are then the percents
        percent = m.total().apply(percent, HUNDRED, basePercent(layers));
      }
      layers.add(new RateLayer(m.id(), m.kind(), percent.stripTrailingZeros()));
      total = total.add(percent);
    }
    if (!base) {
      return new RateStack(layers, null, "no base duty (MFN) applies to the line");
    }
    return new RateStack(layers, total.stripTrailingZeros(), null);
  }

  /** The base duty (MFN or preference) charged so far: what a top-up or cap is bounded by. */
  private static BigDecimal basePercent(List<RateLayer> layers) {
    BigDecimal sum = BigDecimal.ZERO;
    for (RateLayer layer : layers) {
      if (layer.kind().isExclusivePerLine()) {
        sum = sum.add(layer.percent());
      }
    }
    return sum;
  }

  private static int indexOf(List<Measure> measures, String id) {
    for (int i = 0; i < measures.size(); i++) {
      if (measures.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("layer " + id + " is not among the measures");
  }

  private static RateStack notComputable(List<RateLayer> layers, Measure m, String why) {
    return new RateStack(layers, null, "measure " + m.id() + ": " + why);
  }

  /**
   * Returns the duty layers in assessment order (up to the first one that is not a percent).
   *
   * @return an unmodifiable list
   */
  public List<RateLayer> layers() {
    return layers;
  }

  /**
   * Returns the total duty rate in percent of the customs value.
   *
   * @return for example 66.5, or empty if not computable (see {@link #notComputableReason()})
   */
  public Optional<BigDecimal> totalPercent() {
    return Optional.ofNullable(total);
  }

  /**
   * Tells whether the total is a percent.
   *
   * @return true when {@link #totalPercent()} is present
   */
  public boolean isComputable() {
    return total != null;
  }

  /**
   * Returns why the total is not a percent.
   *
   * @return for example {@code "measure us-mfn-0802.12.00: its rate '24¢/kg' is not ad valorem"},
   *     empty when computable
   */
  public Optional<String> notComputableReason() {
    return Optional.ofNullable(notComputable);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateStack s
        && layers.equals(s.layers)
        && Objects.equals(total, s.total)
        && Objects.equals(notComputable, s.notComputable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(layers, total, notComputable);
  }

  @Override
  public String toString() {
    return "RateStack{total="
        + (total == null ? "not computable (" + notComputable + ")" : total.toPlainString() + "%")
        + ", layers="
        + layers
        + '}';
  }
}
