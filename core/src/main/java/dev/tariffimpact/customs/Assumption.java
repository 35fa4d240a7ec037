package dev.tariffimpact.customs;

import java.util.Objects;

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

  @Override
  public String toString() {
    return text + " [source: " + source + "]";
  }
}
