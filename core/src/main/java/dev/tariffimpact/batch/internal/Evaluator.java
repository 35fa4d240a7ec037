package dev.tariffimpact.batch.internal;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.FeeBand;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.LowValueRule;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.ValuationBasis;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.OriginScope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assesses the entries of a chunk under every scenario: the fixed-point fast path when the regime,
 * the layers and the line allow it, else the single-line {@link Assessor} (exact by definition).
 * Thread-safe: shared state is immutable or concurrent memo tables of pure functions.
 */
public final class Evaluator {

  private static final String[] COUNTRIES = Locale.getISOCountries();
  private static final Map<String, Integer> COUNTRY_INDEX = new HashMap<>();
  private static final BigDecimal[][] UNIT_RATIO;

  // the same ratios as unscaled longs and scales (-1: none), read per line without allocating
  private static final long[][] RATIO_UNSCALED;
  private static final int[][] RATIO_SCALE;

  static {
    for (int i = 0; i < COUNTRIES.length; i++) {
      COUNTRY_INDEX.put(COUNTRIES[i], i);
    }
    Unit[] units = Unit.values();
    UNIT_RATIO = new BigDecimal[units.length][units.length];
    for (Unit from : units) {
      for (Unit to : units) {
        if (from.dimension() != to.dimension()) {
          continue;
        }
        try {
          BigDecimal r = from.factor().divide(to.factor()).stripTrailingZeros();
          UNIT_RATIO[from.ordinal()][to.ordinal()] = r.scale() < 0 ? r.setScale(0) : r;
        } catch (ArithmeticException nonTerminating) {
          UNIT_RATIO[from.ordinal()][to.ordinal()] = null;
        }
      }
    }
    RATIO_UNSCALED = new long[units.length][units.length];
    RATIO_SCALE = new int[units.length][units.length];
    for (Unit from : units) {
      for (Unit to : units) {
        BigDecimal r = UNIT_RATIO[from.ordinal()][to.ordinal()];
        boolean usable = r != null && r.scale() <= 12 && r.unscaledValue().bitLength() < 63;
        RATIO_SCALE[from.ordinal()][to.ordinal()] = usable ? r.scale() : -1;
        RATIO_UNSCALED[from.ordinal()][to.ordinal()] = usable ? r.unscaledValue().longValue() : 0;
      }
    }
  }

  /**
   * An entry fee's figures as unscaled longs: the percent at {@code scale - MONEY_SCALE - 2}, and
   * each band's minimum and maximum at {@code scale} ({@link Fixed#ABSENT} when none). The bands
   * are in the fee's order: the first that contains the entry date applies, as in {@link
   * EntryFee#band}.
   */
  private record FeePlan(long percent, int scale, FeeBand[] bands, long[] minimum, long[] maximum) {

    /** Null when a figure does not fit (the entry then goes to the Assessor). */
    static FeePlan of(EntryFee fee) {
      try {
        BigDecimal pct = fee.percent();
        int ps = Math.max(pct.scale(), 0);
        int xs = Fixed.MONEY_SCALE + ps + 2;
        FeeBand[] bands = fee.bands().toArray(new FeeBand[0]);
        long[] min = new long[bands.length];
        long[] max = new long[bands.length];
        for (int b = 0; b < bands.length; b++) {
          min[b] =
              bands[b].minimum() == null ? Fixed.ABSENT : Fixed.unscaled(bands[b].minimum(), xs);
          max[b] =
              bands[b].maximum() == null ? Fixed.ABSENT : Fixed.unscaled(bands[b].maximum(), xs);
        }
        return new FeePlan(Fixed.unscaled(pct, ps), xs, bands, min, max);
      } catch (ArithmeticException doesNotFit) {
        return null;
      }
    }
  }

  /** What the evaluator knows about one importer. */
  private static final class Importer {
    final CustomsRegime regime;
    final Assessor assessor;
    final CompiledSchedule[] schedules;
    final List<Map<ProductCode, Plan[]>> plans = new ArrayList<>();
    final boolean fast;
    final FeePlan[] feePlans;
    // per scenario: the origin class of each country index, and the number of classes
    final int[][] originClass;
    final int[] classes;
    final java.util.concurrent.ConcurrentMap<String, Plan> pool = new ConcurrentHashMap<>();

