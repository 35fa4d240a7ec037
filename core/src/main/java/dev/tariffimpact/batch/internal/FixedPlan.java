package dev.tariffimpact.batch.internal;

import dev.tariffimpact.customs.AssessmentComponent.Category;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.internal.LinePlan;
import dev.tariffimpact.rate.LinearRate;
import dev.tariffimpact.rate.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link LinePlan} with its figures as unscaled longs, the form {@link FixedPoint} reads per
 * line. It holds no rule of its own: layers, bases, duty-base indices, rounding, tax exemption and
 * the default tax are the line plan's; only the numbers change representation. {@link #EXACT} when
 * the line plan is exact-only or a figure does not fit the fixed-point ranges.
 *
 * <p>Immutable; shared by every line of the same plan.
 */
final class FixedPlan {

  /** Sentinel: the fixed-point evaluator does not take this plan; use the Assessor. */
  static final FixedPlan EXACT = new FixedPlan(new Layer[0], false, null, 0, null);

  static final int DUTY = 0;
  static final int FEE = 1;
  static final int TAX = 2;

  static final int ON_VALUE = 0;
  static final int ON_VALUE_PLUS_DUTIES = 1;
  static final int ON_DUTIES = 2;

  static final int ONE = 0;
  static final int GREATEST = 1;
  static final int LEAST = 2;

  /**
   * An amount per one unit: {@code amount} (unscaled at {@code scale}) of money per {@code unit}.
   */
  record PerUnit(long amount, int scale, Unit unit) {}

  /** One linear rate: a percent (unscaled at {@code percentScale}) plus per-unit parts. */
  record Term(long percent, int percentScale, PerUnit[] perUnit) {}

  /** A layer of the line plan: category, base, duty-base indices, how terms combine, rounding. */
  record Layer(
      int category,
      int base,
      int[] dutyBase,
      int combine,
      Term[] terms,
      int roundingScale,
      RoundingMode roundingMode) {}

  /** The default tax's percent (unscaled at {@code scale}) and rounding, or null when none. */
  record DefaultTax(long percent, int scale, Rounding rounding) {}

  final Layer[] layers;
  final boolean taxExempt;
  final DefaultTax defaultTax;

  /**
   * The notes of every line the plan takes ({@link dev.tariffimpact.batch.BatchNote} bits): those a
   * line declaring nothing gets from its code and origin, as the Assessor words them.
   */
  final int notes;

  private final String signature;

  private FixedPlan(
      Layer[] layers, boolean taxExempt, DefaultTax defaultTax, int notes, String signature) {
    this.layers = layers;
    this.taxExempt = taxExempt;
    this.defaultTax = defaultTax;
    this.notes = notes;
    this.signature = signature;
  }

  /**
   * Returns this plan with the notes of its lines; {@link #EXACT} stays itself (the Assessor notes
   * its lines).
   *
   * @param bits {@link dev.tariffimpact.batch.BatchNote} bits
   */
  FixedPlan withNotes(int bits) {
    if (this == EXACT || bits == notes) {
      return this;
    }
    FixedPlan p = new FixedPlan(layers, taxExempt, defaultTax, bits, null);
    return new FixedPlan(layers, taxExempt, defaultTax, bits, p.describe());
  }

  /**
   * Converts a line plan; {@link #EXACT} when it is exact-only, lacks a base duty (the Assessor
   * words that failure), or a figure does not fit.
   */
  static FixedPlan of(LinePlan plan) {
    if (plan.exactOnly() || !plan.hasBaseDuty()) {
      return EXACT;
    }
    List<LinePlan.Layer> source = plan.layers();
    Layer[] layers = new Layer[source.size()];
    for (int k = 0; k < layers.length; k++) {
      LinePlan.Layer l = source.get(k);
      int base =
          switch (l.base()) {
            case CUSTOMS_VALUE -> ON_VALUE;
            case VALUE_PLUS_DUTIES -> ON_VALUE_PLUS_DUTIES;
            case DUTY_AMOUNT -> ON_DUTIES;
          };
      layers[k] = layer(category(l.category()), base, l.dutyBase(), l.linear(), l.rounding());
      if (layers[k] == null) {
        return EXACT;
      }
    }
    DefaultTax tax = null;
    if (plan.defaultTax() != null) {
      BigDecimal pct = nonNegativeScale(plan.defaultTax().percent());
      if (!fits(pct, 10) || plan.taxRounding().scale() > Fixed.MONEY_SCALE) {
        return EXACT;
      }
      tax = new DefaultTax(pct.unscaledValue().longValue(), pct.scale(), plan.taxRounding());
    }
    FixedPlan p = new FixedPlan(layers, plan.taxExempt(), tax, 0, null);
    return new FixedPlan(layers, plan.taxExempt(), tax, 0, p.describe());
  }

