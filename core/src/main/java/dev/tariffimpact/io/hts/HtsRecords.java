package dev.tariffimpact.io.hts;

import java.nio.charset.StandardCharsets;

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
   * <p>Works on the UTF-8 bytes: the characters that delimit records and the HTS number (line
   * break, double quote, comma, dot, digits) are ASCII, and no byte of a multi-byte UTF-8 character
   * is, so only the records kept are decoded, not the 2.6 MB of the whole table.
   *
   * @param csv the whole CSV file, UTF-8, header first
   * @param digits for example {@code "6109"}
   */
  static String under(byte[] csv, String digits) {
    StringBuilder out = new StringBuilder(8192);
    int n = csv.length;
    int start = 0;
    boolean header = true;
    while (start < n) {
      int end = recordEnd(csv, start);
      if (header || startsWithDigits(csv, start, end, digits)) {
        out.append(new String(csv, start, end - start, StandardCharsets.UTF_8)).append('\n');
        header = false;
      }
      start = end + 1;
    }
    return out.toString();
  }

  /**
   * The index of the line break ending the record that starts at {@code start}, or the end. A
   * double quote opens or closes quoted text; an escaped quote {@code ""} closes and reopens it.
   */
  private static int recordEnd(byte[] csv, int start) {
    boolean quoted = false;
    for (int i = start; i < csv.length; i++) {
      byte b = csv[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        return i;
      }
    }
    return csv.length; // a quote left open runs to the end, as a CSV parser reads it
  }

  /** Whether the first field, read up to a comma and skipping dots, starts with the digits. */
  private static boolean startsWithDigits(byte[] csv, int start, int end, String digits) {
    int matched = 0;
    for (int i = start; i < end && matched < digits.length(); i++) {
      byte c = csv[i];
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
