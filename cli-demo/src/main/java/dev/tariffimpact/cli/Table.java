package dev.tariffimpact.cli;

import dev.tariffimpact.io.csv.SpreadsheetSafe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A small text table: aligned columns for a terminal (numbers right-aligned), or CSV with quoting
 * and spreadsheet-formula neutralisation. Presentation only: cells arrive as finished strings.
 */
final class Table {

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();
  private int maxTextWidth = Integer.MAX_VALUE;

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
    rows.add(Arrays.stream(cells).map(c -> Objects.toString(c, "")).toList());
    return this;
  }

  /**
   * Caps every left-aligned cell at {@code width} characters in {@link #toText()} (ending in an
   * ellipsis), so long titles do not push the numbers off a terminal; CSV keeps full text.
   */
  Table truncateText(int width) {
    this.maxTextWidth = width;
    return this;
  }

  int size() {
    return rows.size();
  }

  String toText() {
    List<List<String>> rows = this.rows.stream().map(this::truncated).toList();
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    appendLine(sb, headers, width);
    for (int i = 0; i < width.length; i++) {
      sb.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    sb.append('\n');
    for (List<String> row : rows) {
      appendLine(sb, row, width);
    }
    return sb.toString();
  }

  private List<String> truncated(List<String> row) {
    List<String> out = new ArrayList<>(row);
    for (int i = 0; i < out.size(); i++) {
      String cell = out.get(i);
      if (!rightAligned[i] && cell.length() > maxTextWidth) {
        out.set(i, cell.substring(0, maxTextWidth - 1) + "…");
      }
    }
    return out;
  }

  private void appendLine(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  String toCsv() {
    StringBuilder sb = new StringBuilder();
    appendCsv(sb, headers);
    for (List<String> row : rows) {
      appendCsv(sb, row);
    }
    return sb.toString();
  }

  private static void appendCsv(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = SpreadsheetSafe.cell(cells.get(i));
      boolean quote =
          cell.indexOf(',') >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0;
      sb.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    sb.append('\n');
  }
}
