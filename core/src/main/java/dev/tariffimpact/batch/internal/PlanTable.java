package dev.tariffimpact.batch.internal;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.NoteKind;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.internal.DeclaredLayers;
import dev.tariffimpact.customs.internal.EntryFeePlan;
import dev.tariffimpact.customs.internal.LinePlan;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Countries;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.OriginScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the engine knows about each importer, for its whole life: the regime, its Assessor, the
 * compiled schedule of each scenario, the entry-fee plans, the origin classes, and the memo of
 * plans per (scenario, code, origin class) and of exchange rates. Every memo holds a pure function
 * of the engine's schedules and rates. Thread-safe.
 */
public final class PlanTable {

  private static final String[] COUNTRIES = Countries.all().toArray(String[]::new);
  private static final Map<String, Integer> COUNTRY_INDEX = new HashMap<>();

  static {
    for (int i = 0; i < COUNTRIES.length; i++) {
      COUNTRY_INDEX.put(COUNTRIES[i], i);
    }
  }

  /** What the table knows about one importer. */
  static final class Importer {
    final CustomsRegime regime;
    final Assessor assessor;
    final CompiledSchedule[] schedules;
    final boolean fast;
    final FixedPoint.Fee[] fees; // null entries: the fee does not fit the fixed-point ranges
    private final List<Map<ProductCode, FixedPlan[]>> plans = new ArrayList<>();
    // per scenario: the origin class of each country index, and the number of classes
    private final int[][] originClass;
    private final int[] classes;
    private final ConcurrentMap<String, FixedPlan> pool = new ConcurrentHashMap<>();

    Importer(
        CustomsRegime regime,
        ExchangeRates rates,
        dev.tariffimpact.customs.ContentDefault contentDefault,
        CompiledSchedule[] schedules) {
      this.regime = regime;
      Assessor exact = Assessor.of(regime, rates);
      this.assessor = contentDefault == null ? exact : exact.withContentDefault(contentDefault);
      this.schedules = schedules;
      this.fast = fastRegime(regime);
      this.fees =
          EntryFeePlan.of(regime).stream().map(FixedPoint.Fee::of).toArray(FixedPoint.Fee[]::new);
      this.originClass = new int[schedules.length][];
      this.classes = new int[schedules.length];
      for (int s = 0; s < schedules.length; s++) {
        plans.add(new ConcurrentHashMap<>());
        originClass[s] = originClasses(schedules[s], classes, s);
      }
    }

    /** The memo's plans of a code under a scenario, by origin class. */
    FixedPlan[] byOrigin(int s, ProductCode code) {
      return Memo.get(plans.get(s), code, k -> new FixedPlan[classes[s]]);
    }

    /**
     * The plan of a code for the origin at country index {@code o}, from the code's memo array (by
     * origin class), compiled on first use: any member of the class gives the same plan.
     */
    FixedPlan planAt(int s, ProductCode code, String origin, FixedPlan[] byOrigin, int o) {
      int k = originClass[s][o];
      FixedPlan p = byOrigin[k];
      if (p == null) {
        p = compile(s, code, origin).intern(pool);
        byOrigin[k] = p; // idempotent: a race computes the same immutable plan twice
      }
      return p;
    }

    /** The plan of a line, or {@link FixedPlan#EXACT} for an origin that is not an ISO country. */
    FixedPlan plan(int s, ProductCode code, String origin) {
      int o = countryIndex(origin);
      return o < 0 ? FixedPlan.EXACT : planAt(s, code, origin, byOrigin(s, code), o);
    }

    private FixedPlan compile(int s, ProductCode code, String origin) {
      try {
        LinePlan plan = LinePlan.compile(schedules[s], regime, code, origin);
        FixedPlan fixed = FixedPlan.of(plan);
        if (fixed == FixedPlan.EXACT) {
          return fixed; // the Assessor notes the lines it assesses
        }
        int notes = 0;
        for (NoteKind kind : DeclaredLayers.undeclaredKinds(schedules[s], code, origin)) {
          notes |= 1 << BatchNote.of(kind).ordinal();
        }
        if (plan.taxExempt()) { // the Assessor notes every tax-exempt line's plan the same way
          notes |= 1 << BatchNote.NO_IMPORT_TAX.ordinal();
        }
        return fixed.withNotes(notes);
      } catch (TariffImpactException e) {
        return FixedPlan.EXACT; // the Assessor turns the failure into a reject naming the line
      }
    }

    /**
     * Groups the countries a schedule cannot tell apart: a lookup depends on the origin only
     * through whether each measure's origin scope contains it, so countries inside exactly the same
     * scopes share every plan (20 origins are typically 3 or 4 classes: India, China, the rest).
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

    private static boolean fastRegime(CustomsRegime r) {
      for (Rounding x :
          List.of(
              r.rounding().value(), r.rounding().duty(), r.rounding().fee(), r.rounding().tax())) {
        if (x.scale() > Fixed.MONEY_SCALE) {
          return false;
        }
      }
      return true;
    }
  }

  /** An exchange rate as an unscaled long and its scale; {@link #MISSING} when none applies. */
  record Factor(long unscaled, int scale) {
    static final Factor MISSING = new Factor(0, -1);
  }

  private record FxKey(Currency from, Currency to, LocalDate day) {}

  private final Map<String, Importer> importers = new HashMap<>();
  private final ExchangeRates rates;
  private final Map<FxKey, Factor> fx = new ConcurrentHashMap<>();

  /**
   * Creates the table.
   *
   * @param regimes the regime of each importer
   * @param schedules for each importer, the compiled schedule of each scenario
   * @param rates the exchange rates
   * @param contentDefault the estimate of an undeclared metal content, or null for none
   */
  public PlanTable(
      Map<String, CustomsRegime> regimes,
      Map<String, CompiledSchedule[]> schedules,
      ExchangeRates rates,
      dev.tariffimpact.customs.ContentDefault contentDefault) {
    this.rates = rates;
    schedules.forEach(
        (importer, compiled) ->
            importers.put(
                importer, new Importer(regimes.get(importer), rates, contentDefault, compiled)));
  }

  /** The importer's state, or null when the batch has no regime and scenario for it. */
  Importer importer(String importer) {
    return importers.get(importer);
  }

  /** The exchange rate of a pair on a day, memoised; {@link Factor#MISSING} when none applies. */
  Factor factor(Currency from, Currency to, LocalDate day) {
    return Memo.get(fx, new FxKey(from, to, day), this::lookUp);
  }

  private Factor lookUp(FxKey k) {
    try {
      BigDecimal f = FixedPlan.nonNegativeScale(rates.rate(k.from(), k.to(), k.day()).rate());
      if (f.unscaledValue().bitLength() > 62) {
        return Factor.MISSING; // the Assessor handles it exactly
      }
      return new Factor(f.unscaledValue().longValue(), f.scale());
    } catch (TariffImpactException missing) {
      return Factor.MISSING; // the fallback turns it into a reject naming the pair and date
    }
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
   * The plans by dictionary code, for one run over chunks whose {@link Chunk#codeKey} is set: each
   * code's table is found in the memo once per run, then by index.
   */
  public static final class Keyed {
    final FixedPlan[][][] byCode;

    /**
     * Creates an empty table for one run.
     *
     * @param scenarios the number of scenarios
     * @param keys number of distinct (importer, product code) codes
     */
    public Keyed(int scenarios, int keys) {
      byCode = new FixedPlan[scenarios][keys][];
    }
  }
}