    Importer(CustomsRegime regime, ExchangeRates rates, CompiledSchedule[] schedules) {
      this.regime = regime;
      this.assessor = Assessor.of(regime, rates);
      this.schedules = schedules;
      for (int s = 0; s < schedules.length; s++) {
        plans.add(new ConcurrentHashMap<>());
      }
      this.fast = fastRegime(regime);
      this.feePlans = regime.fees().stream().map(FeePlan::of).toArray(FeePlan[]::new);
      this.originClass = new int[schedules.length][];
      this.classes = new int[schedules.length];
      for (int s = 0; s < schedules.length; s++) {
        originClass[s] = originClasses(schedules[s], classes, s);
      }
    }

    /**
     * Groups the countries a schedule cannot tell apart: a lookup depends on the origin only
     * through whether each measure's origin scope contains it, so countries inside exactly the same
     * scopes share every plan (20 origins are typically 3 or 4 classes: India, China, the rest).
     * Plans are then built once per class instead of once per country.
     */
    private static int[] originClasses(CompiledSchedule schedule, int[] counts, int s) {
      List<OriginScope> scopes = new ArrayList<>();
      for (Measure m : schedule.schedule().measures()) {
        if (!scopes.contains(m.origins())) {
          scopes.add(m.origins());
        }
      }
      Map<String, Integer> ids = new HashMap<>();
      int[] classOf = new int[COUNTRIES.length];
      char[] inside = new char[scopes.size()];
      for (int c = 0; c < COUNTRIES.length; c++) {
        for (int k = 0; k < inside.length; k++) {
          inside[k] = scopes.get(k).contains(COUNTRIES[c]) ? '1' : '0';
        }
        classOf[c] = ids.computeIfAbsent(new String(inside), x -> ids.size());
      }
      counts[s] = ids.size();
      return classOf;
    }
  }

  private final String[] scenarioNames;
  private final Map<String, Importer> importers = new HashMap<>();
  private final ExchangeRates rates;
  private final Map<FxKey, Factor> fx = new ConcurrentHashMap<>();
  private final boolean fastPath;

  private record FxKey(Currency from, Currency to, LocalDate day) {}

  /** An exchange rate as an unscaled long and its scale; {@link #MISSING} when none applies. */
  private record Factor(long unscaled, int scale) {
    static final Factor MISSING = new Factor(0, -1);
  }

  private Factor factor(FxKey k) {
    try {
      BigDecimal f = rates.rate(k.from(), k.to(), k.day()).rate();
      f = f.scale() < 0 ? f.setScale(0) : f;
      if (f.unscaledValue().bitLength() > 62) {
        return Factor.MISSING; // the Assessor handles it exactly
      }
      return new Factor(f.unscaledValue().longValue(), f.scale());
    } catch (TariffImpactException missing) {
      return Factor.MISSING; // the fallback turns it into a reject naming the pair and date
    }
  }

  /**
   * Creates an evaluator.
   *
   * @param scenarioNames the scenario names in order
   * @param regimes the regime of each importer
   * @param schedules for each importer, the compiled schedule of each scenario
   * @param rates the exchange rates
   * @param fastPath false to send every entry to the Assessor (for tests and comparisons)
   */
  public Evaluator(
      List<String> scenarioNames,
      Map<String, CustomsRegime> regimes,
      Map<String, CompiledSchedule[]> schedules,
      ExchangeRates rates,
      boolean fastPath) {
    this.scenarioNames = scenarioNames.toArray(new String[0]);
    this.rates = rates;
    this.fastPath = fastPath;
    schedules.forEach(
        (importer, compiled) ->
            importers.put(importer, new Importer(regimes.get(importer), rates, compiled)));
  }

  /**
   * Returns the index of an origin in the plan tables, or -1 when it is not an ISO country (such a
   * line goes to the Assessor, which names the problem).
   *
   * @param origin the origin as given
   * @return the index, or -1
   */
  public static int countryIndex(String origin) {
    Integer o = COUNTRY_INDEX.get(origin);
    return o == null ? -1 : o;
  }

  /**
   * The engine's plan tables by dictionary code, for one run over chunks whose {@link
   * Chunk#codeKey} is set: each code's table is found in the memo once per run, then by index.
   */
  public static final class KeyedPlans {
    private final Plan[][][] byCode;

    private KeyedPlans(int scenarios, int keys) {
      byCode = new Plan[scenarios][keys][];
    }
  }

  /**
   * Returns an empty table of plans by dictionary code, for one run.
   *
   * @param keys number of distinct (importer, product code) codes
   * @return the table
   */
  public KeyedPlans keyedPlans(int keys) {
    return new KeyedPlans(scenarioNames.length, keys);
  }

