package dev.tariffimpact.customs;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.internal.BaseDutyCheck;
import dev.tariffimpact.customs.internal.ContentSplit;
import dev.tariffimpact.customs.internal.DeclaredLayers;
import dev.tariffimpact.customs.internal.EntryFeePlan;
import dev.tariffimpact.customs.internal.ExactSteps;
import dev.tariffimpact.customs.internal.LinePlan;
import dev.tariffimpact.customs.internal.LineValuer;
import dev.tariffimpact.customs.internal.LowValueRules;
import dev.tariffimpact.rate.CurrencyConverter;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.RateContext;
import dev.tariffimpact.schedule.CompiledSchedule;
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
  // The entry fees' plans: fixed by the regime, compiled once here.
  private final List<EntryFeePlan> feePlans;
  // The label of the last compiled schedule assessed without one: a quote loop assesses many
  // entries under the same schedule, and printing the date each time shows in its latency.
  private volatile DefaultLabel lastLabel;
  // null: a missing content value stays a missing input
  private final ContentDefault contentDefault;

  private record DefaultLabel(CompiledSchedule schedule, String text) {}

  private Assessor(CustomsRegime regime, ExchangeRates rates, ContentDefault contentDefault) {
    this.regime = regime;
    this.rates = rates;
    this.feePlans = EntryFeePlan.of(regime);
    this.contentDefault = contentDefault;
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
        Objects.requireNonNull(regime, "regime"), Objects.requireNonNull(rates, "rates"), null);
  }

  /**
   * Returns this assessor with a content default: a metal content a line does not declare is
   * estimated (and listed as an assumption and a note) instead of failing as a missing input.
   *
   * @param value the estimate, for example the BEA shares
   * @return an assessor with the same regime and rates
   */
  public Assessor withContentDefault(ContentDefault value) {
    return new Assessor(regime, rates, Objects.requireNonNull(value, "value"));
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
    List<AssessmentNote> notes = new ArrayList<>();
    LowValueRule lowValue = LowValueRules.applying(regime, entry, valuations, assumptions, notes);

    List<AssessmentComponent> components = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      components.addAll(
          assessLine(i, lines.get(i), valuations.get(i), schedule, lowValue, assumptions, notes));
    }
    if (lowValue != null && lowValue.effect() == LowValueRule.Effect.FLAT_DUTY_PER_SUBHEADING) {
      components.add(LowValueRules.flatDuty(regime, lowValue, lines));
      assumptions.add(LowValueRules.flatDutyAssumption(lowValue));
    }
    if (lowValue == null || lowValue.effect() != LowValueRule.Effect.NO_DUTY_NO_FEES) {
      for (EntryFeePlan plan : feePlans) {
        AssessmentComponent fee = entryFee(plan, entry, valuations);
        if (fee != null) {
          components.add(fee);
          // a band carried forward (MPF FY2027) is an assumption the user must see
          plan.fee().band(entry.entryDate()).map(FeeBand::assumption).ifPresent(assumptions::add);
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
    return Assessment.of(
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

  private List<AssessmentComponent> assessLine(
      int index,
      ShipmentLine line,
      LineValuation valuation,
      CompiledSchedule schedule,
      LowValueRule lowValue,
      List<Assumption> assumptions,
      List<AssessmentNote> notes) {
    // claims and the export date may change the layers (DeclaredLayers words the notes)
    List<Measure> measures = DeclaredLayers.charged(index, line, schedule, notes);
    LinePlan plan =
        LinePlan.of(ContentSplit.of(index, line, schedule, measures, notes), regime, line.code());
    Map<String, BigDecimal> estimated =
        ContentSplit.estimates(index, line, plan, contentDefault, assumptions, notes);
    if (!plan.hasBaseDuty()) {
      throw BaseDutyCheck.failure(index, line, schedule);
    }
    boolean dutyWaived =
        lowValue != null
            && (lowValue.dutyStillDue() == null || !lowValue.dutyStillDue().contains(line.code()));
    boolean feesWaived =
        lowValue != null && lowValue.effect() == LowValueRule.Effect.NO_DUTY_NO_FEES;
    CurrencyConverter converter =
        rates.converter(regime.fxDate().select(line.exportDate(), line.entryDate()));
    BigDecimal value = valuation.customsValue();
    if (plan.taxExempt()) {
      notes.add(
          AssessmentNote.ofLine(
              NoteKind.NO_IMPORT_TAX,
              index,
              LineValuer.describe(index, line)
                  + ": no import tax ("
                  + regime.taxExemption().reason()
                  + ")"));
    }
    List<LinePlan.Layer> layers = plan.layers();
    List<AssessmentComponent> out = new ArrayList<>(layers.size() + 1);
    BigDecimal[] amounts = new BigDecimal[layers.size()]; // null: not charged
    // Built for the first layer computed, then re-based per layer: the line's quantities and
    // components are the same for every layer.
    RateContext ctx = null;
    BigDecimal duties = BigDecimal.ZERO;
    boolean taxCharged = false;
    for (int k = 0; k < layers.size(); k++) {
      LinePlan.Layer layer = layers.get(k);
      Measure m = layer.measure();
      AssessmentComponent.Category category = layer.category();
      if (category == AssessmentComponent.Category.DUTY && dutyWaived
          || category == AssessmentComponent.Category.FEE && feesWaived) {
        continue;
      }
      if (plan.skips(layer)) {
        assumptions.add(regime.taxExemption().assumption());
        continue;
      }
      BigDecimal base = ExactSteps.layerBase(layer, value, duties, amounts);
      if (!layer.lessContent().isEmpty()) {
        base = ContentSplit.restOfValue(index, line, estimated, layer, base, valuation);
      }
      ctx =
          ctx == null
              ? context(base, line, estimated, valuation, converter)
              : ctx.withCustomsValue(base);
      BigDecimal exact = compute(index, m, line, ctx);
      if (m.total() != null) {
        // a top-up or cap: bounded by the line's base duty (charged first: kinds sort first)
        exact = m.total().apply(exact, value, baseDuties(layers, amounts));
      }
      BigDecimal amount = ExactSteps.round(exact, layer.rounding());
      out.add(
          AssessmentComponent.of(
              m.id(), m.title(), m.kind(), base, m.rate().toString(), amount, index));
      amounts[k] = amount;
      if (category == AssessmentComponent.Category.DUTY) {
        duties = duties.add(amount);
      } else if (category == AssessmentComponent.Category.TAX) {
        taxCharged = true;
      }
      addProvenance(m, assumptions);
    }
    if (plan.chargesDefaultTax(taxCharged)) {
      CustomsRegime.DefaultTax tax = plan.defaultTax();
      BigDecimal base = value.add(duties);
      out.add(
          AssessmentComponent.of(
              tax.id(),
              tax.title(),
              MeasureKind.TAX,
              base,
              tax.percent().stripTrailingZeros().toPlainString() + "%",
              ExactSteps.defaultTax(base, tax.percent(), plan.taxRounding()),
              index));
    } else if (!taxCharged && plan.defaultTax() != null) {
      assumptions.add(regime.taxExemption().assumption());
    }
    return out;
  }

  /** The base duty (or preference) amounts charged so far: what a top-up or cap is bounded by. */
  private static BigDecimal baseDuties(List<LinePlan.Layer> layers, BigDecimal[] amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < amounts.length; k++) {
      if (amounts[k] != null && layers.get(k).measure().kind().isExclusivePerLine()) {
        sum = sum.add(amounts[k]);
      }
    }
    return sum;
  }

  private RateContext context(
      BigDecimal base,
      ShipmentLine line,
      Map<String, BigDecimal> estimated,
      LineValuation valuation,
      CurrencyConverter converter) {
    BigDecimal factor =
        valuation.exchangeRate() == null ? BigDecimal.ONE : valuation.exchangeRate().rate();
    RateContext.Builder ctx = RateContext.builder(regime.currency(), base).converter(converter);
    for (Quantity q : line.quantities()) {
      ctx.quantity(q);
    }
    for (Map.Entry<String, BigDecimal> c : line.componentValues().entrySet()) {
      ctx.componentValue(c.getKey(), c.getValue().multiply(factor));
    }
    for (Map.Entry<String, BigDecimal> c : estimated.entrySet()) {
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

  private static void addProvenance(Measure m, List<Assumption> assumptions) {
    Assumption.ofUnverified(m).ifPresent(assumptions::add);
  }

  /** The fee of a plan, or null if no line pays it. */
  private AssessmentComponent entryFee(
      EntryFeePlan plan, Entry entry, List<LineValuation> valuations) {
    EntryFee fee = plan.fee();
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
    int band = plan.bandAt(entry.entryDate());
    if (band == EntryFeePlan.UNKNOWN_BAND) {
      throw plan.unknownBand(entry.entryDate());
    }
    if (entry.type() == EntryType.INFORMAL && fee.informalFlat()) {
      BigDecimal flat = band < 0 ? null : fee.bands().get(band).informalFlat();
      if (flat == null) {
        throw new AssessmentException(
            Reason.FEE_UNKNOWN,
            AssessmentComponent.ENTRY_LEVEL,
            fee.id() + ": informal-entry flat fee unknown for entry date " + entry.entryDate(),
            null);
      }
      return AssessmentComponent.of(
          fee.id(),
          fee.title() + " (informal entry)",
          MeasureKind.FEE,
          base,
          "flat " + flat.toPlainString(),
          plan.rounding().apply(flat),
          AssessmentComponent.ENTRY_LEVEL);
    }
    return AssessmentComponent.of(
        fee.id(),
        fee.title(),
        MeasureKind.FEE,
        base,
        plan.rateText(band),
        ExactSteps.entryFee(
            base, fee.percent(), plan.minimum(band), plan.maximum(band), plan.rounding()),
        AssessmentComponent.ENTRY_LEVEL);
  }
}
