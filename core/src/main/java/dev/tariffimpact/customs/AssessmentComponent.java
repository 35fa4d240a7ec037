package dev.tariffimpact.customs;

import dev.tariffimpact.schedule.MeasureKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount of an assessment: a duty, surcharge, fee or tax, with the measure (or regime rule)
 * that charges it, the base it is computed on, the rate as text and the rounded amount.
 *
 * <p>Example: {@code us-mfn-6109.10.00 "MFN general rate" BASE_DUTY base 10000.00 rate "16.5%"
 * amount 1650.00 line 0}. Entry-level amounts (US MPF, HMF, the EU flat low-value duty) have line
 * index {@link #ENTRY_LEVEL}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measureId the measure id, or the regime rule id (for example {@code "US-MPF"})
 * @param title human title
 * @param kind the kind, which decides the total it counts in (duty, fee or tax)
 * @param base the amount the rate was applied to, in the assessment currency
 * @param rate the rate as text, for example {@code "16.5%"} or {@code "0.3464% (min 32.71, max
 *     634.62)"}
 * @param amount the amount, rounded by the regime, in the assessment currency
 * @param lineIndex the index of the line in the entry, or {@link #ENTRY_LEVEL}
 */
public record AssessmentComponent(
    String measureId,
    String title,
    MeasureKind kind,
    BigDecimal base,
    String rate,
    BigDecimal amount,
    int lineIndex) {

  /** Line index of amounts charged once per entry. */
  public static final int ENTRY_LEVEL = -1;

  /**
   * Validates the component.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the line index is below {@link #ENTRY_LEVEL}
   */
  public AssessmentComponent {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(amount, "amount");
    if (lineIndex < ENTRY_LEVEL) {
      throw new IllegalArgumentException("lineIndex must be >= -1, was " + lineIndex);
    }
  }

  /**
   * Tells whether the amount is charged once per entry rather than on a line.
   *
   * @return true for line index {@link #ENTRY_LEVEL}
   */
  public boolean isEntryLevel() {
    return lineIndex == ENTRY_LEVEL;
  }

  /**
   * Tells which total the component counts in.
   *
   * @return DUTY for base, preferential and additional duties and surcharges on duty; FEE; TAX
   */
  public Category category() {
    return Category.of(kind);
  }

  /** The three totals of an assessment. */
  public enum Category {
    /** Customs duties, including surcharges on duty. */
    DUTY,
    /** Fees. */
    FEE,
    /** Import taxes (VAT, IGST). */
    TAX;

    /**
     * Returns the category of a measure kind.
     *
     * @param kind the kind
     * @return its category
     */
    public static Category of(MeasureKind kind) {
      return switch (kind) {
        case FEE -> FEE;
        case TAX -> TAX;
        default -> DUTY;
      };
    }
  }
}
