package dev.tariffimpact.bench;

import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.FeeBand;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Peer: the straightforward implementation an in-house developer would write. One object per line
 * with {@link BigDecimal} fields, a {@link HashMap} from {@code scenario|code|origin} to the layers
 * (the same flattened rates the SQL peer gets) and to the factor to USD per currency and day,
 * per-line {@code BigDecimal} arithmetic rounded HALF_UP to cents per layer, entries as runs of the
 * same id with MPF and HMF clamped per entry, and the same aggregates in hash maps.
 * Single-threaded.
 */
public final class ReferencePeer {

  /**
   * One line as parsed from the CSV.
   *
   * @param entryId entry id
   * @param code product code text
   * @param origin origin
   * @param value invoice value
   * @param currency invoice currency
   * @param incoterm incoterm
   * @param freight freight or null
   * @param insurance insurance or null
   * @param quantity quantity in the line's unit
   * @param unit unit text
   * @param netKg net mass or null
   * @param mode transport mode
   * @param entryDate entry date
   * @param exportDate date of exportation
   */
  public record RefLine(
      String entryId,
      String code,
      String origin,
      BigDecimal value,
      String currency,
      String incoterm,
      BigDecimal freight,
      BigDecimal insurance,
      BigDecimal quantity,
      String unit,
      BigDecimal netKg,
      String mode,
      LocalDate entryDate,
      LocalDate exportDate) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<String> scenarios;
  private final Map<String, List<FlatRates.Layer>> rates = new HashMap<>();
  private final List<EntryFee> fees;
  private final Map<String, BigDecimal> fx = Workload.fxFactors();

  /**
   * Builds the peer.
   *
   * @param scenarios the scenarios
   */
  public ReferencePeer(List<Scenario> scenarios) {
    this.scenarios = scenarios.stream().map(Scenario::name).toList();
    for (Map.Entry<String, List<List<FlatRates.Layer>>> e : Workload.rates(scenarios).entrySet()) {
      for (int s = 0; s < scenarios.size(); s++) {
        rates.put(this.scenarios.get(s) + "|" + e.getKey(), e.getValue().get(s));
      }
    }
    this.fees = Workload.regime().fees();
  }

  /**
   * Reads a generated file.
   *
   * @param csv the file
   * @return the lines
   */
  public static List<RefLine> read(Path csv) {
    List<RefLine> out = new ArrayList<>();
    Map<String, String> strings = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    Workload.forEachRow(
        csv,
        c ->
            out.add(
                new RefLine(
                    c[Workload.ENTRY],
                    strings.computeIfAbsent(c[Workload.CODE], k -> k),
                    strings.computeIfAbsent(c[Workload.ORIGIN], k -> k),
                    new BigDecimal(c[Workload.VALUE]),
                    strings.computeIfAbsent(c[Workload.CURRENCY], k -> k),
                    strings.computeIfAbsent(c[Workload.INCOTERM], k -> k),
                    Workload.decimal(c[Workload.FREIGHT]).orElse(null),
                    Workload.decimal(c[Workload.INSURANCE]).orElse(null),
                    new BigDecimal(c[Workload.QUANTITY]),
                    strings.computeIfAbsent(c[Workload.UNIT], k -> k),
                    Workload.decimal(c[Workload.NET_KG]).orElse(null),
                    strings.computeIfAbsent(c[Workload.MODE], k -> k),
                    dates.computeIfAbsent(c[Workload.ENTRY_DATE], LocalDate::parse),
                    c[Workload.EXPORT_DATE].isEmpty()
                        ? null
                        : dates.computeIfAbsent(c[Workload.EXPORT_DATE], LocalDate::parse))));
    return out;
  }

  private static final class Acc {
    long lines;
    BigDecimal customsValue = BigDecimal.ZERO;
    BigDecimal duty = BigDecimal.ZERO;
  }

