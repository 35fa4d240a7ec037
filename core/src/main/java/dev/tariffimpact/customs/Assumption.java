package dev.tariffimpact.customs;

import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Provenance;
import java.util.Objects;
import java.util.Optional;

/**
 * An unverified (confidence U) fact an assessment depends on, shown to the user with its source.
 *
 * <p>Example: {@code Assumption.of("US: each amount rounded to the cent, HALF_UP", "CBP Form 7501
 * instructions")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text what is assumed, one sentence
 * @param source where the figure or rule comes from
 */
public record Assumption(String text, String source) {

  /**
   * Validates the assumption.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public Assumption {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
  }

  /**
   * Returns an assumption.
   *
   * @param text what is assumed
   * @param source its source
   * @return the assumption
   */
  public static Assumption of(String text, String source) {
    return new Assumption(text, source);
  }

  /**
   * Returns the assumption a measure of confidence U carries, or empty for a V or R measure.
   *
   * @param m the measure, for example the assumed Section 301 rate
   * @return {@code "<title> (<id>, <rate>) is unverified: <note>"} with the measure's source
   */
  public static Optional<Assumption> ofUnverified(Measure m) {
    Provenance p = m.provenance();
    if (p.confidence() != Confidence.U) {
      return Optional.empty();
    }
    String note = p.note() == null || p.note().isBlank() ? "" : ": " + p.note();
    return Optional.of(
        of(
            m.title() + " (" + m.id() + ", " + m.rate() + ") is unverified" + note,
            p.source() + " (confidence U)"));
  }

  @Override
  public String toString() {
    return text + " [source: " + source + "]";
  }

  // Written out rather than generated: a record's generated methods bootstrap method handles on
  // their first call, time a one-quote start notices (same results).
  @Override
  public boolean equals(Object o) {
    return o instanceof Assumption a && text.equals(a.text) && source.equals(a.source);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + source.hashCode();
  }
}
