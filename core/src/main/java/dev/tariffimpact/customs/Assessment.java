package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an entry pays under one scenario: every component, totals of duty, fees and taxes, the
 * amount payable, the landed cost, the effective duty rate, the exchange rates used and the
 * unverified assumptions the result depends on.
 *
 * <p>Example (FACTS.md, US, entered 2025-09-15): components MFN 1650.00, reciprocal 2500.00,
 * Russian-oil 2500.00, MPF 34.64, HMF 12.50; duty 6650.00, fees 47.14, total charges 6697.14,
 * effective duty rate 66.5000%.
 *
 * <p>Totals are exact sums of the (rounded) components, so {@code dutyTotal() + feeTotal() +
 * taxTotal() == totalCharges()} always holds. This class is immutable and thread-safe.
 */
public final class Assessment {

  /** Scale of {@link #effectiveDutyRate()} (a percent): 4 digits, HALF_EVEN. */
  public static final int RATE_SCALE = 4;

  private final Entry entry;
  private final String scenario;
  private final Currency currency;
  private final List<LineValuation> lines;
  private final List<AssessmentComponent> components;
  private final List<ExchangeRate> exchangeRates;
  private final List<Assumption> assumptions;
  private final List<AssessmentNote> notes;
  private final List<String> noteTexts;
  private final Rounding payableRounding;
  private final BigDecimal customsValue;
  private final BigDecimal dutyTotal;
  private final BigDecimal feeTotal;
  private final BigDecimal taxTotal;
  private final BigDecimal cifTotal;

  /**
   * Returns an assessment; called by {@link Assessor}.
   *
   * @param entry the entry assessed
   * @param scenario the scenario's name, for labels
   * @param currency the assessment currency
   * @param lines the valuation of each line, in line order
   * @param components every amount, in assessment order
   * @param exchangeRates the distinct rates used
   * @param assumptions the distinct unverified assumptions
   * @param notes regime rules applied that change the result (low-value relief, tax exemption)
   * @param payableRounding how the regime rounds the total payable
   * @return the assessment, totals summed from the components
   * @throws IllegalArgumentException if there is not one valuation per line
   */
  static Assessment of(
      Entry entry,
      String scenario,
      Currency currency,
      List<LineValuation> lines,
      List<AssessmentComponent> components,
      List<ExchangeRate> exchangeRates,
      List<Assumption> assumptions,
      List<AssessmentNote> notes,
      Rounding payableRounding) {
    return new Assessment(
        entry,
        scenario,
        currency,
        lines,
        components,
        exchangeRates,
        assumptions,
        notes,
        payableRounding);
  }