  private static boolean fastRegime(CustomsRegime r) {
    for (Rounding x :
        List.of(
            r.rounding().value(), r.rounding().duty(), r.rounding().fee(), r.rounding().tax())) {
      if (x.scale() > Fixed.MONEY_SCALE || x.mode() == RoundingMode.UNNECESSARY) {
        return false;
      }
    }
    return true;
  }

  /**
   * Assesses a parsed chunk.
   *
   * @param c the chunk
   * @param keyed the run's plans by dictionary code (for chunks whose lines carry codes), or null
   * @return its results
   */
  public ChunkResult evaluate(Chunk c, KeyedPlans keyed) {
    ChunkResult out = new ChunkResult(c, scenarioNames.length);
    out.rejects.addAll(c.rejects);
    Scratch scratch = new Scratch();
    scratch.keyed = keyed == null || c.codeKey == null ? null : keyed.byCode;
    for (int e = 0; e < c.entries; e++) {
      int from = c.entryStart[e];
      int to = c.entryStart[e + 1];
      if (from == to) {
        continue;
      }
      Importer im = importers.get(c.importer[from]);
      if (im == null) {
        for (int i = from; i < to; i++) {
          out.rejects.add(
              new Reject(
                  c.row[i],
                  c.raw(i),
                  "importer '" + c.importer[i] + "' has no regime and scenario in this batch"));
        }
        continue;
      }
      boolean done = false;
      if (fastPath && im.fast) {
        try {
          done = fast(c, from, to, im, out, scratch);
        } catch (ArithmeticException overflow) {
          done = false;
        }
      }
      if (!done) {
        fallback(c, from, to, im, out);
      }
    }
    out.rejects.sort(java.util.Comparator.comparingLong(Reject::row));
    return out;
  }

  private static final class Scratch {
    Plan[][][] keyed;
    Currency fxCurrency;
    LocalDate fxDay;
    CustomsRegime fxRegime;
    Factor fxFactor;
    long exact;
    int scale;
    long[] fob = new long[32];
    long[] amounts = new long[16];
    boolean[] charged = new boolean[16];

    void ensure(int lines, int layers) {
      if (fob.length < lines) {
        fob = new long[lines * 2];
      }
      if (amounts.length < layers) {
        amounts = new long[layers * 2];
        charged = new boolean[layers * 2];
      }
    }
  }

  // ---------------------------------------------------------------- fast path

