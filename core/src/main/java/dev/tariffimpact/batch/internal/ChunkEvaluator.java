package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.batch.RejectReason;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.LowValueRule;
import dev.tariffimpact.customs.internal.EntryFeePlan;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Assesses the entries of a chunk under every scenario: the fixed-point steps ({@link FixedPoint})
 * when the regime, the plans and the line allow it, else the exact fallback ({@link
 * ExactFallback}). Thread-safe: shared state is the immutable plan table and its memo tables.
 */
public final class ChunkEvaluator {

  private final String[] scenarioNames;
  private final PlanTable table;
  private final ExactFallback exact;
  private final boolean fastPath;

  /**
   * Creates an evaluator.
   *
   * @param scenarioNames the scenario names in order
   * @param table the engine's plan table
   * @param fastPath false to send every entry to the Assessor (for tests and comparisons)
   */
  public ChunkEvaluator(List<String> scenarioNames, PlanTable table, boolean fastPath) {
    this.scenarioNames = scenarioNames.toArray(new String[0]);
    this.table = table;
    this.exact = new ExactFallback(this.scenarioNames);
    this.fastPath = fastPath;
  }

  /** Per-worker working space. */
  private static final class Scratch {
    final FixedPoint.Scratch fixed = new FixedPoint.Scratch();
    FixedPlan[][][] keyed;
    long[] goods = new long[32];
    // lines of an entry share currency and date: the last exchange rate skips the memo lookup
    Currency fxCurrency;
    LocalDate fxDay;
    CustomsRegime fxRegime;
    PlanTable.Factor fxFactor;
  }

