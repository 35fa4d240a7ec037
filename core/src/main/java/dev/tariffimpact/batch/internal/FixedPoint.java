package dev.tariffimpact.batch.internal;

import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ValuationBasis;
import dev.tariffimpact.customs.internal.EntryFeePlan;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Assessor's steps in fixed-point longs, named as there: valuation ({@code LineValuer}), layer
 * base, layer amount, round, default tax, entry fee. Each step is the same arithmetic on exact
 * unscaled longs (scale tracked beside), with one rounding where the Assessor rounds; every product
 * and sum is overflow-checked, and an {@link ArithmeticException} sends the entry to the exact
 * fallback. The rules (which layers, which base, which rounding) come from the {@link FixedPlan},
 * i.e. from the line plan; nothing here decides them.
 *
 * <p>Stateless; per-thread scratch space is passed in.
 */
final class FixedPoint {

  // Unit ratios (Unit.exactRatio) as unscaled longs and scales, -1 when none fits; read per line.
  private static final long[][] RATIO;
  private static final int[][] RATIO_SCALE;

  static {
    Unit[] units = Unit.values();
    RATIO = new long[units.length][units.length];
    RATIO_SCALE = new int[units.length][units.length];
    for (Unit from : units) {
      for (Unit to : units) {
        BigDecimal r = from.dimension() == to.dimension() ? from.exactRatio(to).orElse(null) : null;
        boolean usable = r != null && FixedPlan.fits(r, 12);
        RATIO_SCALE[from.ordinal()][to.ordinal()] = usable ? r.scale() : -1;
        RATIO[from.ordinal()][to.ordinal()] = usable ? r.unscaledValue().longValue() : 0;
      }
    }
  }

  private FixedPoint() {}

  /** Per-thread working space: a step's exact result, the layer amounts, a line's totals. */
  static final class Scratch {
    long exact;
    int scale;
    long[] amounts = new long[16];
    boolean[] charged = new boolean[16];
    long customs;
    long cif;
    long goods;
    long duty;
    long fees;
    long taxes;

    void ensure(int layers) {
      if (amounts.length < layers) {
        amounts = new long[layers * 2];
        charged = new boolean[layers * 2];
      }
    }
  }

  /**
   * Step "valuation" ({@code LineValuer.value}): FOB = invoice - included freight - included
   * insurance; the regime's default freight and insurance {@code fob x p / 100} (exact, at scale
   * {@code 4 + scale(p) + 2}); CIF their exact sum; converted by the exchange rate and rounded once
   * to the regime's value rounding. Writes {@code customs}, {@code cif} and {@code goods} (what the
   * low-value test sums: FOB, else CIF) at {@link Fixed#MONEY_SCALE}, {@link Fixed#ABSENT} when
   * unknown.
   *
   * @return false when the exact path must word the case (negative FOB, customs value unknown)
   */
  static boolean valuation(
      CustomsRegime regime,
      Incoterm term,
      long invoice,
      long freight,
      long insurance,
      long factor,
      int factorScale,
      Scratch out) {
    long fob = invoice;
    boolean fobKnown = true;
    if (term.includesFreight()) {
      fobKnown = freight != Fixed.ABSENT;
      fob = fobKnown ? fob - freight : fob;
    }
    if (term.includesInsurance() && fobKnown) {
      fobKnown = insurance != Fixed.ABSENT;
      fob = fobKnown ? fob - insurance : fob;
    }
    if (fobKnown && fob < 0) {
      return false;
    }
    int es = Fixed.MONEY_SCALE;
    long freightE = freight;
    long insuranceE = insurance;
    long invoiceE = invoice;
    long fobE = fob;
    CustomsRegime.FreightDefaults defaults = regime.freightDefaults();
    boolean defaultFreight = freight == Fixed.ABSENT && !term.includesFreight();
    boolean defaultInsurance = insurance == Fixed.ABSENT && !term.includesInsurance();
    if (defaults != null && fobKnown && (defaultFreight || defaultInsurance)) {
      BigDecimal fp = defaults.freightPercent();
      BigDecimal ip = defaults.insurancePercent();
      int ps = Math.max(Math.max(fp.scale(), ip.scale()), 0);
      es = Fixed.MONEY_SCALE + ps + 2;
      invoiceE = Fixed.up(invoice, Fixed.MONEY_SCALE, es);
      fobE = Fixed.up(fob, Fixed.MONEY_SCALE, es);
      freightE = defaultFreight ? Math.multiplyExact(fob, Fixed.unscaled(fp, ps)) : up(freight, es);
      insuranceE =
          defaultInsurance ? Math.multiplyExact(fob, Fixed.unscaled(ip, ps)) : up(insurance, es);
    }
    long cifE = invoiceE;
    boolean cifKnown = true;
    if (!term.includesFreight()) {
      cifKnown = freightE != Fixed.ABSENT;
      cifE = cifKnown ? Math.addExact(cifE, freightE) : cifE;
    }
    if (!term.includesInsurance() && cifKnown) {
      cifKnown = insuranceE != Fixed.ABSENT;
      cifE = cifKnown ? Math.addExact(cifE, insuranceE) : cifE;
    }
    int vs = regime.rounding().value().scale();
    RoundingMode vm = regime.rounding().value().mode();
    int from = es + factorScale;
    long fobValue = fobKnown ? Fixed.multiplyRescale(fobE, factor, from, vs, vm) : Fixed.ABSENT;
    long cifValue = cifKnown ? Fixed.multiplyRescale(cifE, factor, from, vs, vm) : Fixed.ABSENT;
    long customs = regime.valuation() == ValuationBasis.CIF ? cifValue : fobValue;
    if (customs == Fixed.ABSENT) {
      return false;
    }
    out.customs = Fixed.up(customs, vs, Fixed.MONEY_SCALE);
    out.cif = cifKnown ? Fixed.up(cifValue, vs, Fixed.MONEY_SCALE) : Fixed.ABSENT;
    long goods = fobKnown ? fobValue : cifValue;
    out.goods = goods == Fixed.ABSENT ? Fixed.ABSENT : Fixed.up(goods, vs, Fixed.MONEY_SCALE);
    return true;
  }

