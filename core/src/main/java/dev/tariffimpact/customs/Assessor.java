package dev.tariffimpact.customs;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.internal.DeclaredLayers;
import dev.tariffimpact.customs.internal.LineValuer;
import dev.tariffimpact.rate.CurrencyConverter;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.RateContext;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assesses entries under one customs regime: valuation, duties, surcharges on duty, fees, taxes,
 * rounding, and the assumptions used.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(CustomsRegime.US, ExchangeRates.none());
 * Assessment a = assessor.assess(entry, scenario);        // or assess(entry, compiledSchedule)
 * a.totalCharges();                                       // 6697.14 for the FACTS.md example
 * }</pre>
 *
 * <p><b>Order.</b> For each line: (1) the customs value ({@link LineValuer}: incoterm, freight and
 * insurance, exchange rate of the regime's date, rounded); (2) the measures the compiled schedule
 * returns, by {@link MeasureKind#assessmentRank()}: base, preferential and additional duties,
 * surcharges on duty (on the amounts of the duties they name), line fees, taxes (on customs value
 * plus the line's duties), each rounded as the regime says; (3) the regime's default tax if no tax
 * measure applied. Then entry-level amounts: the low-value flat duty and the regime's entry fees on
 * the summed customs values, clamped per entry.
 *
 * <p><b>Dates.</b> Measures are those of the compiled schedule's date; fees, low-value rules and
 * exchange rates use the entry's dates. Assess an entry under a schedule compiled for its entry
 * date unless a what-if is intended.
 *
 * <p><b>Failures</b> are {@link AssessmentException}s naming the line and the input: a missing
 * quantity or freight, a missing exchange rate, a code without base duty, an origin no base duty
 * covers, a date outside every base duty's validity, an unknown fee band. Never a silent zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessor {

  private final CustomsRegime regime;
  private final ExchangeRates rates;
  // The rate text of each entry fee (index of regime.fees()) and, for each of its bands, the text
  // with the band's minimum and maximum: fixed by the regime, so printed once here.
  private final String[] feePercentTexts;
  private final String[][] feeBandTexts;
  // The label of the last compiled schedule assessed without one: a quote loop assesses many
  // entries under the same schedule, and printing the date each time shows in its latency.
  private volatile DefaultLabel lastLabel;

  private record DefaultLabel(CompiledSchedule schedule, String text) {}

  private Assessor(CustomsRegime regime, ExchangeRates rates) {
    this.regime = regime;
    this.rates = rates;
    List<EntryFee> fees = regime.fees();
    this.feePercentTexts = new String[fees.size()];
    this.feeBandTexts = new String[fees.size()][];
    for (int f = 0; f < fees.size(); f++) {
      EntryFee fee = fees.get(f);
      String percent = fee.percent().toPlainString() + "%";
      feePercentTexts[f] = percent;
      feeBandTexts[f] = new String[fee.bands().size()];
      for (int b = 0; b < fee.bands().size(); b++) {
        FeeBand band = fee.bands().get(b);
        feeBandTexts[f][b] =
            percent
                + " (min "
                + (band.minimum() == null ? "-" : band.minimum().toPlainString())
                + ", max "
                + (band.maximum() == null ? "-" : band.maximum().toPlainString())
                + " per entry)";
      }
    }
  }

  /**
   * Returns an assessor.
   *
   * @param regime for example {@link CustomsRegime#US}
   * @param rates the exchange rates for invoices in other currencies
   * @return the assessor
   */
  public static Assessor of(CustomsRegime regime, ExchangeRates rates) {
    return new Assessor(
        Objects.requireNonNull(regime, "regime"), Objects.requireNonNull(rates, "rates"));
  }

  /**
   * Returns an assessor without exchange rates (every invoice in the regime currency).
   *
   * @param regime the regime
   * @return the assessor
   */
  public static Assessor of(CustomsRegime regime) {
    return of(regime, ExchangeRates.none());
  }

  /**
   * Returns the regime.
   *
   * @return the regime
   */
  public CustomsRegime regime() {
    return regime;
  }

  /**
   * Assesses an entry under a scenario (compiled for this call).
   *
   * @param entry the entry
   * @param scenario the scenario
   * @return the assessment, labelled with the scenario's name
   * @throws AssessmentException naming the line and input that prevent the assessment
   */
  public Assessment assess(Entry entry, Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return assess(entry, scenario.compile(), scenario.name());
  }

  /**
   * Assesses an entry under a compiled schedule.
   *
   * @param entry the entry
   * @param schedule the schedule compiled for a date
   * @return the assessment, labelled {@code "as of <date>"}
   * @throws AssessmentException naming the line and input that prevent the assessment
   */
  public Assessment assess(Entry entry, CompiledSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    DefaultLabel label = lastLabel;
    if (label == null || label.schedule() != schedule) {
      label = new DefaultLabel(schedule, "as of " + schedule.asOf());
      lastLabel = label;
    }
    return assess(entry, schedule, label.text());
  }

  /**
   * Assesses one line as a formal entry of the regime's importer.
   *
   * @param line the line
   * @param schedule the compiled schedule
   * @return the assessment
   * @throws AssessmentException naming the input that prevents the assessment
   */
  public Assessment assess(ShipmentLine line, CompiledSchedule schedule) {
    return assess(Entry.of(regime.importer(), line), schedule);
  }

  /**
   * Assesses an entry under a compiled schedule with a label.
   *
   * @param entry the entry
   * @param schedule the compiled schedule
   * @param label the scenario name shown in the result
   * @return the assessment
   * @throws AssessmentException naming the line and input that prevent the assessment
   */
  public Assessment assess(Entry entry, CompiledSchedule schedule, String label) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(label, "label");
    if (!entry.importer().equals(regime.importer())) {
      throw new AssessmentException(
          Reason.MISMATCH,
          AssessmentComponent.ENTRY_LEVEL,
          "entry importer " + entry.importer() + " does not match regime " + regime.importer(),
          null);
    }
    if (!schedule.importer().equals(regime.importer())) {
      throw new AssessmentException(
          Reason.MISMATCH,
          AssessmentComponent.ENTRY_LEVEL,
          "schedule importer "
              + schedule.importer()
              + " does not match regime "
              + regime.importer(),
          null);
    }
    List<Assumption> assumptions = new ArrayList<>(regime.assumptions());
    if (!schedule.asOf().equals(entry.entryDate())) {
      assumptions.add(
          Assumption.of(
              "measures are those in force on "
                  + schedule.asOf()
                  + ", not on the entry date "
                  + entry.entryDate()
                  + " (what-if)",
              "scenario " + label));
    }
    List<LineValuation> valuations = new ArrayList<>();
    List<ShipmentLine> lines = entry.lines();
    for (int i = 0; i < lines.size(); i++) {
      valuations.add(LineValuer.value(i, lines.get(i), regime, rates, assumptions));
    }
    List<String> notes = new ArrayList<>();
    LowValueRule lowValue = lowValueRule(entry, valuations, assumptions, notes);

    List<AssessmentComponent> components = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      components.addAll(
          assessLine(i, lines.get(i), valuations.get(i), schedule, lowValue, assumptions, notes));
    }
    if (lowValue != null && lowValue.effect() == LowValueRule.Effect.FLAT_DUTY_PER_SUBHEADING) {
      components.add(flatDuty(lowValue, lines));
      assumptions.add(
          Assumption.of(
              lowValue.id()
                  + ": the flat duty is charged once per entry and not added to the lines' tax"
                  + " base; a sub-heading is the first "
                  + lowValue.subheadingDigits()
                  + " digits of the code",
              lowValue.source() + " (application by tariff-impact, confidence U)"));
    }
    if (lowValue == null || lowValue.effect() != LowValueRule.Effect.NO_DUTY_NO_FEES) {
      List<EntryFee> fees = regime.fees();
      for (int f = 0; f < fees.size(); f++) {
        AssessmentComponent fee = entryFee(f, fees.get(f), entry, valuations);
        if (fee != null) {
          components.add(fee);
          fees.get(f).band(entry.entryDate()).map(FeeBand::assumption).ifPresent(assumptions::add);
        }
      }
    }
    Set<ExchangeRate> used = new LinkedHashSet<>();
    for (LineValuation v : valuations) {
      if (v.exchangeRate() != null) {
        used.add(v.exchangeRate());
      }
    }
    // An example or assumed rate must reach the user as an assumption (no silent precision).
    for (ExchangeRate rate : used) {
      rate.assumption().ifPresent(assumptions::add);
    }
    return new Assessment(
        entry,
        label,
        regime.currency(),
        valuations,
        components,
        List.copyOf(used),
        distinct(assumptions),
        notes,
        regime.rounding().payable());
  }

  /**
   * The assumptions without repeats, first occurrence first, as {@code List.copyOf(new
   * LinkedHashSet<>(list))}: an assessment lists a handful, so comparing pairs is cheaper than
   * hashing every text.
   */
  private static List<Assumption> distinct(List<Assumption> list) {
    if (list.size() > 32) {
      return List.copyOf(new LinkedHashSet<>(list));
    }
    Assumption[] kept = new Assumption[list.size()];
    int n = 0;
    for (Assumption a : list) {
      boolean seen = false;
      for (int i = 0; i < n && !seen; i++) {
        seen = kept[i].equals(a);
      }
      if (!seen) {
        kept[n++] = a;
      }
    }
    return List.of(n == kept.length ? kept : Arrays.copyOf(kept, n));
  }

  private LowValueRule lowValueRule(
      Entry entry,
      List<LineValuation> valuations,
      List<Assumption> assumptions,
      List<String> notes) {
    List<LowValueRule> inForce = null;
    for (LowValueRule rule : regime.lowValueRules()) {
      if (rule.inForce(entry.entryDate())) {
        if (inForce == null) {
          inForce = new ArrayList<>(2);
        }
        inForce.add(rule);
      }
    }
    if (inForce == null) {
      return null;
    }
    BigDecimal goods = BigDecimal.ZERO;
    for (LineValuation v : valuations) {
      if (v.fob() != null) {
        goods = goods.add(v.fob());
      } else {
        goods = goods.add(v.cif());
        assumptions.add(
            Assumption.of(
                "line "
                    + (v.lineIndex() + 1)
                    + ": FOB unknown, the low-value test uses its CIF value (an upper bound)",
                "tariff-impact valuation rule"));
      }
    }
    for (LowValueRule rule : inForce) {
      if (goods.compareTo(rule.threshold()) <= 0) {
        notes.add(
            rule.id()
                + " applied: goods value "
                + goods.toPlainString()
                + " <= "
                + rule.threshold().toPlainString()
                + " "
                + regime.currency()
                + " ("
                + rule.title()
                + "; "
                + rule.source()
                + ")");
        return rule;
      }
    }
    return null;
  }

  private List<AssessmentComponent> assessLine(
      int index,
      ShipmentLine line,
      LineValuation valuation,
      CompiledSchedule schedule,
      LowValueRule lowValue,
      List<Assumption> assumptions,
      List<String> notes) {
    // Already in assessment order; claims and the export date may change the layers.
    List<Measure> measures = DeclaredLayers.charged(index, line, schedule, notes);
    requireBaseDuty(index, line, measures, schedule);

    boolean dutyWaived =
        lowValue != null
            && (lowValue.dutyStillDue() == null || !lowValue.dutyStillDue().contains(line.code()));
    boolean feesWaived =
        lowValue != null && lowValue.effect() == LowValueRule.Effect.NO_DUTY_NO_FEES;
    boolean taxExempt =
        regime.taxExemption() != null && regime.taxExemption().scope().contains(line.code());
    CurrencyConverter converter =
        rates.converter(regime.fxDate().select(line.exportDate(), line.entryDate()));
    BigDecimal value = valuation.customsValue();
    if (taxExempt) {
      notes.add(
          LineValuer.describe(index, line)
              + ": no import tax ("
              + regime.taxExemption().reason()
              + ")");
    }

    List<AssessmentComponent> out = new ArrayList<>(measures.size() + 1);
    Measure[] charged = new Measure[measures.size()];
    BigDecimal[] amounts = new BigDecimal[measures.size()];
    int chargedCount = 0;
    // Built for the first layer computed, then re-based per layer: the line's quantities and
    // components are the same for every layer.
    RateContext ctx = null;
    BigDecimal duties = BigDecimal.ZERO;
    boolean taxCharged = false;
    for (Measure m : measures) {
      AssessmentComponent.Category category = AssessmentComponent.Category.of(m.kind());
      if (category == AssessmentComponent.Category.DUTY && dutyWaived
          || category == AssessmentComponent.Category.FEE && feesWaived) {
        continue;
      }
      if (category == AssessmentComponent.Category.TAX && taxExempt) {
        assumptions.add(regime.taxExemption().assumption());
        continue;
      }
      BigDecimal base =
          switch (m.base()) {
            case CUSTOMS_VALUE -> value;
            case VALUE_PLUS_DUTIES -> value.add(duties);
            case DUTY_AMOUNT -> dutyBase(m, charged, amounts, chargedCount);
          };
      ctx = ctx == null ? context(base, line, valuation, converter) : ctx.withCustomsValue(base);
      BigDecimal exact = compute(index, m, line, ctx);
      if (m.total() != null) {
        // a top-up or cap: bounded by the line's base duty (already charged, kinds sort first)
        exact = m.total().apply(exact, value, baseDuties(charged, amounts, chargedCount));
      }
      Rounding rounding = rounding(m.kind());
      BigDecimal amount = rounding.apply(exact);
      out.add(
          new AssessmentComponent(
              m.id(), m.title(), m.kind(), base, m.rate().toString(), amount, index));
      charged[chargedCount] = m;
      amounts[chargedCount] = amount;
      chargedCount++;
      if (category == AssessmentComponent.Category.DUTY) {
        duties = duties.add(amount);
      } else if (category == AssessmentComponent.Category.TAX) {
        taxCharged = true;
      }
      addProvenance(m, assumptions);
    }
    if (!taxCharged && regime.defaultTax() != null) {
      if (taxExempt) {
        assumptions.add(regime.taxExemption().assumption());
      } else {
        CustomsRegime.DefaultTax tax = regime.defaultTax();
        BigDecimal base = value.add(duties);
        // movePointLeft(2) is the exact value of a division by 100 at another scale; the
        // rounding sets the scale.
        BigDecimal amount =
            regime.rounding().tax().apply(base.multiply(tax.percent()).movePointLeft(2));
        out.add(
            new AssessmentComponent(
                tax.id(),
                tax.title(),
                MeasureKind.TAX,
                base,
                tax.percent().stripTrailingZeros().toPlainString() + "%",
                amount,
                index));
      }
    }
    return out;
  }

  private static BigDecimal baseDuties(Measure[] charged, BigDecimal[] amounts, int chargedCount) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < chargedCount; i++) {
      if (charged[i].kind().isExclusivePerLine()) {
        sum = sum.add(amounts[i]);
      }
    }
    return sum;
  }

  private static BigDecimal dutyBase(
      Measure m, Measure[] charged, BigDecimal[] amounts, int chargedCount) {
    BigDecimal base = BigDecimal.ZERO;
    for (int i = 0; i < chargedCount; i++) {
      if (m.dutyBaseIncludes(charged[i])) {
        base = base.add(amounts[i]);
      }
    }
    return base;
  }

  private RateContext context(
      BigDecimal base, ShipmentLine line, LineValuation valuation, CurrencyConverter converter) {
    BigDecimal factor =
        valuation.exchangeRate() == null ? BigDecimal.ONE : valuation.exchangeRate().rate();
    RateContext.Builder ctx = RateContext.builder(regime.currency(), base).converter(converter);
    for (Quantity q : line.quantities()) {
      ctx.quantity(q);
    }
    for (Map.Entry<String, BigDecimal> c : line.componentValues().entrySet()) {
      ctx.componentValue(c.getKey(), c.getValue().multiply(factor));
    }
    for (Map.Entry<String, List<Quantity>> c : line.componentQuantities().entrySet()) {
      for (Quantity q : c.getValue()) {
        ctx.componentQuantity(c.getKey(), q);
      }
    }
    return ctx.build();
  }

  private static BigDecimal compute(int index, Measure m, ShipmentLine line, RateContext ctx) {
    try {
      return m.rate().amount(ctx);
    } catch (MissingInputException e) {
      throw new AssessmentException(Reason.MISSING_INPUT, index, failure(index, line, m, e), e);
    } catch (MissingExchangeRateException e) {
      throw new AssessmentException(
          Reason.MISSING_EXCHANGE_RATE, index, failure(index, line, m, e), e);
    } catch (TariffImpactException e) {
      throw new AssessmentException(Reason.NOT_COMPUTABLE, index, failure(index, line, m, e), e);
    }
  }

  private static String failure(int index, ShipmentLine line, Measure m, Exception e) {
    return LineValuer.describe(index, line)
        + ", measure "
        + m.id()
        + " ("
        + m.rate()
        + "): "
        + e.getMessage();
  }

  private Rounding rounding(MeasureKind kind) {
    return switch (AssessmentComponent.Category.of(kind)) {
      case DUTY -> regime.rounding().duty();
      case FEE -> regime.rounding().fee();
      case TAX -> regime.rounding().tax();
    };
  }

  private static void addProvenance(Measure m, List<Assumption> assumptions) {
    Assumption.ofUnverified(m).ifPresent(assumptions::add);
  }

  private static void requireBaseDuty(
      int index, ShipmentLine line, List<Measure> applicable, CompiledSchedule schedule) {
    for (Measure m : applicable) {
      if (m.kind() == MeasureKind.BASE_DUTY || m.kind() == MeasureKind.PREFERENCE) {
        return;
      }
    }
    String where = LineValuer.describe(index, line);
    LookupExplanation explanation = schedule.explain(line.code(), line.origin());
    List<Consideration> bases =
        explanation.considered().stream()
            .filter(c -> c.measure().kind() == MeasureKind.BASE_DUTY)
            .filter(c -> c.matchLength() >= 0)
            .toList();
    List<Consideration> outOfDates =
        bases.stream().filter(c -> c.verdict() == Verdict.OUT_OF_DATES).toList();
    if (!outOfDates.isEmpty()) {
      Set<String> validities = new TreeSet<>();
      outOfDates.forEach(c -> validities.add(c.measure().validity().toString()));
      throw new AssessmentException(
          Reason.OUTSIDE_VALIDITY,
          index,
          where
              + ": date "
              + schedule.asOf()
              + " is outside every base-duty validity for the code ("
              + String.join(", ", validities)
              + ")",
          null);
    }
    if (bases.stream().anyMatch(c -> c.verdict() == Verdict.ORIGIN_NOT_COVERED)) {
      throw new AssessmentException(
          Reason.ORIGIN_NOT_COVERED,
          index,
          where
              + ": origin "
              + explanation.origin()
              + " is not covered by any base duty of schedule "
              + schedule.importer()
              + " for the code",
          null);
    }
    throw new AssessmentException(
        Reason.NO_BASE_DUTY,
        index,
        where
            + ": schedule "
            + schedule.importer()
            + " has no base duty for code "
            + explanation.code()
            + (bases.isEmpty()
                ? ""
                : " (considered: "
                    + bases.stream()
                        .map(c -> c.measure().id() + " " + c.describe())
                        .collect(Collectors.joining(", "))
                    + ")"),
        null);
  }

  private AssessmentComponent flatDuty(LowValueRule rule, List<ShipmentLine> lines) {
    Set<String> subheadings = new TreeSet<>();
    for (ShipmentLine line : lines) {
      int digits = Math.min(rule.subheadingDigits(), line.code().length());
      subheadings.add(line.code().truncate(digits).digits());
    }
    BigDecimal count = BigDecimal.valueOf(subheadings.size());
    BigDecimal amount = regime.rounding().duty().apply(rule.flatAmount().multiply(count));
    return new AssessmentComponent(
        rule.id(),
        rule.title(),
        MeasureKind.BASE_DUTY,
        count,
        rule.flatAmount().toPlainString()
            + " "
            + regime.currency()
            + " per sub-heading x "
            + subheadings.size(),
        amount,
        AssessmentComponent.ENTRY_LEVEL);
  }

  /** The fee {@code regime.fees().get(f)}, or null if no line pays it. */
  private AssessmentComponent entryFee(
      int f, EntryFee fee, Entry entry, List<LineValuation> valuations) {
    BigDecimal base = BigDecimal.ZERO;
    boolean any = false;
    for (int i = 0; i < valuations.size(); i++) {
      if (fee.appliesTo(entry.lines().get(i).transportMode())) {
        base = base.add(valuations.get(i).customsValue());
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    FeeBand band = null;
    int bandIndex = -1;
    List<FeeBand> bands = fee.bands();
    for (int b = 0; b < bands.size(); b++) {
      if (bands.get(b).contains(entry.entryDate())) { // the first band, as EntryFee.band
        band = bands.get(b);
        bandIndex = b;
        break;
      }
    }
    if (band == null && !bands.isEmpty()) {
      throw new AssessmentException(
          Reason.FEE_UNKNOWN,
          AssessmentComponent.ENTRY_LEVEL,
          fee.id()
              + ": no minimum/maximum known for entry date "
              + entry.entryDate()
              + " (bands cover "
              + bands.stream()
                  .map(b -> b.fromInclusive() + ".." + b.toInclusive())
                  .collect(Collectors.joining(", "))
              + ")",
          null);
    }
    if (entry.type() == EntryType.INFORMAL && fee.informalFlat()) {
      if (band == null || band.informalFlat() == null) {
        throw new AssessmentException(
            Reason.FEE_UNKNOWN,
            AssessmentComponent.ENTRY_LEVEL,
            fee.id() + ": informal-entry flat fee unknown for entry date " + entry.entryDate(),
            null);
      }
      BigDecimal flat = regime.rounding().fee().apply(band.informalFlat());
      return new AssessmentComponent(
          fee.id(),
          fee.title() + " (informal entry)",
          MeasureKind.FEE,
          base,
          "flat " + band.informalFlat().toPlainString(),
          flat,
          AssessmentComponent.ENTRY_LEVEL);
    }
    // movePointLeft(2) is the exact value of a division by 100 at another scale; the clamps
    // compare values and the rounding sets the scale.
    BigDecimal exact = base.multiply(fee.percent()).movePointLeft(2);
    String rateText = feePercentTexts[f];
    if (band != null) {
      if (band.minimum() != null && exact.compareTo(band.minimum()) < 0) {
        exact = band.minimum();
      }
      if (band.maximum() != null && exact.compareTo(band.maximum()) > 0) {
        exact = band.maximum();
      }
      rateText = feeBandTexts[f][bandIndex];
    }
    return new AssessmentComponent(
        fee.id(),
        fee.title(),
        MeasureKind.FEE,
        base,
        rateText,
        regime.rounding().fee().apply(exact),
        AssessmentComponent.ENTRY_LEVEL);
  }
}
