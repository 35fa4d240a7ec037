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
 * @param markerKey for {@link ChartType#STEP_SERIES}: a text column whose non-empty cells mark an
 *     event (a legal change) at that row's date with a vertical line labelled with the cell; else
 *     null
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
    String description,
    String markerKey) {

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
    if (markerKey != null) {
      table.column(markerKey);
    }
    if (type == ChartType.INTERVAL && seriesKeys.size() != 3) {
      throw new IllegalArgumentException(
          "interval figure '" + id + "' plots 3 columns (low, middle, high), not " + seriesKeys);
    }
  }

  /**
   * A figure without event markers.
   *
   * @param id stable id
   * @param title chart title
   * @param type kind of chart
   * @param table the numbers
   * @param categoryKey the column naming each row
   * @param seriesKeys the plotted columns
   * @param valueAxisLabel value axis label with unit
   * @param categoryAxisLabel category axis label
   * @param description one sentence for people and screen readers
   */
  public Figure(
      String id,
      String title,
      ChartType type,
      DataTable table,
      String categoryKey,
      List<String> seriesKeys,
      String valueAxisLabel,
      String categoryAxisLabel,
      String description) {
    this(
        id,
        title,
        type,
        table,
        categoryKey,
        seriesKeys,
        valueAxisLabel,
        categoryAxisLabel,
        description,
        null);
  }

  /** The kinds of chart a figure can be. */
  public enum ChartType {
    /** One bar per row, horizontal, for named categories (negative values to the left). */
    BAR,
    /** Several bars per row (one per series), horizontal, for comparing scenarios. */
    GROUPED_BAR,
    /** Vertical bars of counts over ordered bins, no gaps. */
    HISTOGRAM,
    /**
     * Values over dates as steps (a rate holds until the law changes): the category column holds
     * ISO dates in ascending order, one line per series, events marked by the marker column.
     */
    STEP_SERIES,
    /**
     * An uncertainty band per row: a bar from the first to the third column (P5 to P95) and a point
     * at the second (P50), labelled with all three.
     */
    INTERVAL
  }
}