  /**
   * Assesses a parsed chunk.
   *
   * @param c the chunk
   * @param keyed the run's plans by dictionary code (for chunks whose lines carry codes), or null
   * @return its results
   */
  public ChunkResult evaluate(Chunk c, PlanTable.Keyed keyed) {
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
      PlanTable.Importer im = table.importer(c.importer[from]);
      if (im == null) {
        for (int i = from; i < to; i++) {
          out.rejects.add(
              Reject.of(
                  c.row[i],
                  c.raw(i),
                  RejectReason.NO_SCENARIO,
                  "importer '" + c.importer[i] + "' has no regime and scenario in this batch"));
        }
        continue;
      }
      boolean done = false;
      if (fastPath && im.fast) {
        try {
          done = fast(c, from, to, im, out, scratch);
        } catch (ArithmeticException outOfRange) {
          done = false;
        }
      }
      if (!done) {
        exact.entry(c, from, to, im, out);
      }
      inRange(c, from, to, out);
      entryDateNotes(c, from, to, im, out);
    }
    out.rejects.sort(Comparator.comparingLong(Reject::row));
    return out;
  }

  /**
   * Notes the assessed lines whose entry date is not the date of a scenario's schedule: assessed as
   * a what-if under the measures of that date, which {@code quote} lists as an assumption.
   */
  private static void entryDateNotes(
      Chunk c, int from, int to, PlanTable.Importer im, ChunkResult out) {
    int bit = 1 << BatchNote.ENTRY_DATE_DIFFERS.ordinal();
    for (int s = 0; s < out.notes.length; s++) {
      LocalDate asOf = im.schedules[s].asOf();
      for (int i = from; i < to; i++) {
        if (out.assessed[i] && !c.entryDate[i].equals(asOf)) {
          out.notes[s][i] |= bit;
        }
      }
    }
  }

  /**
   * Rejects the assessed lines of an entry whose charges (duty + fees + taxes) or landed cost leave
   * the long range under some scenario: the per-line figures downstream (line results, aggregates)
   * are then always exact longs. The input bounds ({@code CellNumbers}) make this rare: an amount
   * near 10^14 in a currency worth a hundredth of the regime's.
   */
  private static void inRange(Chunk c, int from, int to, ChunkResult out) {
    try {
      for (int i = from; i < to; i++) {
        if (!out.assessed[i]) {
          continue;
        }
        for (int s = 0; s < out.duty.length; s++) {
          long charges =
              Math.addExact(Math.addExact(out.duty[s][i], out.fees[s][i]), out.taxes[s][i]);
          if (out.cif[i] != Fixed.ABSENT) {
            Math.addExact(out.cif[i], charges);
          }
        }
      }
    } catch (ArithmeticException tooLarge) {
      for (int i = from; i < to; i++) {
        if (out.assessed[i]) {
          out.assessed[i] = false;
          out.rejects.add(
              Reject.of(
                  c.row[i],
                  c.raw(i),
                  RejectReason.OUT_OF_RANGE,
                  "amounts out of range: the entry's charges or landed cost exceed "
                      + Fixed.decimal(Long.MAX_VALUE, Fixed.MONEY_SCALE).toPlainString()));
        }
      }
    }
  }

  /**
   * Assesses a chunk by the exact path only (the reference of {@link SampleCheck}).
   *
   * @param c the chunk
   * @return its results
   */
  ChunkResult evaluateExactly(Chunk c) {
    ChunkResult out = new ChunkResult(c, scenarioNames.length);
    for (int e = 0; e < c.entries; e++) {
      PlanTable.Importer im = table.importer(c.importer[c.entryStart[e]]);
      exact.entry(c, c.entryStart[e], c.entryStart[e + 1], im, out);
    }
    return out;
  }

  /** Whether a line is in transit under a safe harbour in some scenario (its layers change). */
  private static boolean inTransit(
      PlanTable.Importer im,
      dev.tariffimpact.classification.ProductCode code,
      String origin,
      LocalDate exportDate) {
    for (dev.tariffimpact.schedule.CompiledSchedule s : im.schedules) {
      if (s.inTransit(code, origin, exportDate)) {
        return true;
      }
    }
    return false;
  }

  /** One entry by the fixed-point steps; false (nothing final written) to take the exact path. */
  private boolean fast(
      Chunk c, int from, int to, PlanTable.Importer im, ChunkResult out, Scratch sc) {
    CustomsRegime regime = im.regime;
    if (sc.goods.length < to - from) {
      sc.goods = new long[(to - from) * 2];
    }
    for (int i = from; i < to; i++) {
      if (c.object[i] != null) {
        return false;
      }
      if (c.exportDate[i].isBefore(c.entryDate[i])
          && inTransit(im, c.code[i], c.origin[i], c.exportDate[i])) {
        return false; // an in-transit rule applies: the Assessor decides, exactly
      }
    }
    // 1. valuation (scenario independent)
    FixedPoint.Scratch fx = sc.fixed;
    for (int i = from; i < to; i++) {
      long factor = 1;
      int factorScale = 0;
      if (!c.currency[i].equals(regime.currency())) {
        PlanTable.Factor f = exchangeRate(c, i, regime, sc);
        if (f == PlanTable.Factor.MISSING) {
          return false;
        }
        factor = f.unscaled();
        factorScale = f.scale();
      }
      if (!FixedPoint.valuation(
          regime,
          c.incoterm[i],
          c.value[i],
          c.freight[i],
          c.insurance[i],
          factor,
          factorScale,
          fx)) {
        return false;
      }
      out.customsValue[i] = fx.customs;
      out.cif[i] = fx.cif;
      sc.goods[i - from] = fx.goods;
    }
    // 2. low-value rules: the fast path covers only entries no rule applies to
    LocalDate entryDate = c.entryDate[from];
    boolean lineAlone = true;
    for (LowValueRule rule : regime.lowValueRules()) {
      if (rule.inForce(entryDate)) {
        lineAlone = false;
        long goods = 0;
        for (int i = from; i < to; i++) {
          if (sc.goods[i - from] == Fixed.ABSENT) {
            return false;
          }
          goods = Math.addExact(goods, sc.goods[i - from]);
        }
        if (Fixed.decimal(goods, Fixed.MONEY_SCALE).compareTo(rule.threshold()) <= 0) {
          return false;
        }
      }
    }
    // 3. entry fees (scenario independent), checked before any result is written
    long[] feeAmounts = entryFees(c, from, to, im, out, entryDate);
    if (feeAmounts == null) {
      return false;
    }
    // 4. layers, per scenario. A line whose plan the fast path does not take is assessed alone by
    // the Assessor when no low-value rule is in force: its line-level components do not depend on
    // the other lines then (entry fees are computed above from all customs values).
    int scenarios = scenarioNames.length;
    boolean[] byAssessor = null;
    for (int s = 0; s < scenarios; s++) {
      for (int i = from; i < to; i++) {
        FixedPlan plan = plan(c, i, s, im, sc);
        if (plan != FixedPlan.EXACT
            && FixedPoint.line(
                plan, out.customsValue[i], c.quantity[i], c.unit[i], c.netKg[i], fx)) {
          out.duty[s][i] = fx.duty;
          out.fees[s][i] = fx.fees;
          out.taxes[s][i] = fx.taxes;
          out.notes[s][i] = plan.notes;
          continue;
        }
        if (!lineAlone || !exact.line(c, i, s, im, out)) {
          return false;
        }
        if (byAssessor == null) {
          byAssessor = new boolean[to - from];
        }
        byAssessor[i - from] = true;
      }
    }
    // 5. allocate entry fees (the same in every scenario)
    List<EntryFee> fees = regime.fees();
    for (int f = 0; f < fees.size(); f++) {
      if (feeAmounts[f] == Fixed.ABSENT) {
        continue;
      }
      boolean[] share = new boolean[to - from];
      for (int i = from; i < to; i++) {
        share[i - from] = fees.get(f).appliesTo(c.mode[i]);
      }
      long[] parts =
          Allocation.allocate(
              feeAmounts[f], out.customsValue, from, to, share, regime.rounding().fee().scale());
      for (int s = 0; s < scenarios; s++) {
        for (int i = from; i < to; i++) {
          out.fees[s][i] = Math.addExact(out.fees[s][i], parts[i - from]);
        }
      }
    }
    for (int i = from; i < to; i++) {
      out.assessed[i] = true;
      out.fallbackLines += byAssessor != null && byAssessor[i - from] ? 1 : 0;
    }
    return true;
  }

  /** The entry fees' amounts ({@link Fixed#ABSENT} when no line pays one), or null for exact. */
  private static long[] entryFees(
      Chunk c, int from, int to, PlanTable.Importer im, ChunkResult out, LocalDate entryDate) {
    List<EntryFee> fees = im.regime.fees();
    long[] amounts = new long[fees.size()];
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
        amounts[f] = Fixed.ABSENT;
        continue;
      }
      FixedPoint.Fee plan = im.fees[f];
      if (plan == null) {
        return null; // a figure of the fee does not fit the fast path's longs
      }
      int band = plan.plan().bandAt(entryDate);
      if (band == EntryFeePlan.UNKNOWN_BAND) {
        return null; // the Assessor words the failure
      }
      amounts[f] = FixedPoint.entryFee(base, plan, band);
    }
    return amounts;
  }

  private PlanTable.Factor exchangeRate(Chunk c, int i, CustomsRegime regime, Scratch sc) {
    LocalDate day = regime.fxDate().select(c.exportDate[i], c.entryDate[i]);
    if (c.currency[i] != sc.fxCurrency || !day.equals(sc.fxDay) || regime != sc.fxRegime) {
      sc.fxFactor = table.factor(c.currency[i], regime.currency(), day);
      sc.fxCurrency = c.currency[i];
      sc.fxDay = day;
      sc.fxRegime = regime;
    }
    return sc.fxFactor;
  }

  private static FixedPlan plan(Chunk c, int i, int s, PlanTable.Importer im, Scratch sc) {
    if (sc.keyed == null) {
      return im.plan(s, c.code[i], c.origin[i]);
    }
    if (c.originIndex[i] < 0) {
      return FixedPlan.EXACT;
    }
    FixedPlan[] byOrigin = sc.keyed[s][c.codeKey[i]];
    if (byOrigin == null) {
      byOrigin = im.byOrigin(s, c.code[i]);
      sc.keyed[s][c.codeKey[i]] = byOrigin; // a race stores the same array twice
    }
    return im.planAt(s, c.code[i], c.origin[i], byOrigin, c.originIndex[i]);
  }
}
