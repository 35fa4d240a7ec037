package dev.tariffimpact.io.hts;

import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateInput;
import java.util.List;
import java.util.Objects;

/**
 * Whether a tariff line's rate text can be computed, and with what.
 *
 * <ul>
 *   <li>{@link Computable}: needs only entry data every declaration has, the customs value and
 *       quantities of the goods ({@code 6.5%}, {@code 2.2¢/kg}, {@code 11¢/kg + 20%});
 *   <li>{@link NeedsInput}: also needs values or quantities of named components, a measured
 *       property or the quota position ({@code 1.7¢/kg on lead content}, sugar degrees);
 *   <li>{@link Reference}: refers to another rate or note and cannot be computed alone;
 *   <li>{@link Unparsed}: the text holds no rate the parser understands, with the reason;
 *   <li>{@link NoRate}: the line carries no rate and inherits none (headings, subheadings).
 * </ul>
 *
 * <p>Example: {@code RateStatus.of(RateParser.parse("6.5%"))} is {@code new Computable()}.
 */
public sealed interface RateStatus {

  /**
   * Returns the status label.
   *
   * @return {@code COMPUTABLE}, {@code NEEDS_INPUT}, {@code REFERENCE}, {@code UNPARSED} or {@code
   *     NO_RATE}
   */
  String label();

  /**
   * Classifies a parsed rate.
   *
   * @param rate the rate
   * @return {@link Reference} if not computable, {@link NeedsInput} if it needs inputs beyond the
   *     customs value and quantities of the goods, else {@link Computable}
   */
  static RateStatus of(Rate rate) {
    Objects.requireNonNull(rate, "rate");
    if (!rate.isComputable()) {
      return new Reference(rate.toString());
    }
    List<RateInput> extra =
        rate.requiredInputs().stream()
            .filter(
                i -> !(i instanceof RateInput.CustomsValue) && !(i instanceof RateInput.QuantityIn))
            .toList();
    return extra.isEmpty() ? new Computable() : new NeedsInput(extra);
  }

  /**
   * Computable from the customs value and the goods' quantities.
   *
   * <p>This class is immutable and thread-safe.
   */
  record Computable() implements RateStatus {
    @Override
    public String label() {
      return "COMPUTABLE";
    }
  }

  /**
   * Computable once the listed inputs are supplied.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param inputs the inputs beyond value and quantities, for example {@code
   *     ComponentValue("case")}
   */
  record NeedsInput(List<RateInput> inputs) implements RateStatus {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list is null
     */
    public NeedsInput {
      inputs = List.copyOf(inputs);
    }

    @Override
    public String label() {
      return "NEEDS_INPUT";
    }
  }

  /**
   * A reference to another rate or a note.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param text the canonical reference text
   */
  record Reference(String text) implements RateStatus {
    /**
     * Validates.
     *
     * @throws NullPointerException if the text is null
     */
    public Reference {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String label() {
      return "REFERENCE";
    }
  }

  /**
   * Text the parser could not read.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param reason the parser's message, quoting the text and position
   */
  record Unparsed(String reason) implements RateStatus {
    /**
     * Validates.
     *
     * @throws NullPointerException if the reason is null
     */
    public Unparsed {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String label() {
      return "UNPARSED";
    }
  }

  /**
   * The line has no rate of its own and inherits none.
   *
   * <p>This class is immutable and thread-safe.
   */
  record NoRate() implements RateStatus {
    @Override
    public String label() {
      return "NO_RATE";
    }
  }
}