  private static long up(long amount, int scale) {
    return amount == Fixed.ABSENT ? Fixed.ABSENT : Fixed.up(amount, Fixed.MONEY_SCALE, scale);
  }

  /**
   * Step "round" ({@code ExactSteps.round}): an exact amount at scale {@code from} rounded to
   * {@code scale} with {@code mode}, returned at {@link Fixed#MONEY_SCALE}.
   */
  static long round(long exact, int from, int scale, RoundingMode mode) {
    return Fixed.up(Fixed.rescale(exact, from, scale, mode), scale, Fixed.MONEY_SCALE);
  }

  /**
   * Step "layer base" ({@code ExactSteps.layerBase}): the customs value, the value plus the rounded
   * duties so far, or the sum of the rounded amounts of the charged layers the plan names.
   */
  static long layerBase(FixedPlan.Layer l, long value, long duties, Scratch sc) {
    if (l.base() == FixedPlan.ON_VALUE) {
      return value;
    }
    if (l.base() == FixedPlan.ON_VALUE_PLUS_DUTIES) {
      return Math.addExact(value, duties);
    }
    long base = 0;
    for (int j : l.dutyBase()) {
      if (sc.charged[j]) {
        base = Math.addExact(base, sc.amounts[j]);
      }
    }
    return base;
  }

  /**
   * Step "layer amount" ({@code Rate.amount}): the exact amount of every term, the greatest or
   * least compared at a common scale, into {@code sc.exact} at {@code sc.scale}.
   *
   * @return false when a quantity the rate needs is missing or a unit ratio does not fit
   */
  static boolean layerAmount(
      FixedPlan.Layer l, long base, long quantity, Unit unit, long netKg, Scratch sc) {
    long exact = 0;
    int xs = 0;
    FixedPlan.Term[] terms = l.terms();
    for (int t = 0; t < terms.length; t++) {
      if (!term(terms[t], base, quantity, unit, netKg, sc)) {
        return false;
      }
      if (t == 0) {
        exact = sc.exact;
        xs = sc.scale;
        continue;
      }
      long other = sc.exact;
      int os = sc.scale;
      if (os > xs) {
        exact = Fixed.up(exact, xs, os);
        xs = os;
      } else {
        other = Fixed.up(other, os, xs);
      }
      exact = l.combine() == FixedPlan.GREATEST ? Math.max(exact, other) : Math.min(exact, other);
    }
    sc.exact = exact;
    sc.scale = xs;
    return true;
  }

  /**
   * One linear rate: {@code base x percent / 100 + sum(amount x quantity x unit ratio)} exactly,
   * into {@code sc.exact} at {@code sc.scale}. A per-mass part reads the net mass in kg; any other
   * part the line's quantity when its unit has the same dimension.
   */
  static boolean term(
      FixedPlan.Term term, long base, long quantity, Unit unit, long netKg, Scratch sc) {
    int xs = Fixed.MONEY_SCALE + term.percentScale() + 2;
    long exact = Math.multiplyExact(base, term.percent());
    for (FixedPlan.PerUnit part : term.perUnit()) {
      Unit qUnit;
      long q;
      if (part.unit().dimension() == Dimension.MASS) {
        q = netKg;
        qUnit = Unit.KG;
      } else if (unit != null && unit.dimension() == part.unit().dimension()) {
        q = quantity;
        qUnit = unit;
      } else {
        return false;
      }
      int ratioScale = RATIO_SCALE[qUnit.ordinal()][part.unit().ordinal()];
      if (q == Fixed.ABSENT || ratioScale < 0) {
        return false;
      }
      int ps = part.scale() + Fixed.QUANTITY_SCALE + ratioScale;
      long amount =
          Math.multiplyExact(
              Math.multiplyExact(part.amount(), q), RATIO[qUnit.ordinal()][part.unit().ordinal()]);
      if (ps > xs) {
        exact = Fixed.up(exact, xs, ps);
        xs = ps;
      } else {
        amount = Fixed.up(amount, ps, xs);
      }
      exact = Math.addExact(exact, amount);
    }
    sc.exact = exact;
    sc.scale = xs;
    return true;
  }

