package dev.tariffimpact.io.hts;

/**
 * Picks records out of HTS CSV text by the digits of their HTS number without parsing the rest: a
 * quote of one code needs one heading of the 29,842-line table, and reading the whole table through
 * the CSV parser and the rate parser is most of a quote's start-up.
 *
 * <p>A record ends at a line break outside double quotes (a description may span lines inside
 * quotes; an escaped quote {@code ""} closes and reopens the quoted text, which comes to the same).
 * The HTS number is the first field, unquoted in the USITC export and in the bundled file.
 */
final class HtsRecords {

  private HtsRecords() {}

  /**
   * The header record and every record whose first field, without dots, starts with {@code digits},
   * in file order, each ending with a line break.
   *
   * @param csv the whole CSV text, header first
   * @param digits for example {@code "6109"}
   */
  static String under(String csv, String digits) {
    StringBuilder out = new StringBuilder(8192);
    int n = csv.length();
    int start = 0;
    boolean header = true;
    while (start < n) {
      int end = recordEnd(csv, start);
      if (header || startsWithDigits(csv, start, end, digits)) {
        out.append(csv, start, end).append('\n');
        header = false;
      }
      start = end + 1;
    }
    return out.toString();
  }

  /**
   * The index of the line break ending the record that starts at {@code start}, or the end. Jumps
   * between quotes and line breaks with {@link String#indexOf(int, int)} (a few per record) rather
   * than looking at each of the 2.6 million characters.
   */
  private static int recordEnd(String csv, int start) {
    int n = csv.length();
    int from = start;
    while (true) {
      int lineBreak = csv.indexOf('\n', from);
      int quote = csv.indexOf('"', from);
      if (lineBreak < 0) {
        return n; // a quote left open runs to the end, as a CSV parser reads it
      }
      if (quote < 0 || lineBreak < quote) {
        return lineBreak;
      }
      int close = csv.indexOf('"', quote + 1); // "" inside a quoted field: close, then reopen
      if (close < 0) {
        return n;
      }
      from = close + 1;
    }
  }

  /** Whether the first field, read up to a comma and skipping dots, starts with the digits. */
  private static boolean startsWithDigits(String csv, int start, int end, String digits) {
    int matched = 0;
    for (int i = start; i < end && matched < digits.length(); i++) {
      char c = csv.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == ',') {
        return false; // the number ended before all the digits
      }
      if (c != digits.charAt(matched)) {
        return false;
      }
      matched++;
    }
    return matched == digits.length();
  }
}
