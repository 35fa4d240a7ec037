package dev.tariffimpact.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The exact numbers behind a chart (or a table on its own): named, typed columns and rows of cells.
 * A {@link Figure} plots columns of its table, so the chart and the table are drawn from the same
 * cells and cannot disagree.
 *
 * <p>Cells are {@code String} (text), {@code Long} (counts) or {@code BigDecimal} (money, rates,
 * percentage points), or null for "not computable" (shown as {@code n/a}, never as zero).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataTable {

  /** How a column's cells are written. */
  public enum Kind {
    /** Text, as given. */
    TEXT,
    /** A whole count, with thousands separators. */
    COUNT,
    /** A money amount, exact, with thousands separators: {@code 222,003.81}. */
    MONEY,
    /** A percentage, exact: {@code 39.5667}. */
    PERCENT,
    /** A change in percentage points, exact, signed. */
    POINTS
  }

  /**
   * A column.
   *
   * @param key the stable key, used as the cell's {@code data-key} in the HTML
   * @param header the header for people, with the unit: {@code "duty (USD)"}
   * @param kind how the cells are written
   */
  public record Column(String key, String header, Kind kind) {
    /**
     * Validates the column.
     *
     * @throws NullPointerException if an argument is null
     */
    public Column {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(kind, "kind");
    }
  }

  private final String caption;
  private final List<Column> columns;
  private final List<List<Object>> rows;

  private DataTable(String caption, List<Column> columns, List<List<Object>> rows) {
    this.caption = caption;
    this.columns = List.copyOf(columns);
    // cells may be null (not computable), which List.copyOf refuses
    this.rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /**
   * Starts a table.
   *
   * @param caption what the table shows, for people
   * @return a builder
   */
  public static Builder builder(String caption) {
    return new Builder(Objects.requireNonNull(caption, "caption"));
  }

  /**
   * Returns the caption.
   *
   * @return the caption
   */
  public String caption() {
    return caption;
  }

  /**
   * Returns the columns.
   *
   * @return in order
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * Returns the number of rows.
   *
   * @return the count
   */
  public int size() {
    return rows.size();
  }

  /**
   * Returns the index of a column.
   *
   * @param key the column key
   * @return its index
   * @throws IllegalArgumentException if there is no such column
   */
  public int column(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column '" + key + "' in table '" + caption + "'");
  }

  /**
   * Returns a cell.
   *
   * @param row the row index
   * @param key the column key
   * @return the cell, possibly null
   */
  public Object cell(int row, String key) {
    return rows.get(row).get(column(key));
  }

  /**
   * Returns a numeric cell as a decimal.
   *
   * @param row the row index
   * @param key the column key
   * @return the exact value, or null when not computable
   */
  public BigDecimal number(int row, String key) {
    Object v = cell(row, key);
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Long n) {
      return BigDecimal.valueOf(n);
    }
    throw new IllegalArgumentException("column '" + key + "' is not numeric: " + v);
  }

  /**
   * Returns a cell as people read it.
   *
   * @param row the row index
   * @param column the column index
   * @return the text; {@code n/a} for a null cell
   */
  public String display(int row, int column) {
    return format(rows.get(row).get(column), columns.get(column).kind());
  }

  /**
   * Writes a value as a cell of this kind is written: exact, with thousands separators for money
   * and counts, a sign for percentage points.
   *
   * @param value a cell
   * @param kind the column kind
   * @return the text; {@code n/a} for null
   */
  public static String format(Object value, Kind kind) {
    if (value == null) {
      return "n/a";
    }
    return switch (kind) {
      case TEXT -> value.toString();
      case COUNT, MONEY -> grouped(value instanceof BigDecimal d ? d.toPlainString() : "" + value);
      case PERCENT -> ((BigDecimal) value).toPlainString();
      case POINTS -> {
        BigDecimal d = (BigDecimal) value;
        yield (d.signum() > 0 ? "+" : "") + d.toPlainString();
      }
    };
  }

  /** Inserts thousands separators into the integer part of a plain decimal. */
  static String grouped(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder b = new StringBuilder(plain.length() + 8);
    b.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        b.append(',');
      }
      b.append(plain.charAt(i));
    }
    return b.append(plain, end, plain.length()).toString();
  }

  /** Collects columns and rows. */
  public static final class Builder {
    private final String caption;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String caption) {
      this.caption = caption;
    }

    /**
     * Adds a column.
     *
     * @param key stable key
     * @param header header with unit
     * @param kind cell kind
     * @return this builder
     */
    public Builder column(String key, String header, Kind kind) {
      columns.add(new Column(key, header, kind));
      return this;
    }

    /**
     * Adds a row, one cell per column.
     *
     * @param cells the cells
     * @return this builder
     * @throws IllegalArgumentException if the count differs from the columns or a cell has the
     *     wrong type
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(
            "table '" + caption + "': " + cells.length + " cells, " + columns.size() + " columns");
      }
      for (int i = 0; i < cells.length; i++) {
        Object c = cells[i];
        Kind k = columns.get(i).kind();
        boolean ok =
            c == null
                || switch (k) {
                  case TEXT -> c instanceof String;
                  case COUNT -> c instanceof Long;
                  case MONEY, PERCENT, POINTS -> c instanceof BigDecimal;
                };
        if (!ok) {
          throw new IllegalArgumentException(
              "column '" + columns.get(i).key() + "' (" + k + ") cannot hold " + c.getClass());
        }
      }
      rows.add(Arrays.asList(cells.clone()));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public DataTable build() {
      return new DataTable(caption, columns, rows);
    }
  }
}
