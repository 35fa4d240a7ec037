package dev.tariffimpact.batch.internal;

import dev.tariffimpact.io.csv.SpreadsheetSafe;

/** RFC 4180 cell quoting for the files the batch writes; text cells are spreadsheet-safe. */
public final class Csv {
  private Csv() {}

  /** Joins raw cells as one CSV row (used for the raw text of a reject). */
  public static String join(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      quote(sb, cells[i]);
    }
    return sb.toString();
  }

  /** Appends a text cell, made spreadsheet-safe and quoted when needed. */
  public static void text(StringBuilder sb, String value) {
    quote(sb, SpreadsheetSafe.cell(value == null ? "" : value));
  }

  /** Appends a cell quoted when it holds a separator, quote or line break. */
  public static void quote(StringBuilder sb, String s) {
    boolean needs = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        needs = true;
        break;
      }
    }
    if (!needs) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }
}
