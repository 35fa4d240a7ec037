package dev.tariffimpact.batch;

import dev.tariffimpact.batch.internal.Accumulator;
import dev.tariffimpact.batch.internal.Chunk;
import dev.tariffimpact.batch.internal.ChunkResult;
import dev.tariffimpact.batch.internal.Fixed;
import dev.tariffimpact.batch.internal.GroupKey;
import dev.tariffimpact.batch.internal.RunPipeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the engine's fixed-point results into the public result types: {@link LineResult}s of a
 * committed chunk, and the {@link Aggregate}s and {@link BatchResult} of a finished run. Money is
 * given at one scale per currency, never per value: 2 decimals, or the regime's finest rounding
 * scale (value, duty, fee, tax) when that is finer (at most 4, the fixed-point scale; regimes
 * rounding finer are assessed by the Assessor and their amounts given at 4 decimals, exactly, since
 * the columns hold 4).
 */
final class ResultAssembler {

  private final List<String> scenarioNames;
  private final Map<String, String> currencies;
  private final Map<String, Integer> scales; // money scale by currency code
  private final int base;

  // every combination of BatchNote bits as its set, so a line result allocates none
  private static final List<Set<BatchNote>> NOTE_SETS = noteSets();

  ResultAssembler(
      List<String> scenarioNames,
      Map<String, String> currencies,
      Map<String, Integer> scales,
      int base) {
    this.scenarioNames = scenarioNames;
    this.currencies = currencies;
    this.scales = scales;
    this.base = base;
  }

  private static List<Set<BatchNote>> noteSets() {
    BatchNote[] all = BatchNote.values();
    List<Set<BatchNote>> sets = new ArrayList<>(1 << all.length);
    for (int bits = 0; bits < 1 << all.length; bits++) {
      Set<BatchNote> set = EnumSet.noneOf(BatchNote.class);
      for (BatchNote n : all) {
        if ((bits & (1 << n.ordinal())) != 0) {
          set.add(n);
        }
      }
      sets.add(Collections.unmodifiableSet(set));
    }
    return List.copyOf(sets);
  }

  /** Streams a committed chunk's line results to a sink, in input order. */
  void emitLines(ChunkResult r, BatchSink sink) {
    Chunk c = r.chunk;
    for (int i = 0; i < c.size; i++) {
      if (!r.assessed[i]) {
        continue;
      }
      String currency = currencies.get(c.importer[i]);
      int scale = scales.get(currency);
      long baseCharges = r.duty[base][i] + r.fees[base][i] + r.taxes[base][i];
      for (int s = 0; s < scenarioNames.size(); s++) {
        long charges = r.duty[s][i] + r.fees[s][i] + r.taxes[s][i];
        sink.line(
            new LineResult(
                c.row[i],
                c.entryId[i],
                c.importer[i],
                c.origin[i],
                c.code[i].toString(),
                r.category[i],
                scenarioNames.get(s),
                currency,
                money(r.customsValue[i], scale),
                money(r.duty[s][i], scale),
                money(r.fees[s][i], scale),
                money(r.taxes[s][i], scale),
                r.cif[i] == Fixed.ABSENT ? null : money(r.cif[i] + charges, scale),
                money(charges - baseCharges, scale),
                NOTE_SETS.get(r.notes[s][i])));
      }
    }
  }

  /** The result of a finished run: aggregates sorted by grouping, scenario and key. */
  BatchResult result(RunPipeline.Totals t, int groupings) {
    TreeMap<GroupKey, Accumulator[]> sorted = new TreeMap<>(GroupKey.ORDER);
    sorted.putAll(t.groups());
    List<Aggregate> aggregates = new ArrayList<>();
    for (int g = 0; g < groupings; g++) {
      for (int s = 0; s < scenarioNames.size(); s++) {
        for (Map.Entry<GroupKey, Accumulator[]> e : sorted.entrySet()) {
          if (e.getKey().grouping() == g) {
            aggregates.add(aggregate(e.getKey(), s, e.getValue()[s]));
          }
        }
      }
    }
    return BatchResult.of(
        scenarioNames,
        t.read(),
        t.assessed(),
        t.rejected(),
        t.fallback(),
        t.chunks(),
        t.kept(),
        aggregates);
  }

  private Aggregate aggregate(GroupKey k, int scenario, Accumulator a) {
    int scale = scales.get(k.currency());
    BigDecimal cv = money(a.customsValue(), scale);
    BigDecimal duty = money(a.duty(), scale);
    return Aggregate.of(
            scenarioNames.get(scenario),
            k.currency(),
            k.category(),
            k.chapter(),
            k.origin(),
            k.importer(),
            a.lines(),
            cv,
            duty,
            money(a.fees(), scale),
            money(a.taxes(), scale),
            a.landedUnknown() > 0 ? null : money(a.landed(), scale),
            a.landedUnknown(),
            money(a.delta(), scale),
            Aggregate.effectiveRate(duty, cv),
            a.rates(),
            a.deltas())
        .withNotes(notes(a));
  }

  private static Map<BatchNote, Long> notes(Accumulator a) {
    Map<BatchNote, Long> notes = new EnumMap<>(BatchNote.class);
    for (BatchNote note : BatchNote.values()) {
      notes.put(note, a.noteLines(note));
    }
    return notes;
  }

  /** An amount at scale 4 (unscaled) at the currency's money scale, exactly. */
  private static BigDecimal money(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, Fixed.MONEY_SCALE)
        .setScale(scale, RoundingMode.UNNECESSARY);
  }

  private static BigDecimal money(BigDecimal atScale4, int scale) {
    return atScale4.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /**
   * The money scale of a regime's currency: 2, or its finest rounding scale when finer (at most the
   * fixed-point scale 4).
   */
  static int moneyScale(dev.tariffimpact.customs.CustomsRegime regime) {
    dev.tariffimpact.customs.RoundingPolicy r = regime.rounding();
    int finest =
        Math.max(
            Math.max(r.value().scale(), r.duty().scale()),
            Math.max(r.fee().scale(), r.tax().scale()));
    return Math.min(Math.max(2, finest), Fixed.MONEY_SCALE);
  }
}
