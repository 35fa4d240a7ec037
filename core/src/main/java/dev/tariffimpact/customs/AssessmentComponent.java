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
 * <p>Built by the {@link Assessor} through {@link #of}; two components are equal when every field
 * is (amounts compared with {@code BigDecimal.equals}, so scale counts).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssessmentComponent {

  /** Line index of amounts charged once per entry. */
  public static final int ENTRY_LEVEL = -1;

  private final String measureId;
  private final String title;
  private final MeasureKind kind;
  private final BigDecimal base;
  private final String rate;
  private final BigDecimal amount;
  private final int lineIndex;

  private AssessmentComponent(
      String measureId,
      String title,
      MeasureKind kind,
      BigDecimal base,
      String rate,
      BigDecimal amount,
      int lineIndex) {
    this.measureId = Objects.requireNonNull(measureId, "measureId");
    this.title = Objects.requireNonNull(title, "title");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.base = Objects.requireNonNull(base, "base");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.amount = Objects.requireNonNull(amount, "amount");
    if (lineIndex < ENTRY_LEVEL) {
      throw new IllegalArgumentException("lineIndex must be >= -1, was " + lineIndex);
    }
    this.lineIndex = lineIndex;
  }

  /**
   * Returns a component.
   *
   * @param measureId the measure id, or the regime rule id (for example {@code "US-MPF"})
   * @param title human title
   * @param kind the kind, which decides the total it counts in (duty, fee or tax)
   * @param base the amount the rate was applied to, in the assessment currency
   * @param rate the rate as text, for example {@code "16.5%"} or {@code "0.3464% (min 32.71, max
   *     634.62)"}
   * @param amount the amount, rounded by the regime, in the assessment currency
   * @param lineIndex the index of the line in the entry, or {@link #ENTRY_LEVEL}
   * @return the component
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the line index is below {@link #ENTRY_LEVEL}
   */
  public static AssessmentComponent of(
      String measureId,
      String title,
      MeasureKind kind,
      BigDecimal base,
      String rate,
      BigDecimal amount,
      int lineIndex) {
    return new AssessmentComponent(measureId, title, kind, base, rate, amount, lineIndex);
  }

  /** {@return the measure id, or the regime rule id, for example {@code "US-MPF"}} */
  public String measureId() {
    return measureId;
  }

  /** {@return the human title, for example {@code "Merchandise processing fee"}} */
  public String title() {
    return title;
  }

  /** {@return the kind, which decides the total the amount counts in (duty, fee or tax)} */
  public MeasureKind kind() {
    return kind;
  }

  /** {@return the amount the rate was applied to, in the assessment currency} */
  public BigDecimal base() {
    return base;
  }

  /** {@return the rate as text, for example {@code "16.5%"}} */
  public String rate() {
    return rate;
  }

  /** {@return the amount, rounded by the regime, in the assessment currency} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the index of the line in the entry, or {@link #ENTRY_LEVEL}} */
  public int lineIndex() {
    return lineIndex;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentComponent c
        && measureId.equals(c.measureId)
        && title.equals(c.title)
        && kind == c.kind
        && base.equals(c.base)
        && rate.equals(c.rate)
        && amount.equals(c.amount)
        && lineIndex == c.lineIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measureId, title, kind, base, rate, amount, lineIndex);
  }

  @Override
  public String toString() {
    return "AssessmentComponent{measureId="
        + measureId
        + ", title="
        + title
        + ", kind="
        + kind
        + ", base="
        + base.toPlainString()
        + ", rate="
        + rate
        + ", amount="
        + amount.toPlainString()
        + ", lineIndex="
        + lineIndex
        + "}";
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
