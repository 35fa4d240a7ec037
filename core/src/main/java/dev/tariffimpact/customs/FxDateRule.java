package dev.tariffimpact.customs;

import java.time.LocalDate;

/**
 * Which day's exchange rate a regime applies to convert an invoice into its currency.
 *
 * <p>Example: {@code FIRST_DAY_OF_ENTRY_MONTH.select(export, LocalDate.of(2026, 3, 17))} is {@code
 * 2026-03-01}.
 */
public enum FxDateRule {
  /** The date of exportation (US: FRBNY certified rate, 19 CFR 159.32). */
  DATE_OF_EXPORTATION,
  /** The date the entry (India: bill of entry) is filed (Customs Act s.14). */
  ENTRY_DATE,
  /** The rate published for the entry month, looked up on its first day (EU and UK). */
  FIRST_DAY_OF_ENTRY_MONTH;

  /**
   * Selects the day to look the rate up on.
   *
   * @param exportDate the line's date of exportation
   * @param entryDate the entry date
   * @return the lookup day
   */
  public LocalDate select(LocalDate exportDate, LocalDate entryDate) {
    return switch (this) {
      case DATE_OF_EXPORTATION -> exportDate;
      case ENTRY_DATE -> entryDate;
      case FIRST_DAY_OF_ENTRY_MONTH -> entryDate.withDayOfMonth(1);
    };
  }
}
