package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A rate defined elsewhere: {@code The duty provided in the applicable subheading + 25%}, {@code No
 * change}, {@code See additional U.S. note 2}. It is never computable on its own: {@link
 * #amount(RateContext)} throws {@link NotComputableException} naming the text. The optional
 * addition is a rate added on top of the referenced one (chapter 99 forms).
 *
 * <p>Example: {@code REF("The duty provided in the applicable subheading"; 25%)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the reference as written, without the addition
 * @param addition the rate added to the referenced rate, or null
 */
public record ReferenceRate(String text, Rate addition) implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is blank or has surrounding white space
   */
  public ReferenceRate {
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || !text.strip().equals(text)) {
      throw new IllegalArgumentException(
          "reference text must be non-blank without surrounding spaces: '" + text + "'");
    }
  }

  /**
   * Returns a reference without addition.
   *
   * @param text for example {@code "No change"}
   * @return the reference
   */
  public static ReferenceRate of(String text) {
    return new ReferenceRate(text, null);
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return addition == null ? Set.of() : addition.requiredInputs();
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    throw new NotComputableException(addition == null ? text : text + " + " + addition);
  }

  @Override
  public boolean isComputable() {
    return false;
  }

  @Override
  public RateKind kind() {
    return RateKind.REFERENCE;
  }

  /** Prints {@code REF("No change")} or {@code REF("The duty provided in ..."; 25%)}. */
  @Override
  public String toString() {
    return "REF(" + Canonical.quote(text) + (addition == null ? "" : "; " + addition) + ")";
  }
}
