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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the engine's fixed-point results into the public result types: {@link LineResult}s of a
 * committed chunk, and the {@link Aggregate}s and {@link BatchResult} of a finished run. Money is
 * given at scale 2 (cents), or 4 when an amount has more decimals (regimes rounding finer).
 */
final class ResultAssembler {

  private final List<String> scenarioNames;
  private final Map<String, String> currencies;
  private final int base;

  ResultAssembler(List<String> scenarioNames, Map<String, String> currencies, int base) {
    this.scenarioNames = scenarioNames;
    this.currencies = currencies;
    this.base = base;
  }

  /** Streams a committed chunk's line results to a sink, in input order. */
  void emitLines(ChunkResult r, BatchSink sink) {
    Chunk c = r.chunk;
    for (int i = 0; i < c.size; i++) {
      if (!r.assessed[i]) {
        continue;
      }
      String currency = currencies.get(c.importer[i]);
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
                money(r.customsValue[i]),
                money(r.duty[s][i]),
                money(r.fees[s][i]),
                money(r.taxes[s][i]),
                r.cif[i] == Fixed.ABSENT ? null : money(r.cif[i] + charges),
                money(charges - baseCharges)));
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
    return new BatchResult(
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
    BigDecimal cv = money(a.customsValue());
    BigDecimal duty = money(a.duty());
    return new Aggregate(
        scenarioNames.get(scenario),
        k.currency(),
        k.category(),
        k.chapter(),
        k.origin(),
        k.importer(),
        a.lines(),
        cv,
        duty,
        money(a.fees()),
        money(a.taxes()),
        a.landedUnknown() > 0 ? null : money(a.landed()),
        a.landedUnknown(),
        money(a.delta()),
        cv.signum() == 0
            ? null
            : duty.multiply(BigDecimal.valueOf(100)).divide(cv, 4, RoundingMode.HALF_EVEN),
        a.rates(),
        a.deltas());
  }

  static BigDecimal money(long unscaled) {
    BigDecimal d = BigDecimal.valueOf(unscaled, Fixed.MONEY_SCALE);
    return unscaled % 100 == 0 ? d.setScale(2, RoundingMode.UNNECESSARY) : d;
  }
}