  /**
   * One layer in longs: the rate's linear form as terms; null when a figure does not fit or the
   * rounding is finer than {@link Fixed#MONEY_SCALE}.
   */
  static Layer layer(
      int category, int base, int[] dutyBase, LinearRate.Form form, Rounding rounding) {
    List<LinearRate> linear = form.terms();
    Term[] terms = new Term[linear.size()];
    for (int t = 0; t < terms.length; t++) {
      terms[t] = term(linear.get(t));
      if (terms[t] == null) {
        return null;
      }
    }
    if (rounding.scale() > Fixed.MONEY_SCALE) {
      return null;
    }
    int combine =
        switch (form.choice()) {
          case ONE -> ONE;
          case GREATEST -> GREATEST;
          case LEAST -> LEAST;
        };
    return new Layer(category, base, dutyBase, combine, terms, rounding.scale(), rounding.mode());
  }

  private static int category(Category c) {
    return switch (c) {
      case DUTY -> DUTY;
      case FEE -> FEE;
      case TAX -> TAX;
    };
  }

  /** A linear rate in longs, or null when a figure does not fit. */
  private static Term term(LinearRate rate) {
    BigDecimal percent = nonNegativeScale(rate.percent());
    if (!fits(percent, 10)) {
      return null;
    }
    PerUnit[] parts = new PerUnit[rate.perUnit().size()];
    for (int p = 0; p < parts.length; p++) {
      LinearRate.PerUnit u = rate.perUnit().get(p);
      BigDecimal amount = nonNegativeScale(u.amount());
      if (!fits(amount, 12)) {
        return null;
      }
      parts[p] = new PerUnit(amount.unscaledValue().longValue(), amount.scale(), u.unit());
    }
    return new Term(percent.unscaledValue().longValue(), percent.scale(), parts);
  }

  static BigDecimal nonNegativeScale(BigDecimal d) {
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Whether a decimal fits the fixed-point ranges: at most {@code maxScale} decimals, 62 bits. */
  static boolean fits(BigDecimal d, int maxScale) {
    return d.scale() <= maxScale && d.unscaledValue().bitLength() <= 62;
  }

  /**
   * A text naming every figure the evaluator reads and the notes: equal texts compute equal amounts
   * and notes.
   */
  private String describe() {
    StringBuilder b = new StringBuilder().append(taxExempt ? 'X' : '-').append('N').append(notes);
    if (defaultTax != null) {
      b.append('T').append(defaultTax.percent()).append('e').append(defaultTax.scale());
      b.append(defaultTax.rounding());
    }
    for (Layer l : layers) {
      b.append('|').append(l.category()).append(',').append(l.base()).append(',');
      b.append(Arrays.toString(l.dutyBase())).append(',').append(l.combine()).append(',');
      b.append(l.roundingScale()).append(l.roundingMode());
      for (Term t : l.terms()) {
        b.append(';').append(t.percent()).append('e').append(t.percentScale());
        for (PerUnit u : t.perUnit()) {
          b.append('+').append(u.amount()).append('e').append(u.scale());
          b.append('/').append(u.unit().name());
        }
      }
    }
    return b.toString();
  }

  /**
   * Returns the one plan of this signature in {@code pool}, adding this one if it is the first.
   * Thousands of (code, origin) pairs share a handful of distinct plans (the same MFN rate and the
   * same additional duties); sharing the objects keeps the ones the evaluator reads in cache.
   */
  FixedPlan intern(ConcurrentMap<String, FixedPlan> pool) {
    if (this == EXACT) {
      return this;
    }
    FixedPlan existing = pool.putIfAbsent(signature, this);
    return existing == null ? this : existing;
  }
}
