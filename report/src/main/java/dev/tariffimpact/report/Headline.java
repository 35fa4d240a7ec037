package dev.tariffimpact.report;

import java.util.List;
import java.util.Objects;

/**
 * The key figures at the top of a section, each an exact number with a label, and the sentences
 * that say what they mean.
 *
 * <p>Example: {@code Headline.of(List.of(Headline.Figure.of("duty-before", "Duty, 2025-peak",
 * "USD", duty, DataTable.Kind.MONEY)), List.of("Duty falls by ..."))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param figures the key figures, in reading order
 * @param sentences plain-language sentences, in reading order
 */
public record Headline(List<KeyFigure> figures, List<String> sentences) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public Headline {
    figures = List.copyOf(figures);
    sentences = List.copyOf(sentences);
  }

  /**
   * One key figure.
   *
   * @param key stable key, the {@code data-key} of the element in the HTML
   * @param label what it is, for people
   * @param unit the unit written before the number ({@code USD}) or after it ({@code %}); may be
   *     empty
   * @param value the exact value (a {@code Long} count or a {@code BigDecimal}), or null when not
   *     computable
   * @param kind how it is written
   */
  public record KeyFigure(
      String key, String label, String unit, Object value, DataTable.Kind kind) {
    /**
     * Validates the figure.
     *
     * @throws NullPointerException if a required argument is null
     */
    public KeyFigure {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the value as written in the report, without the unit.
     *
     * @return the text
     */
    public String text() {
      return DataTable.format(value, kind);
    }
  }
}
