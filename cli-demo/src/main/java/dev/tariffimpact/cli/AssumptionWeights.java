package dev.tariffimpact.cli;

import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much of the demo's duty rests on each unverified fact, so the demo can show the few that
 * matter most: for an unverified measure, the duty of the sample lines the measure applies to; for
 * an exchange rate, the duty of the lines invoiced in its from-currency; for a rule of the whole
 * regime, the duty of every line of that importer. Per moment, in the importer's currency; an
 * assumption's weight is its largest in any one moment.
 *
 * <p>Presentation only: the duties come from the bulk engine, which measures apply from core.
 */
final class AssumptionWeights {

  /** One assumption with the duty resting on it (in USD for ranking, and as assessed). */
  record Weighted(Assumption assumption, BigDecimal dutyUsd, BigDecimal duty, String currency) {}

  private final Map<Assumption, Weighted> weights = new LinkedHashMap<>();
  private final ExchangeRates rates;
  private final LocalDate rateDate;
  private final Map<Long, String> invoiceCurrencyByRow;
  private final Map<Assumption, String> rateFromCurrency = new HashMap<>();

  /**
   * @param rates the rates (with derived ones) to put INR duty on the USD scale for ranking
   * @param rateDate the day of those rates
   * @param invoiceCurrencyByRow each sample row's invoice currency, by row number
   */
  AssumptionWeights(
      ExchangeRates rates, LocalDate rateDate, Map<Long, String> invoiceCurrencyByRow) {
    this.rates = rates;
    this.rateDate = rateDate;
    this.invoiceCurrencyByRow = invoiceCurrencyByRow;
    for (ExchangeRate r : rates.rates()) {
      r.assumption().ifPresent(a -> rateFromCurrency.put(a, r.from().getCurrencyCode()));
    }
  }

  /**
   * Adds one moment of one importer: its scenario, every assumption of it, and the line results of
   * that moment and importer.
   */
  void add(Scenario scenario, List<Assumption> assumptions, List<LineResult> lines) {
    CompiledSchedule compiled = scenario.compile();
    Map<Assumption, BigDecimal> byMeasure = new HashMap<>();
    BigDecimal all = BigDecimal.ZERO;
    String currency = scenario.schedule().currency().getCurrencyCode();
    for (LineResult line : lines) {
      all = all.add(line.duty());
      for (Measure m : compiled.applicable(ProductCode.parse(line.code()), line.origin())) {
        Optional<Assumption> a = Assumption.ofUnverified(m);
        a.ifPresent(x -> byMeasure.merge(x, line.duty(), BigDecimal::add));
      }
    }
    for (Assumption a : assumptions) {
      BigDecimal duty;
      if (rateFromCurrency.containsKey(a)) {
        String from = rateFromCurrency.get(a);
        duty =
            lines.stream()
                .filter(l -> from.equals(invoiceCurrencyByRow.get(l.row())))
                .map(LineResult::duty)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
      } else {
        duty = byMeasure.getOrDefault(a, isMeasure(a, scenario) ? BigDecimal.ZERO : all);
      }
      Weighted w = new Weighted(a, usd(duty, currency), duty, currency);
      weights.merge(a, w, (x, y) -> x.dutyUsd().compareTo(y.dutyUsd()) >= 0 ? x : y);
    }
  }

  /** Every assumption, most duty first (ties keep the order they were added in). */
  List<Weighted> ranked() {
    List<Weighted> list = new ArrayList<>(weights.values());
    list.sort(Comparator.comparing(Weighted::dutyUsd).reversed());
    return list;
  }

  private static boolean isMeasure(Assumption a, Scenario s) {
    return java.util.stream.Stream.concat(s.schedule().measures().stream(), s.overlays().stream())
        .anyMatch(m -> Assumption.ofUnverified(m).map(a::equals).orElse(false));
  }

  private BigDecimal usd(BigDecimal amount, String currency) {
    if (currency.equals("USD")) {
      return amount;
    }
    BigDecimal factor =
        rates
            .rate(
                java.util.Currency.getInstance(currency),
                java.util.Currency.getInstance("USD"),
                rateDate)
            .rate();
    return amount.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
  }
}