  private boolean fast(Chunk c, int from, int to, Importer im, ChunkResult out, Scratch sc) {
    CustomsRegime regime = im.regime;
    int vs = regime.rounding().value().scale();
    RoundingMode vm = regime.rounding().value().mode();
    sc.ensure(to - from, 0);
    for (int i = from; i < to; i++) {
      if (c.object[i] != null) {
        return false;
      }
      if (c.exportDate[i].isBefore(c.entryDate[i]) && declared(im, c.code[i], c.origin[i])) {
        return false; // an in-transit rule may apply: exactness first, the Assessor decides
      }
    }
    // 1. valuation (scenario independent)
    CustomsRegime.FreightDefaults defaults = regime.freightDefaults();
    for (int i = from; i < to; i++) {
      var term = c.incoterm[i];
      long invoice = c.value[i];
      long freight = c.freight[i];
      long insurance = c.insurance[i];
      long fob = invoice;
      boolean fobKnown = true;
      if (term.includesFreight()) {
        if (freight == Fixed.ABSENT) {
          fobKnown = false;
        } else {
          fob -= freight;
        }
      }
      if (term.includesInsurance() && fobKnown) {
        if (insurance == Fixed.ABSENT) {
          fobKnown = false;
        } else {
          fob -= insurance;
        }
      }
      if (fobKnown && fob < 0) {
        return false;
      }
      int es = Fixed.MONEY_SCALE;
      long fE = freight;
      long iE = insurance;
      long invE = invoice;
      long fobE = fob;
      if (defaults != null
          && fobKnown
          && ((freight == Fixed.ABSENT && !term.includesFreight())
              || (insurance == Fixed.ABSENT && !term.includesInsurance()))) {
        BigDecimal fp = defaults.freightPercent();
        BigDecimal ip = defaults.insurancePercent();
        int ps = Math.max(Math.max(fp.scale(), ip.scale()), 0);
        es = Fixed.MONEY_SCALE + ps + 2;
        invE = Fixed.up(invoice, Fixed.MONEY_SCALE, es);
        fobE = Fixed.up(fob, Fixed.MONEY_SCALE, es);
        fE = freight == Fixed.ABSENT ? Fixed.ABSENT : Fixed.up(freight, Fixed.MONEY_SCALE, es);
        iE = insurance == Fixed.ABSENT ? Fixed.ABSENT : Fixed.up(insurance, Fixed.MONEY_SCALE, es);
        if (freight == Fixed.ABSENT && !term.includesFreight()) {
          fE = Math.multiplyExact(fob, Fixed.unscaled(fp, ps));
        }
        if (insurance == Fixed.ABSENT && !term.includesInsurance()) {
          iE = Math.multiplyExact(fob, Fixed.unscaled(ip, ps));
        }
      }
      long cifE = invE;
      boolean cifKnown = true;
      if (!term.includesFreight()) {
        if (fE == Fixed.ABSENT) {
          cifKnown = false;
        } else {
          cifE = Math.addExact(cifE, fE);
        }
      }
      if (!term.includesInsurance() && cifKnown) {
        if (iE == Fixed.ABSENT) {
          cifKnown = false;
        } else {
          cifE = Math.addExact(cifE, iE);
        }
      }
      long factor = 1;
      int fs = 0;
      if (!c.currency[i].equals(regime.currency())) {
        LocalDate day = regime.fxDate().select(c.exportDate[i], c.entryDate[i]);
        Factor f;
        if (c.currency[i] == sc.fxCurrency && day.equals(sc.fxDay) && regime == sc.fxRegime) {
          f = sc.fxFactor; // lines of an entry share currency and date: skip the memo lookup
        } else {
          FxKey key = new FxKey(c.currency[i], regime.currency(), day);
          f = fx.get(key);
          if (f == null) {
            f = fx.computeIfAbsent(key, this::factor);
          }
          sc.fxCurrency = c.currency[i];
          sc.fxDay = day;
          sc.fxRegime = regime;
          sc.fxFactor = f;
        }
        if (f == Factor.MISSING) {
          return false;
        }
        factor = f.unscaled();
        fs = f.scale();
      }
      long fobValue =
          fobKnown ? Fixed.multiplyRescale(fobE, factor, es + fs, vs, vm) : Fixed.ABSENT;
      long cifValue =
          cifKnown ? Fixed.multiplyRescale(cifE, factor, es + fs, vs, vm) : Fixed.ABSENT;
      long customs = regime.valuation() == ValuationBasis.CIF ? cifValue : fobValue;
      if (customs == Fixed.ABSENT) {
        return false;
      }
      out.customsValue[i] = Fixed.up(customs, vs, Fixed.MONEY_SCALE);
      out.cif[i] = cifKnown ? Fixed.up(cifValue, vs, Fixed.MONEY_SCALE) : Fixed.ABSENT;
      long goods = fobKnown ? fobValue : cifValue; // what the low-value test sums
      sc.fob[i - from] =
          goods == Fixed.ABSENT ? Fixed.ABSENT : Fixed.up(goods, vs, Fixed.MONEY_SCALE);
    }
    // 2. low-value rules: the fast path covers only entries no rule applies to
    LocalDate entryDate = c.entryDate[from];
    for (LowValueRule rule : regime.lowValueRules()) {
      if (rule.inForce(entryDate)) {
        long goods = 0;
        for (int i = from; i < to; i++) {
          if (sc.fob[i - from] == Fixed.ABSENT) {
            return false;
          }
          goods = Math.addExact(goods, sc.fob[i - from]);
        }
        if (Fixed.decimal(goods, Fixed.MONEY_SCALE).compareTo(rule.threshold()) <= 0) {
          return false;
        }
      }
    }
    // 3. entry fees (scenario independent), checked before any result is written
    List<EntryFee> fees = regime.fees();
    long[] feeAmounts = new long[fees.size()];
    for (int f = 0; f < fees.size(); f++) {
      EntryFee fee = fees.get(f);
      long base = 0;
      boolean any = false;
      for (int i = from; i < to; i++) {
        if (fee.appliesTo(c.mode[i])) {
          base = Math.addExact(base, out.customsValue[i]);
          any = true;
        }
      }
      if (!any) {
        feeAmounts[f] = Fixed.ABSENT;
        continue;
      }
      FeePlan fp = im.feePlans[f];
      if (fp == null) {
        return false; // a figure of the fee does not fit the fast path's longs
      }
      long exact = Math.multiplyExact(base, fp.percent);
      int xs = fp.scale;
      if (fp.bands.length > 0) {
        int b = 0;
        while (b < fp.bands.length && !fp.bands[b].contains(entryDate)) {
          b++;
        }
        if (b == fp.bands.length) {
          return false;
        }
        if (fp.minimum[b] != Fixed.ABSENT) {
          exact = Math.max(exact, fp.minimum[b]);
        }
        if (fp.maximum[b] != Fixed.ABSENT) {
          exact = Math.min(exact, fp.maximum[b]);
        }
      }
      Rounding r = regime.rounding().fee();
      feeAmounts[f] = Fixed.up(Fixed.rescale(exact, xs, r.scale(), r.mode()), r.scale(), 4);
    }
    // 4. layers, per scenario. A line whose layers the fast path does not cover is assessed
    // alone by the Assessor when no low-value rule is in force: its line-level components do not
    // depend on the other lines then (entry fees are computed above from all customs values).
    int scenarios = scenarioNames.length;
    boolean lineAlone = true;
    for (LowValueRule rule : regime.lowValueRules()) {
      lineAlone &= !rule.inForce(entryDate);
    }
    boolean[] byAssessor = null;
    for (int s = 0; s < scenarios; s++) {
      for (int i = from; i < to; i++) {
        Plan plan;
        if (sc.keyed == null) {
          plan = plan(im, s, c.code[i], c.origin[i]);
        } else if (c.originIndex[i] < 0) {
          plan = Plan.FALLBACK;
        } else {
          Plan[] byOrigin = sc.keyed[s][c.codeKey[i]];
          if (byOrigin == null) {
            byOrigin = byOrigin(im, s, c.code[i]);
            sc.keyed[s][c.codeKey[i]] = byOrigin; // a race stores the same array twice
          }
          plan = planAt(im, s, c.code[i], c.origin[i], byOrigin, c.originIndex[i]);
        }
        if (plan == Plan.FALLBACK || !line(c, i, s, plan, regime, out, sc)) {
          if (!lineAlone || !lineByAssessor(c, i, s, im, out)) {
            return false;
          }
          if (byAssessor == null) {
            byAssessor = new boolean[to - from];
          }
          byAssessor[i - from] = true;
        }
      }
    }
    if (byAssessor != null) {
      for (boolean b : byAssessor) {
        out.fallbackLines += b ? 1 : 0;
      }
    }
    // 5. allocate entry fees (the same in every scenario)
    for (int f = 0; f < fees.size(); f++) {
      if (feeAmounts[f] == Fixed.ABSENT) {
        continue;
      }
      EntryFee fee = fees.get(f);
      boolean[] share = new boolean[to - from];
      for (int i = from; i < to; i++) {
        share[i - from] = fee.appliesTo(c.mode[i]);
      }
      long[] parts =
          allocate(
              feeAmounts[f], out.customsValue, from, to, share, regime.rounding().fee().scale());
      for (int s = 0; s < scenarios; s++) {
        for (int i = from; i < to; i++) {
          out.fees[s][i] += parts[i - from];
        }
      }
    }
    for (int i = from; i < to; i++) {
      out.assessed[i] = true;
    }
    return true;
  }

