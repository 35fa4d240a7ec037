package dev.tariffimpact.batch.internal;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.GreaterOf;
import dev.tariffimpact.rate.LesserOf;
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

  /** A sum of an ad valorem percent and specific parts: one rate, or one operand of a max/min. */
  record Term(long percent, int percentScale, SpecificPart[] specifics) {}

  static final int SUM = 0;
  static final int MAX = 1;
  static final int MIN = 2;

  /** One layer: a single term, or the greatest ({@code MAX}) or least ({@code MIN}) of terms. */
  record Layer(int category, int base, int[] dutyBase, int combine, Term[] terms) {}

  final Layer[] layers;
  final boolean taxExempt;

  private Plan(Layer[] layers, boolean taxExempt) {
    this.layers = layers;
    this.taxExempt = taxExempt;
  }

  /**
   * A text naming everything the fast path reads from this plan: two plans with the same signature
   * compute the same amounts, so one object can serve both (see {@link #intern}).
   */
  String signature() {
    StringBuilder b = new StringBuilder().append(taxExempt ? 'X' : '-');
    for (Layer l : layers) {
      b.append('|')
          .append(l.category())
          .append(',')
          .append(l.base())
          .append(',')
          .append(java.util.Arrays.toString(l.dutyBase()))
          .append(',')
          .append(l.combine());
      for (Term t : l.terms()) {
        b.append(';').append(t.percent()).append('e').append(t.percentScale());
        for (SpecificPart sp : t.specifics()) {
          b.append('+')
              .append(sp.unitAmount())
              .append('e')
              .append(sp.scale())
              .append('/')
              .append(sp.unit().name());
        }
      }
    }
    return b.toString();
  }

  /**
   * Returns the one plan of this signature in {@code pool}, adding this one if it is the first.
   * Thousands of (code, origin) pairs share a handful of distinct plans (the same MFN rate and the
   * same additional duties); sharing the objects keeps the ones the fast path reads in cache.
   */
  Plan intern(java.util.concurrent.ConcurrentMap<String, Plan> pool) {
    if (this == FALLBACK) {
      return this;
    }
    Plan existing = pool.putIfAbsent(signature(), this);
    return existing == null ? this : existing;
  }

  static Plan of(CompiledSchedule schedule, CustomsRegime regime, ProductCode code, String origin) {
    List<Measure> measures;
    try {
      measures = schedule.applicable(code, origin);
    } catch (RuntimeException e) {
      return FALLBACK;
    }
    if (measures.stream().anyMatch(m -> m.total() != null)) {
      return FALLBACK; // a top-up or cap: the Assessor bounds it by the line's base duty
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
      int combine = SUM;
      List<Rate> operands = List.of(m.rate());
      if (m.rate() instanceof GreaterOf g) {
        combine = MAX;
        operands = g.rates();
      } else if (m.rate() instanceof LesserOf l) {
        combine = MIN;
        operands = l.rates();
      }
      Term[] terms = new Term[operands.size()];
      for (int t = 0; t < terms.length; t++) {
        terms[t] = term(operands.get(t), regime);
        if (terms[t] == null) {
          return FALLBACK;
        }
      }
      layers[k] =
          new Layer(
              category,
              base,
              dutyBase.stream().mapToInt(Integer::intValue).toArray(),
              combine,
              terms);
    }
    boolean taxExempt =
        regime.taxExemption() != null && regime.taxExemption().scope().contains(code);
    return new Plan(layers, taxExempt);
  }

  /** A rate as a term, or null when it is not ad valorem, specific or a compound of those. */
  private static Term term(Rate rate, CustomsRegime regime) {
    BigDecimal percent = BigDecimal.ZERO;
    List<SpecificPart> specifics = new ArrayList<>();
    List<Rate> parts = rate instanceof Compound c ? c.parts() : List.of(rate);
    for (Rate part : parts) {
      if (part instanceof AdValorem av) {
        percent = percent.add(av.percent());
      } else if (part instanceof Specific sp && sp.currency().equals(regime.currency())) {
        BigDecimal perUnit;
        try {
          perUnit = sp.amount().divide(sp.per());
        } catch (ArithmeticException nonTerminating) {
          return null;
        }
        perUnit = perUnit.scale() < 0 ? perUnit.setScale(0) : perUnit;
        if (perUnit.scale() > 12 || perUnit.unscaledValue().bitLength() > 62) {
          return null;
        }
        specifics.add(
            new SpecificPart(perUnit.unscaledValue().longValue(), perUnit.scale(), sp.unit()));
      } else {
        return null;
      }
    }
    percent = percent.scale() < 0 ? percent.setScale(0) : percent;
    if (percent.scale() > 10 || percent.unscaledValue().bitLength() > 62) {
      return null;
    }
    return new Term(
        percent.unscaledValue().longValue(),
        percent.scale(),
        specifics.toArray(new SpecificPart[0]));
  }
}
