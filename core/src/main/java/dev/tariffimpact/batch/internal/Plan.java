package dev.tariffimpact.batch.internal;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The layers of one (code, origin) under one compiled schedule, in the flat form the fast path
 * evaluates: per layer its category, base, ad valorem percent and specific parts as unscaled longs.
 * Memoised per scenario; immutable.
 */
final class Plan {

  /** Sentinel: the fast path does not cover this (code, origin); use the Assessor. */
  static final Plan FALLBACK = new Plan(new Layer[0], false);

  static final int DUTY = 0;
  static final int FEE = 1;
  static final int TAX = 2;

  static final int ON_VALUE = 0;
  static final int ON_VALUE_PLUS_DUTIES = 1;
  static final int ON_DUTIES = 2;

  /** A specific part: {@code unitAmount} (scale {@code scale}) of money per one {@code unit}. */
  record SpecificPart(long unitAmount, int scale, Unit unit) {}

  /** One layer. */
  record Layer(
      int category,
      int base,
      int[] dutyBase,
      long percent,
      int percentScale,
      SpecificPart[] specifics) {}

  final Layer[] layers;
  final boolean taxExempt;

  private Plan(Layer[] layers, boolean taxExempt) {
    this.layers = layers;
    this.taxExempt = taxExempt;
  }

  static Plan of(CompiledSchedule schedule, CustomsRegime regime, ProductCode code, String origin) {
    List<Measure> measures;
    try {
      measures = schedule.applicable(code, origin);
    } catch (RuntimeException e) {
      return FALLBACK;
    }
    boolean hasBase =
        measures.stream()
            .anyMatch(m -> m.kind() == MeasureKind.BASE_DUTY || m.kind() == MeasureKind.PREFERENCE);
    if (!hasBase) {
      return FALLBACK;
    }
    List<Measure> sorted = new ArrayList<>(measures);
    sorted.sort(java.util.Comparator.comparingInt(m -> m.kind().assessmentRank()));
    Layer[] layers = new Layer[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      Measure m = sorted.get(k);
      int category =
          switch (AssessmentComponent.Category.of(m.kind())) {
            case DUTY -> DUTY;
            case FEE -> FEE;
            case TAX -> TAX;
          };
      int base =
          switch (m.base()) {
            case CUSTOMS_VALUE -> ON_VALUE;
            case VALUE_PLUS_DUTIES -> ON_VALUE_PLUS_DUTIES;
            case DUTY_AMOUNT -> ON_DUTIES;
          };
      List<Integer> dutyBase = new ArrayList<>();
      if (base == ON_DUTIES) {
        for (int j = 0; j < k; j++) {
          if (m.dutyBaseIncludes(sorted.get(j))) {
            dutyBase.add(j);
          }
        }
      }
      BigDecimal percent = BigDecimal.ZERO;
      List<SpecificPart> specifics = new ArrayList<>();
      List<Rate> parts = m.rate() instanceof Compound c ? c.parts() : List.of(m.rate());
      for (Rate part : parts) {
        if (part instanceof AdValorem av) {
          percent = percent.add(av.percent());
        } else if (part instanceof Specific sp && sp.currency().equals(regime.currency())) {
          BigDecimal perUnit;
          try {
            perUnit = sp.amount().divide(sp.per());
          } catch (ArithmeticException nonTerminating) {
            return FALLBACK;
          }
          perUnit = perUnit.scale() < 0 ? perUnit.setScale(0) : perUnit;
          if (perUnit.scale() > 12 || perUnit.unscaledValue().bitLength() > 62) {
            return FALLBACK;
          }
          specifics.add(
              new SpecificPart(perUnit.unscaledValue().longValue(), perUnit.scale(), sp.unit()));
        } else {
          return FALLBACK;
        }
      }
      percent = percent.scale() < 0 ? percent.setScale(0) : percent;
      if (percent.scale() > 10 || percent.unscaledValue().bitLength() > 62) {
        return FALLBACK;
      }
      layers[k] =
          new Layer(
              category,
              base,
              dutyBase.stream().mapToInt(Integer::intValue).toArray(),
              percent.unscaledValue().longValue(),
              percent.scale(),
              specifics.toArray(new SpecificPart[0]));
    }
    boolean taxExempt =
        regime.taxExemption() != null && regime.taxExemption().scope().contains(code);
    return new Plan(layers, taxExempt);
  }
}
