package dev.tariffimpact.customs.internal;

import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.FeeBand;
import dev.tariffimpact.customs.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan of one entry fee of a regime (US MPF, HMF), compiled once per regime and read by both
 * evaluators: which band applies on the entry date, its minimum and maximum, the rounding. The rule
 * either evaluator applies: {@code exact = base x percent / 100} over the summed customs values of
 * the lines whose transport mode the fee counts, clamped to the band's minimum and maximum before
 * rounding, then rounded once with {@link #rounding()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntryFeePlan {

  /** {@link #bandAt} of a fee without bands (no clamps). */
  public static final int NO_BANDS = -1;

  /** {@link #bandAt} when the fee has bands but none covers the date (not computable). */
  public static final int UNKNOWN_BAND = -2;

  private final EntryFee fee;
  private final Rounding rounding;
  private final String percentText;
  private final String[] bandTexts;

  private EntryFeePlan(EntryFee fee, Rounding rounding) {
    this.fee = fee;
    this.rounding = rounding;
    this.percentText = fee.percent().toPlainString() + "%";
    this.bandTexts = new String[fee.bands().size()];
    for (int b = 0; b < bandTexts.length; b++) {
      FeeBand band = fee.bands().get(b);
      bandTexts[b] =
          percentText
              + " (min "
              + (band.minimum() == null ? "-" : band.minimum().toPlainString())
              + ", max "
              + (band.maximum() == null ? "-" : band.maximum().toPlainString())
              + " per entry)";
    }
  }

  /**
   * Compiles the plans of a regime's entry fees.
   *
   * @param regime the regime
   * @return one plan per fee, in {@code regime.fees()} order
   */
  public static List<EntryFeePlan> of(CustomsRegime regime) {
    return regime.fees().stream().map(f -> new EntryFeePlan(f, regime.rounding().fee())).toList();
  }

  /**
   * Returns the fee.
   *
   * @return the fee
   */
  public EntryFee fee() {
    return fee;
  }

  /**
   * Returns the rounding of the fee.
   *
   * @return the regime's fee rounding
   */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * Returns the band in force on an entry date: the first that contains it, as {@link
   * EntryFee#band}.
   *
   * @param entryDate the entry date
   * @return its index, {@link #NO_BANDS} or {@link #UNKNOWN_BAND}
   */
  public int bandAt(LocalDate entryDate) {
    List<FeeBand> bands = fee.bands();
    if (bands.isEmpty()) {
      return NO_BANDS;
    }
    for (int b = 0; b < bands.size(); b++) {
      if (bands.get(b).contains(entryDate)) {
        return b;
      }
    }
    return UNKNOWN_BAND;
  }

  /**
   * Returns the minimum of a band.
   *
   * @param band an index from {@link #bandAt}, or {@link #NO_BANDS}
   * @return the minimum per entry, or null when none
   */
  public BigDecimal minimum(int band) {
    return band < 0 ? null : fee.bands().get(band).minimum();
  }

  /**
   * Returns the maximum of a band.
   *
   * @param band an index from {@link #bandAt}, or {@link #NO_BANDS}
   * @return the maximum per entry, or null when none
   */
  public BigDecimal maximum(int band) {
    return band < 0 ? null : fee.bands().get(band).maximum();
  }

  /**
   * Returns the rate text shown in the fee's component.
   *
   * @param band an index from {@link #bandAt}, or {@link #NO_BANDS}
   * @return for example {@code "0.3464% (min 32.71, max 634.62 per entry)"}
   */
  public String rateText(int band) {
    return band < 0 ? percentText : bandTexts[band];
  }

  /**
   * Returns the failure of an entry date no band covers.
   *
   * @param entryDate the entry date
   * @return the exception to throw ({@link Reason#FEE_UNKNOWN})
   */
  public AssessmentException unknownBand(LocalDate entryDate) {
    return new AssessmentException(
        Reason.FEE_UNKNOWN,
        AssessmentComponent.ENTRY_LEVEL,
        fee.id()
            + ": no minimum/maximum known for entry date "
            + entryDate
            + " (bands cover "
            + fee.bands().stream()
                .map(b -> b.fromInclusive() + ".." + b.toInclusive())
                .collect(Collectors.joining(", "))
            + ")",
        null);
  }
}
