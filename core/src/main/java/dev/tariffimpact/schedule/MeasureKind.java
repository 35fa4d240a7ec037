package dev.tariffimpact.schedule;

/**
 * What a measure is, which also fixes when it is assessed.
 *
 * <p>Assessment order ({@link #assessmentRank()}): base duties and preferences, then additional
 * duties, then surcharges computed on those duties, then fees, then taxes (taxes come last because
 * their base, such as India's IGST or EU import VAT, includes the duties).
 */
public enum MeasureKind {
  /** The tariff-line rate (US column 1 General, India BCD, EU third-country duty). */
  BASE_DUTY(0),
  /** A preferential rate for some origins, an alternative to the base duty of the same line. */
  PREFERENCE(1),
  /** A duty added on top of the base (Section 301/232/122, IEEPA, India AIDC). */
  ADDITIONAL_DUTY(2),
  /** A duty computed on other duties' amounts (India Social Welfare Surcharge). */
  SURCHARGE_ON_DUTY(3),
  /** A tax (India IGST, EU and UK import VAT). */
  TAX(5),
  /** A fee (US Merchandise Processing Fee, Harbor Maintenance Fee). */
  FEE(4),
  /**
   * An exemption: no amount of its own; when it applies (its products, origins, dates and, if
   * conditional, the importer's claim) it removes the measures it {@code excludes}. Example: IEEPA
   * Annex II (HTS ch. 99 US note 2(v)(iii)) excluding the reciprocal layers.
   */
  EXEMPTION(2);

  private final int rank;

  MeasureKind(int rank) {
    this.rank = rank;
  }

  /**
   * Returns the position of this kind in the order of assessment.
   *
   * <p>Example: {@code FEE.assessmentRank() < TAX.assessmentRank()}.
   *
   * @return 0 for base duties up to 5 for taxes
   */
  public int assessmentRank() {
    return rank;
  }

  /**
   * Tells whether measures of this kind compete by specificity (longest code prefix wins) instead
   * of stacking.
   *
   * @return true for {@link #BASE_DUTY} and {@link #PREFERENCE}
   */
  public boolean isExclusivePerLine() {
    return this == BASE_DUTY || this == PREFERENCE;
  }

  /**
   * Tells whether measures of this kind are customs duties, which form the duty part of a {@link
   * DutyBase#VALUE_PLUS_DUTIES} base.
   *
   * <p>Example: {@code SURCHARGE_ON_DUTY.isDuty()} is true, {@code FEE.isDuty()} is false.
   *
   * @return true for base duties, preferences, additional duties and surcharges on duty
   */
  public boolean isDuty() {
    return this != TAX && this != FEE && this != EXEMPTION;
  }

  /**
   * Tells whether measures of this kind are charged (give an amount) when they apply.
   *
   * @return false for {@link #EXEMPTION} only
   */
  public boolean isCharged() {
    return this != EXEMPTION;
  }
}