  private Assessment(
      Entry entry,
      String scenario,
      Currency currency,
      List<LineValuation> lines,
      List<AssessmentComponent> components,
      List<ExchangeRate> exchangeRates,
      List<Assumption> assumptions,
      List<AssessmentNote> notes,
      Rounding payableRounding) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.lines = List.copyOf(lines);
    this.components = List.copyOf(components);
    this.exchangeRates = List.copyOf(exchangeRates);
    this.assumptions = List.copyOf(assumptions);
    this.notes = List.copyOf(notes);
    this.noteTexts =
        this.notes.isEmpty() ? List.of() : this.notes.stream().map(AssessmentNote::text).toList();
    this.payableRounding = Objects.requireNonNull(payableRounding, "payableRounding");
    if (this.lines.size() != entry.lines().size()) {
      throw new IllegalArgumentException(
          "one valuation per line expected: "
              + entry.lines().size()
              + " lines, "
              + this.lines.size()
              + " valuations");
    }
    // Plain loops, in list order from ZERO (the same sums as a stream reduction): this runs once
    // per quote.
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal cif = BigDecimal.ZERO;
    for (LineValuation l : this.lines) {
      value = value.add(l.customsValue());
      cif = cif == null || l.cif() == null ? null : cif.add(l.cif());
    }
    this.customsValue = value;
    this.cifTotal = cif;
    BigDecimal duty = BigDecimal.ZERO;
    BigDecimal fee = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (AssessmentComponent c : this.components) {
      switch (c.category()) {
        case DUTY -> duty = duty.add(c.amount());
        case FEE -> fee = fee.add(c.amount());
        case TAX -> tax = tax.add(c.amount());
      }
    }
    this.dutyTotal = duty;
    this.feeTotal = fee;
    this.taxTotal = tax;
  }

  /**
   * Returns the entry assessed.
   *
   * @return the entry
   */
  public Entry entry() {
    return entry;
  }

  /**
   * Returns the name of the scenario the entry was assessed under.
   *
   * @return for example {@code "2025-09-15 in force"}
   */
  public String scenario() {
    return scenario;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return for example USD
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the valuation of each line.
   *
   * @return in line order
   */
  public List<LineValuation> lines() {
    return lines;
  }

  /**
   * Returns every component in assessment order: per line duties, surcharges, fees and taxes, then
   * entry-level amounts.
   *
   * @return the components
   */
  public List<AssessmentComponent> components() {
    return components;
  }

  /**
   * Returns the components of one line.
   *
   * @param lineIndex the line's index, or {@link AssessmentComponent#ENTRY_LEVEL}
   * @return its components
   */
  public List<AssessmentComponent> components(int lineIndex) {
    return components.stream().filter(c -> c.lineIndex() == lineIndex).toList();
  }

  /**
   * Returns the component of a measure on a line.
   *
   * @param measureId for example {@code "US-MPF"}
   * @param lineIndex the line, or {@link AssessmentComponent#ENTRY_LEVEL}
   * @return the component, empty if the measure charged nothing there
   */
  public Optional<AssessmentComponent> component(String measureId, int lineIndex) {
    return components.stream()
        .filter(c -> c.lineIndex() == lineIndex && c.measureId().equals(measureId))
        .findFirst();
  }

  /**
   * Returns the sum of the lines' customs values.
   *
   * @return for example {@code 10000.00}
   */
  public BigDecimal customsValue() {
    return customsValue;
  }

  /**
   * Returns the sum of duty components (base, preferential, additional duties and surcharges).
   *
   * @return the exact sum of rounded components
   */
  public BigDecimal dutyTotal() {
    return dutyTotal;
  }

  /**
   * Returns the sum of fee components.
   *
   * @return the exact sum of rounded components
   */
  public BigDecimal feeTotal() {
    return feeTotal;
  }

  /**
   * Returns the sum of tax components.
   *
   * @return the exact sum of rounded components
   */
  public BigDecimal taxTotal() {
    return taxTotal;
  }

  /**
   * Returns duty plus fees plus taxes.
   *
   * @return for example {@code 6697.14}
   */
  public BigDecimal totalCharges() {
    return dutyTotal.add(feeTotal).add(taxTotal);
  }

  /**
   * Returns the total charges rounded as the regime requires for payment (India: to the rupee).
   *
   * @return for example {@code 287030} for a total of {@code 287029.70} in India
   */
  public BigDecimal payable() {
    return payableRounding.apply(totalCharges());
  }

  /**
   * Returns the landed cost: goods + freight + insurance (the CIF value) + duty + fees + taxes.
   *
   * @return the landed cost, empty when the CIF value of some line is unknown (freight or insurance
   *     not given and not derivable)
   */
  public Optional<BigDecimal> landedCost() {
    return cifTotal == null ? Optional.empty() : Optional.of(cifTotal.add(totalCharges()));
  }

  /**
   * Returns duty divided by customs value, in percent, at scale {@link #RATE_SCALE} HALF_EVEN.
   *
   * @return for example {@code 66.5000}; empty when the customs value is zero
   */
  public Optional<BigDecimal> effectiveDutyRate() {
    if (customsValue.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        dutyTotal
            .multiply(BigDecimal.valueOf(100))
            .divide(customsValue, RATE_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the exchange rates used, each once.
   *
   * @return empty when every line is in the assessment currency
   */
  public List<ExchangeRate> exchangeRates() {
    return exchangeRates;
  }

  /**
   * Returns the unverified (confidence U) facts the result depends on, each once: the regime's own
   * rules and the provenance of the measures applied.
   *
   * @return the assumptions, to be shown with the result
   */
  public List<Assumption> assumptions() {
    return assumptions;
  }

  /**
   * Returns the regime rules applied that change the result, so a missing duty is explained.
   *
   * <p>Example: {@code "US-DE-MINIMIS applied: goods value 700.00 <= 800 USD (19 U.S.C. 1321;
   * ...)"}.
   *
   * @return the notes, empty when no special rule applied
   */
  public List<String> notes() {
    return noteTexts;
  }

  /**
   * Returns the notes with their kinds and lines, in the order of {@link #notes()} (same texts).
   *
   * <p>Example: one note of kind {@link NoteKind#DE_MINIMIS} about the whole entry ({@link
   * AssessmentNote#ENTRY}).
   *
   * @return the notes, empty when no special rule applied
   */
  public List<AssessmentNote> assessmentNotes() {
    return notes;
  }

  @Override
  public String toString() {
    return "Assessment{scenario="
        + scenario
        + ", currency="
        + currency
        + ", customsValue="
        + customsValue.toPlainString()
        + ", duty="
        + dutyTotal.toPlainString()
        + ", fees="
        + feeTotal.toPlainString()
        + ", taxes="
        + taxTotal.toPlainString()
        + ", components="
        + components.size()
        + ", assumptions="
        + assumptions.size()
        + "}";
  }
}
