package dev.tariffimpact.spark;

import dev.tariffimpact.io.csv.CsvLine;
import java.util.Locale;

/**
 * The few CSV operations Spark needs before the engine reads a partition: split one record (one
 * line of the input file) into cells to find its entry id, and join cells back into a record. The
 * engine itself parses every cell, so rejects and their texts are the local engine's.
 */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * Splits one record (RFC 4180, on one line), as core's {@link CsvLine}.
   *
   * @throws IllegalArgumentException if a quoted field is not closed on the line (a field spanning
   *     lines, which the line-by-line Spark reader cannot number as the engine does)
   */
  static String[] split(String record) {
    return CsvLine.split(record).toArray(String[]::new);
  }

  /** Joins cells into one record, quoting a cell that holds a comma, a quote or a line break. */
  static String join(String[] cells) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < cells.length; k++) {
      if (k > 0) {
        b.append(',');
      }
      String c = cells[k] == null ? "" : cells[k];
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The entry id of a record as the engine sees it: the stripped cell of the id column, empty when
   * the record is shorter.
   */
  static String entryId(String[] cells, int idColumn) {
    return idColumn < cells.length ? cells[idColumn].strip() : "";
  }

  /**
   * The index of the {@code entry_id} column in a header (names matched as the engine matches them:
   * any case, blanks and a byte order mark ignored), or -1.
   */
  static int column(String[] header, String name) {
    for (int k = 0; k < header.length; k++) {
      String h = header[k].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      if (h.equals(name)) {
        return k;
      }
    }
    return -1;
  }
}
