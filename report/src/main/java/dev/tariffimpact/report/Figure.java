package dev.tariffimpact.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart and the table of the exact numbers it plots. The chart reads its values from the table's
 * cells ({@link #seriesKeys()} columns, one bar per row and series), so the two never disagree.
 *
 * <p>Example: {@code Figure.of("duty-change-usd", "Change in duty by category", ChartType.BAR,
 * table, "category", List.of("duty_change"), "Change in duty (USD)", "Category", text)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id a stable id, unique in the report; also the file name of the exported chart
 * @param title the chart's title
 * @param type the kind of chart
 * @param table the numbers; also printed under the chart
 * @param categoryKey the text column naming each row's bar group
 * @param seriesKeys the numeric columns plotted, one series each (the column header names it)
 * @param valueAxisLabel the value axis label, with the unit
 * @param categoryAxisLabel the category axis label
 * @param description one sentence saying what the chart shows, for people and screen readers
 */
public record Figure(
    String id,
    String title,
    ChartType type,
    DataTable table,
    String categoryKey,
    List<String> seriesKeys,
    String valueAxisLabel,
    String categoryAxisLabel,
    String description) {

  /**
   * Validates the figure.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not a plain name or a column is missing
   */
  public Figure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
    Objects.requireNonNull(categoryAxisLabel, "categoryAxisLabel");
    Objects.requireNonNull(description, "description");
    seriesKeys = List.copyOf(seriesKeys);
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "figure id must be lower-case letters, digits, '-': " + id);
    }
    table.column(categoryKey);
    if (seriesKeys.isEmpty()) {
      throw new IllegalArgumentException("figure '" + id + "' plots no column");
    }
    seriesKeys.forEach(table::column);
  }

  /** The kinds of chart a figure can be. */
  public enum ChartType {
    /** One bar per row, horizontal, for named categories (negative values to the left). */
    BAR,
    /** Several bars per row (one per series), horizontal, for comparing scenarios. */
    GROUPED_BAR,
    /** Vertical bars of counts over ordered bins, no gaps. */
    HISTOGRAM
  }
}
