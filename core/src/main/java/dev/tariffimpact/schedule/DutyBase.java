package dev.tariffimpact.schedule;

/**
 * What the "value" of a measure's rate is.
 *
 * <p>Example: India's Social Welfare Surcharge is 10% of {@link #DUTY_AMOUNT} (the duties named in
 * {@link Measure#dutyBaseMeasures()}); IGST is a rate on {@link #VALUE_PLUS_DUTIES}.
 */
public enum DutyBase {
  /** The customs value under the importer's valuation rules (US transaction value, CIF). */
  CUSTOMS_VALUE,
  /**
   * The customs value plus the amounts of the duties that apply ({@link MeasureKind#isDuty()}: base
   * duty or preference, additional duties, surcharges on duty); fees are not included.
   */
  VALUE_PLUS_DUTIES,
  /** The sum of the amounts of the measures listed in {@link Measure#dutyBaseMeasures()}. */
  DUTY_AMOUNT
}