  /**
   * Line-level amounts of one line from the Assessor (an entry of that line alone); false when it
   * fails, so the whole entry goes to the fallback, which turns the failure into a reject.
   */
  private boolean lineByAssessor(Chunk c, int i, int s, Importer im, ChunkResult out) {
    Assessment a;
    try {
      a =
          im.assessor.assess(
              Entry.of(c.importer[i], line(c, i)), im.schedules[s], scenarioNames[s]);
    } catch (RuntimeException e) {
      return false;
    }
    if (Fixed.unscaled(a.lines().get(0).customsValue(), Fixed.MONEY_SCALE) != out.customsValue[i]) {
      return false; // cannot happen: both value the line the same way
    }
    long[] sums = new long[3];
    for (AssessmentComponent comp : a.components(0)) {
      sums[comp.category().ordinal()] += Fixed.unscaled(comp.amount(), Fixed.MONEY_SCALE);
    }
    out.duty[s][i] = sums[0];
    out.fees[s][i] = sums[1];
    out.taxes[s][i] = sums[2];
    return true;
  }

  private Plan plan(Importer im, int s, ProductCode code, String origin) {
    int o = countryIndex(origin);
    return o < 0 ? Plan.FALLBACK : planAt(im, s, code, origin, byOrigin(im, s, code), o);
  }