  /**
   * Evaluates a plan for one line ({@code Assessor.assessLine} without the entry-level waivers):
   * each layer's base, exact amount and rounding in order, then the default tax. Writes {@code
   * duty}, {@code fees} and {@code taxes} at {@link Fixed#MONEY_SCALE}.
   *
   * @return false when an input is missing (the exact path words it)
   */
  static boolean line(
      FixedPlan plan, long value, long quantity, Unit unit, long netKg, Scratch sc) {
    FixedPlan.Layer[] layers = plan.layers;
    sc.ensure(layers.length);
    long duties = 0;
    long fees = 0;
    long taxes = 0;
    boolean taxCharged = false;
    for (int k = 0; k < layers.length; k++) {
      FixedPlan.Layer l = layers[k];
      sc.charged[k] = false;
      if (l.category() == FixedPlan.TAX && plan.taxExempt) {
        continue;
      }
      long base = layerBase(l, value, duties, sc);
      if (!layerAmount(l, base, quantity, unit, netKg, sc)) {
        return false;
      }
      long amount = round(sc.exact, sc.scale, l.roundingScale(), l.roundingMode());
      sc.amounts[k] = amount;
      sc.charged[k] = true;
      if (l.category() == FixedPlan.DUTY) {
        duties = Math.addExact(duties, amount);
      } else if (l.category() == FixedPlan.FEE) {
        fees = Math.addExact(fees, amount);
      } else {
        taxes = Math.addExact(taxes, amount);
        taxCharged = true;
      }
    }
    if (!taxCharged && plan.defaultTax != null && !plan.taxExempt) {
      taxes = Math.addExact(taxes, defaultTax(Math.addExact(value, duties), plan.defaultTax));
    }
    sc.duty = duties;
    sc.fees = fees;
    sc.taxes = taxes;
    return true;
  }

  /** Step "default tax" ({@code ExactSteps.defaultTax}): {@code base x percent / 100}, rounded. */
  static long defaultTax(long base, FixedPlan.DefaultTax tax) {
    int xs = Fixed.MONEY_SCALE + tax.scale() + 2;
    long exact = Math.multiplyExact(base, tax.percent());
    return round(exact, xs, tax.rounding().scale(), tax.rounding().mode());
  }

  /**
   * An entry fee's figures as unscaled longs: the percent at {@code scale - MONEY_SCALE - 2}, and
   * each band's minimum and maximum at {@code scale} ({@link Fixed#ABSENT} when none).
   */
  record Fee(EntryFeePlan plan, long percent, int scale, long[] minimum, long[] maximum) {

    /** Null when a figure does not fit (the entry then goes to the Assessor). */
    static Fee of(EntryFeePlan plan) {
      try {
        BigDecimal pct = FixedPlan.nonNegativeScale(plan.fee().percent());
        int ps = pct.scale();
        int xs = Fixed.MONEY_SCALE + ps + 2;
        int bands = plan.fee().bands().size();
        long[] min = new long[bands];
        long[] max = new long[bands];
        for (int b = 0; b < bands; b++) {
          min[b] = plan.minimum(b) == null ? Fixed.ABSENT : Fixed.unscaled(plan.minimum(b), xs);
          max[b] = plan.maximum(b) == null ? Fixed.ABSENT : Fixed.unscaled(plan.maximum(b), xs);
        }
        if (plan.rounding().scale() > Fixed.MONEY_SCALE) {
          return null;
        }
        return new Fee(plan, Fixed.unscaled(pct, ps), xs, min, max);
      } catch (ArithmeticException doesNotFit) {
        return null;
      }
    }
  }

  /**
   * Step "entry fee" ({@code ExactSteps.entryFee}): {@code base x percent / 100}, clamped to the
   * band's minimum and maximum before rounding, then rounded once.
   *
   * @param band an index from {@link EntryFeePlan#bandAt}, or {@link EntryFeePlan#NO_BANDS}
   */
  static long entryFee(long base, Fee fee, int band) {
    long exact = Math.multiplyExact(base, fee.percent());
    if (band >= 0) {
      if (fee.minimum()[band] != Fixed.ABSENT) {
        exact = Math.max(exact, fee.minimum()[band]);
      }
      if (fee.maximum()[band] != Fixed.ABSENT) {
        exact = Math.min(exact, fee.maximum()[band]);
      }
    }
    return round(exact, fee.scale(), fee.plan().rounding().scale(), fee.plan().rounding().mode());
  }
}
