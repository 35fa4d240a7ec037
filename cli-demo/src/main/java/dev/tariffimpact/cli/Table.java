package dev.tariffimpact.cli;

import dev.tariffimpact.io.csv.SpreadsheetSafe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small text table: aligned columns for a terminal (numbers right-aligned), or CSV with quoting
 * and spreadsheet-formula neutralisation. Presentation only: cells arrive as finished strings.
 *
 * <p>Terminal cells are capped at {@value #MAX_CELL} characters (ending in an ellipsis) and control
 * characters are shown as {@code ?}, so a hostile input cannot blow up a line or move the cursor;
 * lines are written one at a time ({@link #printText}), so memory holds the rows once, never rows
 * times the widest cell. CSV keeps the full text.
 */
final class Table {

  /** The widest terminal cell: 160 characters (a scenario description fits). */
  static final int MAX_CELL = 160;

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();
  private int maxTextWidth = MAX_CELL;

  private Table(List<String> headers, boolean[] rightAligned) {
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned;
  }

  /**
   * Creates a table; a header ending in {@code >} marks a right-aligned (numeric) column and the
   * marker is not printed.
   */
  static Table of(String... headers) {
    boolean[] right = new boolean[headers.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].endsWith(">");
      names.add(right[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
    return new Table(names, right);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalStateException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = Objects.toString(cells[i], "");
    }
    rows.add(row);
    return this;
  }

  /**
   * Caps every left-aligned cell at {@code width} characters (at most {@value #MAX_CELL}) in {@link
   * #toText()} (ending in an ellipsis), so long titles do not push the numbers off a terminal; CSV
   * keeps full text.
   */
  Table truncateText(int width) {
    this.maxTextWidth = Math.min(width, MAX_CELL);
    return this;
  }

  int size() {
    return rows.size();
  }

  String toText() {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    printText(out);
    out.flush();
    return w.toString();
  }

  /** Writes the aligned table line by line. */
  void printText(PrintWriter out) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], Math.min(row[i].length(), cap(i)));
      }
    }
    printLine(out, headers.toArray(String[]::new), width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.print(rule.append('\n'));
    for (String[] row : rows) {
      printLine(out, row, width);
    }
  }

  private int cap(int column) {
    return rightAligned[column] ? MAX_CELL : maxTextWidth;
  }

  private String shown(String cell, int column) {
    String s = cell.length() > cap(column) ? cell.substring(0, cap(column) - 1) + "…" : cell;
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, '?');
      }
    }
    return sb == null ? s : sb.toString();
  }

  private void printLine(PrintWriter out, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = shown(cells[i], i);
      String pad = " ".repeat(width[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + pad);
    }
    out.print(line.toString().stripTrailing());
    out.print('\n');
  }

  String toCsv() {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    printCsv(out);
    out.flush();
    return w.toString();
  }

  /** Writes the table as CSV, row by row, full text. */
  void printCsv(PrintWriter out) {
    printCsvRow(out, headers.toArray(String[]::new));
    for (String[] row : rows) {
      printCsvRow(out, row);
    }
  }

  private static void printCsvRow(PrintWriter out, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      String cell = SpreadsheetSafe.cell(cells[i]);
      boolean quote =
          cell.indexOf(',') >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0;
      if (i > 0) {
        out.print(',');
      }
      out.print(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    out.print('\n');
  }
}