  /** The memo's plans of a code under a scenario, by origin class. */
  private static Plan[] byOrigin(Importer im, int s, ProductCode code) {
    Map<ProductCode, Plan[]> memo = im.plans.get(s);
    // get first: ConcurrentHashMap.computeIfAbsent may lock the bin even when the key is there
    Plan[] byOrigin = memo.get(code);
    return byOrigin != null ? byOrigin : memo.computeIfAbsent(code, k -> new Plan[im.classes[s]]);
  }

  /**
   * The plan of a code for the origin at country index {@code o}, from the code's memo array (by
   * origin class), built on first use: any member of the class gives the same plan.
   */
  private static Plan planAt(
      Importer im, int s, ProductCode code, String origin, Plan[] byOrigin, int o) {
    int k = im.originClass[s][o];
    Plan p = byOrigin[k];
    if (p == null) {
      p = Plan.of(im.schedules[s], im.regime, code, origin).intern(im.pool);
      byOrigin[k] = p; // idempotent: a race computes the same immutable plan twice
    }
    return p;
  }

  private static boolean line(
      Chunk c, int i, int s, Plan plan, CustomsRegime regime, ChunkResult out, Scratch sc) {
    Plan.Layer[] layers = plan.layers;
    sc.ensure(0, layers.length);
    long value = out.customsValue[i];
    long duties = 0;
    long fees = 0;
    long taxes = 0;
    boolean taxCharged = false;
    for (int k = 0; k < layers.length; k++) {
      Plan.Layer l = layers[k];
      sc.charged[k] = false;
      if (l.category() == Plan.TAX && plan.taxExempt) {
        continue;
      }
      long base;
      if (l.base() == Plan.ON_VALUE) {
        base = value;
      } else if (l.base() == Plan.ON_VALUE_PLUS_DUTIES) {
        base = Math.addExact(value, duties);
      } else {
        base = 0;
        for (int j : l.dutyBase()) {
          if (sc.charged[j]) {
            base = Math.addExact(base, sc.amounts[j]);
          }
        }
      }
      // exact amount of each term at its scale; a max/min compares them at a common scale
      long exact = 0;
      int xs = 0;
      for (int t = 0; t < l.terms().length; t++) {
        if (!term(l.terms()[t], base, c, i, sc)) {
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
        exact = l.combine() == Plan.MAX ? Math.max(exact, other) : Math.min(exact, other);
      }
      Rounding r =
          l.category() == Plan.DUTY
              ? regime.rounding().duty()
              : l.category() == Plan.FEE ? regime.rounding().fee() : regime.rounding().tax();
      long amount = Fixed.up(Fixed.rescale(exact, xs, r.scale(), r.mode()), r.scale(), 4);
      sc.amounts[k] = amount;
      sc.charged[k] = true;
      if (l.category() == Plan.DUTY) {
        duties = Math.addExact(duties, amount);
      } else if (l.category() == Plan.FEE) {
        fees = Math.addExact(fees, amount);
      } else {
        taxes = Math.addExact(taxes, amount);
        taxCharged = true;
      }
    }
    if (!taxCharged && regime.defaultTax() != null && !plan.taxExempt) {
      BigDecimal pct = regime.defaultTax().percent();
      int ps = Math.max(pct.scale(), 0);
      int xs = Fixed.MONEY_SCALE + ps + 2;
      long exact = Math.multiplyExact(Math.addExact(value, duties), Fixed.unscaled(pct, ps));
      Rounding r = regime.rounding().tax();
      taxes =
          Math.addExact(
              taxes, Fixed.up(Fixed.rescale(exact, xs, r.scale(), r.mode()), r.scale(), 4));
    }
    out.duty[s][i] = duties;
    out.fees[s][i] = fees;
    out.taxes[s][i] = taxes;
    return true;
  }

  /**
   * Computes {@code base x percent / 100 + sum of unitAmount x quantity x unitRatio} exactly into
   * {@code sc.exact} at scale {@code sc.scale}; false when an input is missing or a unit ratio does
   * not terminate.
   */
  private static boolean term(Plan.Term term, long base, Chunk c, int i, Scratch sc) {
    int xs = Fixed.MONEY_SCALE + term.percentScale() + 2;
    long exact = Math.multiplyExact(base, term.percent());
    for (Plan.SpecificPart sp : term.specifics()) {
      Unit qUnit;
      long q;
      if (sp.unit().dimension() == Dimension.MASS) {
        q = c.netKg[i];
        qUnit = Unit.KG;
      } else if (c.unit[i] != null && c.unit[i].dimension() == sp.unit().dimension()) {
        q = c.quantity[i];
        qUnit = c.unit[i];
      } else {
        return false;
      }
      if (q == Fixed.ABSENT) {
        return false;
      }
      int ratioScale = RATIO_SCALE[qUnit.ordinal()][sp.unit().ordinal()];
      if (ratioScale < 0) {
        return false;
      }
      int ps = sp.scale() + Fixed.QUANTITY_SCALE + ratioScale;
      long part =
          Math.multiplyExact(
              Math.multiplyExact(sp.unitAmount(), q),
              RATIO_UNSCALED[qUnit.ordinal()][sp.unit().ordinal()]);
      if (ps > xs) {
        exact = Fixed.up(exact, xs, ps);
        xs = ps;
      } else {
        part = Fixed.up(part, ps, xs);
      }
      exact = Math.addExact(exact, part);
    }
    sc.exact = exact;
    sc.scale = xs;
    return true;
  }

  // ---------------------------------------------------------------- allocation

  /**
   * Splits an entry-level amount over the entry's lines in proportion to their customs values,
   * largest remainder in units of {@code scale} (ties to the earlier line), so the parts add up to
   * the amount exactly. Lines with {@code share[i] == false} get zero; zero weights split evenly.
   */
  static long[] allocate(
      long amount4, long[] weights, int from, int to, boolean[] share, int scale) {
    int n = to - from;
    long[] parts = new long[n];
    long unit = Fixed.pow10(Fixed.MONEY_SCALE - scale);
    long units = amount4 / unit;
    long total = 0;
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (share[k]) {
        total += weights[from + k];
        count++;
      }
    }
    if (count == 0) {
      return parts;
    }
    if (count == 1) { // one line takes it all (entries of one line are common)
      for (int k = 0; k < n; k++) {
        parts[k] = share[k] ? units * unit : 0;
      }
      return parts;
    }
    long[] remainder = new long[n];
    long given = 0;
    for (int k = 0; k < n; k++) {
      if (!share[k]) {
        continue;
      }
      long w = total == 0 ? 1 : weights[from + k];
      long denominator = total == 0 ? count : total;
      long hi = Math.multiplyHigh(units, w);
      long product = units * w;
      if (hi == 0 && product >= 0) {
        parts[k] = product / denominator;
        remainder[k] = product % denominator;
      } else { // beyond a long (an entry fee times a customs value above 10^14 units): rare
        BigInteger[] qr =
            BigInteger.valueOf(units)
                .multiply(BigInteger.valueOf(w))
                .divideAndRemainder(BigInteger.valueOf(denominator));
        parts[k] = qr[0].longValueExact();
        remainder[k] = qr[1].longValueExact();
      }
      given += parts[k];
    }
    long left = units - given;
    while (left > 0) {
      int best = -1;
      for (int k = 0; k < n; k++) {
        if (share[k] && (best < 0 || remainder[k] > remainder[best])) {
          best = k;
        }
      }
      parts[best]++;
      remainder[best] = -1;
      left--;
    }
    for (int k = 0; k < n; k++) {
      parts[k] *= unit;
    }
    return parts;
  }

