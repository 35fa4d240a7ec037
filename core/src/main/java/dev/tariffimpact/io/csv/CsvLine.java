package dev.tariffimpact.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV record (RFC 4180 quoting: fields may be quoted, a doubled quote inside a quoted
 * field is a literal quote). Records spanning several lines are not supported: the small reference
 * tables read with it (exchange rates) keep one record per line, so errors can name the line. The
 * Spark module splits the records of a shipment file with it to find their entry ids.
 *
 * <p>Example: {@code CsvLine.split("E1,\"a,b\",3")} is {@code [E1, a,b, 3]}.
 */
public final class CsvLine {

  private CsvLine() {}

  /**
   * Splits a line into fields.
   *
   * @param line one record
   * @return the fields, unquoted
   * @throws IllegalArgumentException if a quoted field is not closed
   */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "unclosed quote in CSV line '" + dev.tariffimpact.io.Excerpt.of(line) + "'");
    }
    fields.add(field.toString());
    return fields;
  }
}
