package dev.tariffimpact.impact;

import dev.tariffimpact.schedule.MeasureKind;
import java.util.Objects;

/**
 * One component compared: a measure (or regime rule) on a line, its amount before and after, and on
 * which side it was charged.
 *
 * <p>Example: {@code us-ieepa-india line 0 BEFORE_ONLY 2500.00 -> 0 (delta -2500.00)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measureId the measure or regime rule id
 * @param title its title
 * @param kind its kind
 * @param lineIndex the line, or -1 for entry-level amounts
 * @param presentIn both sides, or only one
 * @param rateBefore the rate text before, empty when absent before
 * @param rateAfter the rate text after, empty when absent after
 * @param change the amounts (zero on the absent side) and the delta
 */
public record ImpactComponent(
    String measureId,
    String title,
    MeasureKind kind,
    int lineIndex,
    PresentIn presentIn,
    String rateBefore,
    String rateAfter,
    Change change) {

  /**
   * Validates the component.
   *
   * @throws NullPointerException if an argument is null
   */
  public ImpactComponent {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(presentIn, "presentIn");
    Objects.requireNonNull(rateBefore, "rateBefore");
    Objects.requireNonNull(rateAfter, "rateAfter");
    Objects.requireNonNull(change, "change");
  }
}