  // ---------------------------------------------------------------- exact fallback

  private void fallback(Chunk c, int from, int to, Importer im, ChunkResult out) {
    // the fast path may have written part of the entry before giving up
    for (int s = 0; s < scenarioNames.length; s++) {
      Arrays.fill(out.duty[s], from, to, 0L);
      Arrays.fill(out.fees[s], from, to, 0L);
      Arrays.fill(out.taxes[s], from, to, 0L);
    }
    List<Integer> alive = new ArrayList<>();
    for (int i = from; i < to; i++) {
      alive.add(i);
    }
    int scenarios = scenarioNames.length;
    while (!alive.isEmpty()) {
      List<ShipmentLine> lines = new ArrayList<>();
      for (int i : alive) {
        lines.add(line(c, i));
      }
      Assessment[] results = new Assessment[scenarios];
      try {
        Entry entry = Entry.of(c.importer[from], lines);
        for (int s = 0; s < scenarios; s++) {
          results[s] = im.assessor.assess(entry, im.schedules[s], scenarioNames[s]);
        }
      } catch (AssessmentException e) {
        String reason = "scenario '" + scenarioName(results) + "': " + e.getMessage();
        if (e.lineIndex() >= 0 && e.lineIndex() < alive.size()) {
          int i = alive.remove(e.lineIndex());
          out.rejects.add(new Reject(c.row[i], c.raw(i), reason));
        } else {
          for (int i : alive) {
            out.rejects.add(new Reject(c.row[i], c.raw(i), "entry-level failure, " + reason));
          }
          alive.clear();
        }
        continue;
      } catch (RuntimeException e) {
        for (int i : alive) {
          out.rejects.add(new Reject(c.row[i], c.raw(i), "cannot assess: " + e.getMessage()));
        }
        alive.clear();
        continue;
      }
      record(c, alive, im, results, out);
      return;
    }
  }