  /**
   * Computes the aggregates.
   *
   * @param lines the lines, entries consecutive
   * @return the totals
   */
  public Totals run(List<RefLine> lines) {
    Map<String, BigDecimal> fx = this.fx;
    Map<String, Acc> byOrigin = new HashMap<>();
    BigDecimal feeTotal = BigDecimal.ZERO;
    int start = 0;
    while (start < lines.size()) {
      int end = entryEnd(lines, start);
      for (int i = start; i < end; i++) {
        RefLine line = lines.get(i);
        BigDecimal cv = customsValue(line, fx);
        BigDecimal kg = kg(line);
        for (String scenario : scenarios) {
          List<FlatRates.Layer> layers =
              rates.get(scenario + "|" + line.code() + "|" + line.origin());
          if (layers == null) {
            throw new IllegalStateException("no rates for " + line);
          }
          BigDecimal duty = BigDecimal.ZERO;
          for (FlatRates.Layer layer : layers) {
            BigDecimal amount = cv.multiply(layer.fraction());
            if (layer.perUnit().signum() != 0) {
              amount = amount.add(line.quantity().multiply(layer.perUnit()));
            }
            if (layer.perKg().signum() != 0) {
              if (kg == null) {
                throw new IllegalStateException("no net mass for " + line);
              }
              amount = amount.add(kg.multiply(layer.perKg()));
            }
            duty = duty.add(amount.setScale(2, RoundingMode.HALF_UP));
          }
          Acc acc = byOrigin.computeIfAbsent(scenario + "|" + line.origin(), k -> new Acc());
          acc.lines++;
          acc.customsValue = acc.customsValue.add(cv);
          acc.duty = acc.duty.add(duty);
        }
      }
      feeTotal = feeTotal.add(entryFee(lines, start, end));
      start = end;
    }
    Totals.Builder b = new Totals.Builder();
    for (Map.Entry<String, Acc> e : byOrigin.entrySet()) {
      String[] key = e.getKey().split("\\|");
      Acc a = e.getValue();
      b.origin(key[0], key[1], a.lines, a.customsValue, a.duty);
    }
    for (String scenario : scenarios) {
      b.fees(scenario, feeTotal);
    }
    return b.build();
  }

  /**
   * Entry fees per entry id, for the correctness test.
   *
   * @param lines the lines
   * @return fees by entry id
   */
  public Map<String, BigDecimal> entryFees(List<RefLine> lines) {
    Map<String, BigDecimal> out = new TreeMap<>();
    int start = 0;
    while (start < lines.size()) {
      int end = entryEnd(lines, start);
      out.put(lines.get(start).entryId(), entryFee(lines, start, end));
      start = end;
    }
    return out;
  }

  private static int entryEnd(List<RefLine> lines, int start) {
    int end = start + 1;
    while (end < lines.size() && lines.get(end).entryId().equals(lines.get(start).entryId())) {
      end++;
    }
    return end;
  }

  private BigDecimal entryFee(List<RefLine> lines, int start, int end) {
    Map<String, BigDecimal> fx = this.fx;
    BigDecimal total = BigDecimal.ZERO;
    LocalDate date = lines.get(start).entryDate();
    for (EntryFee fee : fees) {
      BigDecimal base = BigDecimal.ZERO;
      for (int i = start; i < end; i++) {
        if (fee.modes().isEmpty()
            || fee.modes().contains(TransportMode.valueOf(lines.get(i).mode()))) {
          base = base.add(customsValue(lines.get(i), fx));
        }
      }
      BigDecimal amount = base.multiply(fee.percent()).divide(HUNDRED);
      if (!fee.bands().isEmpty()) {
        FeeBand band =
            fee.bands().stream()
                .filter(b -> b.contains(date))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no fee band on " + date));
        if (band.minimum() != null) {
          amount = amount.max(band.minimum());
        }
        if (band.maximum() != null) {
          amount = amount.min(band.maximum());
        }
      }
      total = total.add(amount.setScale(2, RoundingMode.HALF_UP));
    }
    return total;
  }

  private static BigDecimal customsValue(RefLine line, Map<String, BigDecimal> fx) {
    BigDecimal cv = line.value();
    switch (line.incoterm()) {
      case "CFR", "CPT" -> cv = cv.subtract(line.freight());
      case "CIF", "CIP", "DAP", "DPU", "DDP" ->
          cv = cv.subtract(line.freight()).subtract(line.insurance());
      default -> {}
    }
    LocalDate day = line.exportDate() != null ? line.exportDate() : line.entryDate();
    BigDecimal factor = fx.get(line.currency() + "|" + day);
    if (factor == null) {
      throw new IllegalStateException("no exchange rate for " + line);
    }
    return cv.multiply(factor).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal kg(RefLine line) {
    if (line.netKg() != null) {
      return line.netKg();
    }
    return line.unit().equals("kg") ? line.quantity() : null;
  }
}
