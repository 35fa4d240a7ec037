package dev.tariffimpact.io.hts;

import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.BoundedInput;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateDialect;
import dev.tariffimpact.rate.RateParseException;
import dev.tariffimpact.rate.RateParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * Reads the USITC HTS CSV export (columns {@code HTS Number, Indent, Description, Unit of Quantity,
 * General Rate of Duty, ...}, with a header row) into an {@link HtsTable}.
 *
 * <p>Only numbered rows become {@link HtsLine}s (description-only rows such as "Horses:" are
 * skipped). A 10-digit statistical line without its own General rate inherits the rate of its
 * 8-digit parent. Each distinct rate text is parsed once with {@link RateDialect#US_HTS}; text the
 * parser rejects becomes {@link RateStatus.Unparsed} with the reason, never an error.
 *
 * <p>Example: {@code HtsTable t = HtsReader.read(Path.of("hts_2025_basic_edition.csv"));}
 *
 * <p>This class is stateless and thread-safe.
 */
public final class HtsReader {

  private static final String NUMBER = "HTS Number";
  private static final String INDENT = "Indent";
  private static final String DESCRIPTION = "Description";
  private static final String UNITS = "Unit of Quantity";
  private static final String GENERAL = "General Rate of Duty";

  // Streaming parsers, not a CsvMapper: a quote reads one heading of the HTS at start-up, and
  // building a mapper cost it more than reading the rows (docs/architecture.md, reading files).
  private static final CsvFactory CSV = new CsvFactory();
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The largest HTS file read: 64 MiB, like the other untrusted inputs (the 2025 basic edition is
   * 3.8 MB), so a wrong path such as {@code /dev/zero} ends in an error, not an exhausted heap.
   */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private HtsReader() {}

  /**
   * Reads an HTS CSV file of at most {@link #MAX_BYTES}.
   *
   * @param csv the file, for example {@code ../shared/reference/us-hts/hts_2025_basic_edition.csv}
   * @return the table
   * @throws NullPointerException if {@code csv} is null
   * @throws HtsFormatException naming the file and row if the file is missing, larger than {@link
   *     #MAX_BYTES}, not UTF-8, lacks a column, or a row has an invalid HTS number, indent or unit
   *     list
   */
  public static HtsTable read(Path csv) {
    return read(csv, MAX_BYTES);
  }

  /** {@link #read(Path)} with another cap, so tests need not write 64 MiB. */
  static HtsTable read(Path csv, long maxBytes) {
    Objects.requireNonNull(csv, "csv");
    if (!Files.isReadable(csv)) {
      throw new HtsFormatException(csv, 0, "file is missing or unreadable", null);
    }
    String text;
    try {
      byte[] bytes = BoundedInput.read(csv, maxBytes);
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (BoundedInput.TooLargeException e) {
      throw new HtsFormatException(csv, 0, "file is " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new HtsFormatException(csv, 0, "cannot be read: not UTF-8 text", e);
    } catch (IOException e) {
      throw new HtsFormatException(csv, 0, "cannot be read: " + e.getMessage(), e);
    }
    return read(new StringReader(text), csv);
  }

  /**
   * Reads HTS CSV text from a reader, for example the bundled, compressed schedule.
   *
   * @param in the CSV text (the caller closes it)
   * @param csv the name to report in errors and as {@link HtsTable#source()}
   * @return the table
   * @throws NullPointerException if an argument is null
   * @throws HtsFormatException naming the source and row if a column is missing or a row has an
   *     invalid HTS number, indent or unit list
   */
  public static HtsTable read(Reader in, Path csv) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(csv, "csv");
    List<HtsLine> lines = new ArrayList<>();
    Map<String, HtsLine> eightDigit = new HashMap<>();
    Map<String, Parsed> parsedByText = new HashMap<>();
    long row = 0;
    try (JsonParser parser = csvParser(in)) {
      Map<String, Integer> columns = null;
      for (String[] cells = record(parser); cells != null; cells = record(parser)) {
        row++;
        if (columns == null) {
          columns = header(csv, cells);
          continue;
        }
        String number = cell(cells, columns, NUMBER).strip();
        if (number.isEmpty()) {
          continue;
        }
        HtsLine line = line(csv, row, cells, columns, number, eightDigit, parsedByText);
        if (line.code().length() == 8) {
          eightDigit.put(line.code().digits(), line);
        }
        lines.add(line);
      }
      if (columns == null) {
        throw new HtsFormatException(csv, 0, "file is empty (no header row)", null);
      }
    } catch (JacksonException e) {
      throw new HtsFormatException(csv, row + 1, "malformed CSV: " + e.getOriginalMessage(), e);
    }
    return new HtsTable(csv, lines);
  }

  /** A CSV parser without a schema: it gives each record as an array of strings. */
  static JsonParser csvParser(Reader in) {
    return CSV.createParser(ObjectReadContext.empty(), in);
  }

  /** The cells of the next record of a {@link #csvParser}, or null at the end. */
  static String[] record(JsonParser parser) {
    JsonToken t = parser.nextToken();
    if (t == null) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
      cells.add(t == JsonToken.VALUE_NULL ? null : parser.getString());
    }
    return cells.toArray(String[]::new);
  }

  private static HtsLine line(
      Path csv,
      long row,
      String[] cells,
      Map<String, Integer> columns,
      String number,
      Map<String, HtsLine> eightDigit,
      Map<String, Parsed> parsedByText) {
    ProductCode code;
    try {
      code = ProductCode.parse(number);
    } catch (InvalidCodeException e) {
      throw new HtsFormatException(csv, row, "invalid HTS number '" + number + "'", e);
    }
    String indentText = cell(cells, columns, INDENT).strip();
    int indent;
    try {
      indent = Integer.parseInt(indentText);
    } catch (NumberFormatException e) {
      throw new HtsFormatException(csv, row, "invalid indent '" + indentText + "'", e);
    }
    String description = cell(cells, columns, DESCRIPTION).strip();
    List<String> units = units(csv, row, cell(cells, columns, UNITS));
    String text = cell(cells, columns, GENERAL).strip();
    if (text.isEmpty()) {
      HtsLine parent = code.length() == 10 ? eightDigit.get(code.digits().substring(0, 8)) : null;
      if (parent != null && parent.hasOwnRate()) {
        return new HtsLine(
            code,
            indent,
            description,
            units,
            parent.generalText(),
            parent.general(),
            parent.status(),
            true);
      }
      return new HtsLine(
          code, indent, description, units, "", Optional.empty(), new RateStatus.NoRate(), false);
    }
    Parsed p = parsedByText.computeIfAbsent(text, HtsReader::parse);
    return new HtsLine(
        code, indent, description, units, text, Optional.ofNullable(p.rate), p.status, false);
  }

  private static Parsed parse(String text) {
    try {
      Rate r = RateParser.parse(text, RateDialect.US_HTS);
      return new Parsed(r, RateStatus.of(r));
    } catch (RateParseException e) {
      return new Parsed(null, new RateStatus.Unparsed(e.getMessage()));
    }
  }

  private static Map<String, Integer> header(Path csv, String[] cells) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      // The USITC export starts with a UTF-8 byte order mark.
      columns.put(cells[i].replace("\uFEFF", "").strip(), i);
    }
    for (String required : List.of(NUMBER, INDENT, DESCRIPTION, UNITS, GENERAL)) {
      if (!columns.containsKey(required)) {
        throw new HtsFormatException(
            csv, 1, "missing column '" + required + "'; header is " + columns.keySet(), null);
      }
    }
    return columns;
  }

  private static String cell(String[] cells, Map<String, Integer> columns, String name) {
    int i = columns.get(name);
    return i < cells.length && cells[i] != null ? cells[i] : "";
  }

  /** The units column holds a JSON array such as {@code ["No.","kg"]}, or nothing. */
  private static List<String> units(Path csv, long row, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return List.of();
    }
    String[] units;
    try {
      units = unitArray(t);
    } catch (JacksonException e) {
      throw new HtsFormatException(csv, row, "invalid unit of quantity list '" + text + "'", e);
    }
    if (units == null) { // the text null is no list (it once ended in a NullPointerException)
      throw new HtsFormatException(csv, row, "invalid unit of quantity list '" + text + "'", null);
    }
    List<String> out = new ArrayList<>();
    for (String u : units) {
      if (u != null && !u.isBlank()) {
        out.add(u.strip());
      }
    }
    return out;
  }

  /**
   * A JSON array of strings read with the streaming parser; anything else (a number, a nested
   * value, trailing text) is left to the mapper, which coerces or refuses it as it always has.
   *
   * @return the strings, or null for the text {@code null}
   */
  static String[] unitArray(String t) {
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), t)) {
      if (p.nextToken() == JsonToken.START_ARRAY) {
        List<String> units = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.VALUE_STRING) {
          units.add(p.getString());
        }
        if (token == JsonToken.END_ARRAY && p.nextToken() == null) {
          return units.toArray(String[]::new);
        }
      }
    } catch (JacksonException e) {
      // malformed: the mapper reports it
    }
    return JsonMapper.shared().readValue(t, String[].class);
  }

  private record Parsed(Rate rate, RateStatus status) {}
}
