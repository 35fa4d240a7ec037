package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.ProductCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why each measure that could concern a product code and origin does or does not apply: the data
 * the CLI {@code lookup} command prints.
 *
 * <p>Example for 6109.10.00 from IN on 2026-03-01: the MFN line {@code APPLIES}, the Section 122
 * surcharge {@code APPLIES}, the IEEPA India rate is {@code OUT_OF_DATES}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the product code looked up
 * @param origin the country of origin looked up, ISO alpha-2
 * @param asOf the date of the compiled schedule
 * @param considered every measure considered, in assessment order (kind, then declaration order)
 */
public record LookupExplanation(
    ProductCode code, String origin, LocalDate asOf, List<Consideration> considered) {

  /** The outcome for one measure. */
  public enum Verdict {
    /** The measure applies. */
    APPLIES,
    /** The lookup date is outside the measure's validity. */
    OUT_OF_DATES,
    /** No include of the measure's scope covers the code. */
    NOT_IN_SCOPE,
    /** An include covers the code but an exclusion of the scope removes it. */
    SCOPE_EXCLUDED,
    /** The origin is not listed, or is excluded from a {@code *} origin scope. */
    ORIGIN_NOT_COVERED,
    /** A measure that applies excludes this one ({@code excludes} or {@code excludedBy}). */
    EXCLUDED_BY,
    /** A measure that applies replaces this one. */
    REPLACED_BY,
    /**
     * Another base duty (or preference) covers the code more specifically, or equally specifically
     * and is declared later.
     */
    SUPERSEDED_BY_MORE_SPECIFIC,
    /** The measure is conditional and the line does not claim it (an exemption then not used). */
    NOT_CLAIMED,
    /** The goods were in transit under the measure's safe harbour (export and entry dates). */
    IN_TRANSIT
  }

  /**
   * One measure considered.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param measure the measure
   * @param verdict applies, or the reason it does not
   * @param by for EXCLUDED_BY, REPLACED_BY and SUPERSEDED_BY_MORE_SPECIFIC the id of the measure
   *     responsible; null otherwise
   * @param matchLength the specificity with which the scope covers the code (0 for {@code *}), -1
   *     when it does not
   */
  public record Consideration(Measure measure, Verdict verdict, String by, int matchLength) {

    /**
     * Validates the consideration.
     *
     * @throws NullPointerException if the measure or verdict is null, or {@code by} is null for a
     *     verdict that names a measure
     */
    public Consideration {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(verdict, "verdict");
      boolean needsBy =
          verdict == Verdict.EXCLUDED_BY
              || verdict == Verdict.REPLACED_BY
              || verdict == Verdict.SUPERSEDED_BY_MORE_SPECIFIC;
      if (needsBy) {
        Objects.requireNonNull(by, "by");
      } else if (by != null) {
        throw new IllegalArgumentException("Verdict " + verdict + " names no other measure");
      }
    }

    /**
     * Tells whether the measure applies.
     *
     * @return true for {@link Verdict#APPLIES}
     */
    public boolean applies() {
      return verdict == Verdict.APPLIES;
    }

    /**
     * Describes the outcome in one line.
     *
     * <p>Example: {@code "EXCLUDED_BY us-232-steel"}, {@code "OUT_OF_DATES
     * 2025-04-05..2025-08-06"}.
     *
     * @return the verdict and its detail
     */
    public String describe() {
      return switch (verdict) {
        case APPLIES -> "APPLIES";
        case OUT_OF_DATES -> "OUT_OF_DATES " + measure.validity();
        case NOT_IN_SCOPE, SCOPE_EXCLUDED -> verdict + " " + measure.scope();
        case ORIGIN_NOT_COVERED -> "ORIGIN_NOT_COVERED " + measure.origins();
        case EXCLUDED_BY, REPLACED_BY, SUPERSEDED_BY_MORE_SPECIFIC -> verdict + " " + by;
        case NOT_CLAIMED -> "NOT_CLAIMED (applies if you claim " + measure.claim() + ")";
        case IN_TRANSIT -> "IN_TRANSIT (" + measure.inTransit() + ")";
      };
    }
  }

  /**
   * Validates and copies the list.
   *
   * @throws NullPointerException if a component is null
   */
  public LookupExplanation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(asOf, "asOf");
    considered = List.copyOf(considered);
  }

  /**
   * Returns the measures charged, in assessment order (exemptions that apply charge nothing and are
   * left out).
   *
   * @return an unmodifiable list, equal to {@link CompiledSchedule#applicable}
   */
  public List<Measure> applicable() {
    return considered.stream()
        .filter(Consideration::applies)
        .map(Consideration::measure)
        .filter(m -> m.kind().isCharged())
        .toList();
  }

  /**
   * Returns the exemptions that took a charge off the line: measures that apply, charge nothing
   * themselves, and are named as the reason another measure is not charged (for example India's SWS
   * exemption of 11/2018-Customs displacing the 10% surcharge). Their confidence matters as much as
   * a charged measure's: an assumed exemption lowers the duty as surely as an assumed rate raises
   * it.
   *
   * @return an unmodifiable list, in assessment order
   */
  public List<Measure> exemptionsUsed() {
    return considered.stream()
        .filter(Consideration::applies)
        .map(Consideration::measure)
        .filter(m -> !m.kind().isCharged())
        .filter(m -> considered.stream().anyMatch(o -> m.id().equals(o.by())))
        .toList();
  }

  /**
   * Returns the consideration of one measure.
   *
   * @param measureId for example {@code "us-ieepa-india"}
   * @return the consideration, or empty if the measure was not considered for this code
   */
  public Optional<Consideration> of(String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    return considered.stream().filter(c -> c.measure().id().equals(measureId)).findFirst();
  }
}
