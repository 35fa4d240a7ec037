package dev.tariffimpact.cli;

import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.report.AssumptionGroups;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Declaration;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the demo's figures rest on, as assumptions a reader can weigh: the per-line measures that
 * rest on one assumption (every 50/2017 entry "assumed as" its 45/2025 successor, every IGST rate
 * before 2025-09-22) are one item with the tariff items and the charges resting on it, not one item
 * per tariff line (grouping rule: {@link AssumptionGroups}).
 *
 * <p>Only what the sample lines actually use counts: the measures charged on each line given its
 * claims and date of exportation, the unverified exemptions that took a charge off a line, the
 * exchange rate of its invoice currency on the regime's date, and the regime's own rules. A measure
 * that displaced nothing and charged nothing (an IGST "claim one of" placeholder on a line that
 * made its claim) rests nothing.
 *
 * <p>Weight: the duty, fees and taxes of the sample lines that use the item, per moment, in the
 * importer's currency; an item's weight is its largest in any one moment. Items are ranked on one
 * basis, USD, converting INR at the rate of {@code rateDate}.
 *
 * <p>Presentation only: the amounts come from the bulk engine, which measures apply from core.
 */
final class AssumptionWeights {

  /**
   * One item with the charges resting on it.
   *
   * @param label what is assumed (or which input), one line
   * @param source where it comes from
   * @param kind unverified fact or input
   * @param members how many measures or rate tables it stands for
   * @param codes the tariff items of the sample lines that use it
   * @param sampleLines how many sample lines use it (in the moment of its weight)
   * @param chargesUsd the charges on the USD basis, for ranking
   * @param charges the charges in {@code currency}
   * @param currency the importer's currency
   */
  record Weighted(
      String label,
      String source,
      AssumptionGroups.Kind kind,
      int members,
      Set<String> codes,
      int sampleLines,
      BigDecimal chargesUsd,
      BigDecimal charges,
      String currency) {}

  /**
   * What a sample row declares, read from the sample CSV.
   *
   * @param currency the invoice currency
   * @param declaration the claims and date of exportation
   * @param entryDate the date of entry
   */
  record SampleRow(String currency, Declaration declaration, LocalDate entryDate) {}

  private final ExchangeRates rates;
  private final LocalDate rateDate;
  private final Map<Long, SampleRow> rows;
  private final Map<String, AssumptionGroups.Group> groups = new LinkedHashMap<>();
  private final Map<String, Weighted> best = new LinkedHashMap<>();

  /**
   * @param rates the rates (with derived ones): the lines' rates, and INR to USD for ranking
   * @param rateDate the day of the ranking rate
   * @param rows each sample row, by row number
   */
  AssumptionWeights(ExchangeRates rates, LocalDate rateDate, Map<Long, SampleRow> rows) {
    this.rates = rates;
    this.rateDate = rateDate;
    this.rows = rows;
  }

  /**
   * Adds one moment of one importer: its scenario and regime, and the line results of that moment
   * and importer.
   */
  void add(Scenario scenario, CustomsRegime regime, List<LineResult> lines) {
    CompiledSchedule compiled = scenario.compile();
    String currency = scenario.schedule().currency().getCurrencyCode();
    Map<String, Moment> moment = new LinkedHashMap<>();
    for (LineResult line : lines) {
      SampleRow row = rows.get(line.row());
      Declaration declared = row == null ? Declaration.NONE : row.declaration();
      Set<String> keys = new LinkedHashSet<>();
      LookupExplanation explained =
          compiled.explain(ProductCode.parse(line.code()), line.origin(), declared);
      for (Measure m : usedUnverified(explained)) {
        keys.add(
            groups.computeIfAbsent(AssumptionGroups.key(m), k -> AssumptionGroups.of(m)).add(m));
      }
      for (Assumption a : regime.assumptions()) {
        keys.add(
            groups
                .computeIfAbsent("regime " + a.text(), k -> AssumptionGroups.of(a))
                .add(a.text()));
      }
      Optional<ExchangeRate> rate = row == null ? Optional.empty() : rate(row, scenario, regime);
      if (rate.isPresent()) {
        ExchangeRate r = rate.get();
        keys.add(
            groups
                .computeIfAbsent(AssumptionGroups.key(r), k -> AssumptionGroups.of(r))
                .add(r.validFrom().toString()));
      }
      for (String key : keys) {
        moment.computeIfAbsent(key, k -> new Moment()).add(line);
      }
    }
    for (Map.Entry<String, Moment> e : moment.entrySet()) {
      AssumptionGroups.Group g = groups.get(e.getKey());
      Moment m = e.getValue();
      Weighted w =
          new Weighted(
              g.label(),
              g.source(),
              g.kind(),
              g.members(),
              g.codes(),
              m.lines,
              usd(m.charges, currency),
              m.charges,
              currency);
      g.codes().addAll(m.codes);
      best.merge(e.getKey(), w, (x, y) -> x.chargesUsd().compareTo(y.chargesUsd()) >= 0 ? x : y);
    }
  }

  /** Every item of a kind, most charges first (ties keep the order they were first met in). */
  List<Weighted> ranked(AssumptionGroups.Kind kind) {
    List<Weighted> list = new ArrayList<>();
    for (Map.Entry<String, Weighted> e : best.entrySet()) {
      if (e.getValue().kind() == kind) {
        AssumptionGroups.Group g = groups.get(e.getKey());
        Weighted w = e.getValue();
        // label, members and codes as finally known, over every moment
        list.add(
            new Weighted(
                g.label(),
                g.source(),
                w.kind(),
                g.members(),
                Collections.unmodifiableSortedSet(new TreeSet<>(g.codes())),
                w.sampleLines(),
                w.chargesUsd(),
                w.charges(),
                w.currency()));
      }
    }
    list.sort(Comparator.comparing(Weighted::chargesUsd).reversed());
    return list;
  }

  /**
   * The unverified measures a line's figures rest on: those charged, and the exemptions that took a
   * charge off it.
   */
  static List<Measure> usedUnverified(LookupExplanation explained) {
    List<Measure> used = new ArrayList<>(explained.applicable());
    used.addAll(explained.exemptionsUsed());
    used.removeIf(m -> m.provenance().confidence() != Confidence.U);
    return used;
  }

  /** The rate a sample row's invoice is converted with, if it is unverified or an input. */
  private Optional<ExchangeRate> rate(SampleRow row, Scenario scenario, CustomsRegime regime) {
    Currency to = scenario.schedule().currency();
    if (row.currency().isEmpty()
        || row.currency().equals(to.getCurrencyCode())
        || row.entryDate() == null) {
      return Optional.empty();
    }
    LocalDate exported = row.declaration().exportDate();
    // the batch's rule: without a date of exportation the entry date stands for it
    LocalDate day =
        regime.fxDate().select(exported == null ? row.entryDate() : exported, row.entryDate());
    return rates
        .find(Currency.getInstance(row.currency()), to, day)
        .filter(r -> r.assumption().isPresent());
  }

  private BigDecimal usd(BigDecimal amount, String currency) {
    if (currency.equals("USD")) {
      return amount;
    }
    BigDecimal factor =
        rates.rate(Currency.getInstance(currency), Currency.getInstance("USD"), rateDate).rate();
    return amount.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The charges of one item in one moment. */
  private static final class Moment {
    private BigDecimal charges = BigDecimal.ZERO;
    private int lines;
    private final Set<String> codes = new TreeSet<>();

    void add(LineResult line) {
      charges = charges.add(line.totalCharges());
      lines++;
      codes.add(line.code());
    }
  }
}