  private String scenarioName(Assessment[] done) {
    int s = 0;
    while (s < done.length && done[s] != null) {
      s++;
    }
    return scenarioNames[Math.min(s, scenarioNames.length - 1)];
  }

  private static void record(
      Chunk c, List<Integer> alive, Importer im, Assessment[] results, ChunkResult out) {
    int n = alive.size();
    long[] weights = new long[n];
    Assessment first = results[0];
    for (int k = 0; k < n; k++) {
      int i = alive.get(k);
      LineValuation v = first.lines().get(k);
      out.customsValue[i] = Fixed.unscaled(v.customsValue(), Fixed.MONEY_SCALE);
      out.cif[i] = v.cif() == null ? Fixed.ABSENT : Fixed.unscaled(v.cif(), Fixed.MONEY_SCALE);
      weights[k] = out.customsValue[i];
      out.assessed[i] = true;
    }
    out.fallbackLines += n;
    for (int s = 0; s < results.length; s++) {
      Assessment a = results[s];
      long[][] target = {out.duty[s], out.fees[s], out.taxes[s]};
      for (AssessmentComponent comp : a.components()) {
        long amount = Fixed.unscaled(comp.amount(), Fixed.MONEY_SCALE);
        int cat = comp.category().ordinal();
        if (!comp.isEntryLevel()) {
          target[cat][alive.get(comp.lineIndex())] += amount;
          continue;
        }
        boolean[] share = new boolean[n];
        EntryFee fee =
            im.regime.fees().stream()
                .filter(f -> f.id().equals(comp.measureId()))
                .findFirst()
                .orElse(null);
        for (int k = 0; k < n; k++) {
          share[k] = fee == null || fee.appliesTo(c.mode[alive.get(k)]);
        }
        Rounding r = cat == 0 ? im.regime.rounding().duty() : im.regime.rounding().fee();
        long[] parts = allocate(amount, weights, 0, n, share, r.scale());
        for (int k = 0; k < n; k++) {
          target[cat][alive.get(k)] += parts[k];
        }
      }
    }
  }

  /** Whether a line's declaration (export date, claims) can change its layers in a scenario. */
  private static boolean declared(Importer im, ProductCode code, String origin) {
    for (CompiledSchedule s : im.schedules) {
      if (s.dependsOnDeclaration(code, origin)) {
        return true;
      }
    }
    return false;
  }

  /** The line as an object, rebuilt exactly from the columns when it was not kept. */
  static ShipmentLine line(Chunk c, int i) {
    if (c.object[i] != null) {
      return c.object[i];
    }
    ShipmentLine.Builder b =
        ShipmentLine.builder(c.code[i], c.origin[i])
            .value(Fixed.decimal(c.value[i], Fixed.MONEY_SCALE), c.currency[i])
            .incoterm(c.incoterm[i])
            .transportMode(c.mode[i])
            .entryDate(c.entryDate[i])
            .exportDate(c.exportDate[i]);
    if (c.freight[i] != Fixed.ABSENT) {
      b.freight(Fixed.decimal(c.freight[i], Fixed.MONEY_SCALE));
    }
    if (c.insurance[i] != Fixed.ABSENT) {
      b.insurance(Fixed.decimal(c.insurance[i], Fixed.MONEY_SCALE));
    }
    if (c.quantity[i] != Fixed.ABSENT) {
      b.quantity(Quantity.of(Fixed.decimal(c.quantity[i], Fixed.QUANTITY_SCALE), c.unit[i]));
    }
    if (c.netKg[i] != Fixed.ABSENT) {
      b.quantity(Quantity.of(Fixed.decimal(c.netKg[i], Fixed.QUANTITY_SCALE), Unit.KG));
    }
    return b.build();
  }
}
