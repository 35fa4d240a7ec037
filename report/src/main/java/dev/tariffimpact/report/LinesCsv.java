package dev.tariffimpact.report;

import dev.tariffimpact.batch.LineResult;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the per-line results a batch wrote ({@code lines.csv}, see {@code docs/batch.md}) back as
 * {@link LineResult}s, so a report of a finished batch can draw the per-line histogram. Columns are
 * found by name (later columns may be added); text cells lose the quote that made them safe for
 * spreadsheets.
 */
public final class LinesCsv {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private static final List<String> REQUIRED =
      List.of(
          "row",
          "entry_id",
          "importer",
          "origin",
          "code",
          "category",
          "scenario",
          "currency",
          "customs_value",
          "duty",
          "fees",
          "taxes",
          "landed_cost",
          "delta");

  private LinesCsv() {}

  /**
   * Streams every line of a {@code lines.csv} file, in file order.
   *
   * @param file the file the batch wrote
   * @param lines receives each line result
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a column is missing or a cell is not what the batch writes,
   *     naming the file and row
   */
  public static void read(Path file, Consumer<LineResult> lines) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(in)) {
      if (!it.hasNextValue()) {
        throw new IllegalArgumentException(file + ": empty, a header row is expected");
      }
      Map<String, Integer> header = new HashMap<>();
      String[] names = it.nextValue();
      for (int i = 0; i < names.length; i++) {
        header.put(names[i].strip(), i);
      }
      List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            file + " row 1: header lacks column(s) " + missing + " (is it a batch lines.csv?)");
      }
      int row = 1;
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        row++;
        lines.accept(line(file, row, header, cells));
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": malformed CSV: " + e.getOriginalMessage(), e);
    }
  }

  private static LineResult line(Path file, int row, Map<String, Integer> header, String[] cells) {
    Cells c = new Cells(file, row, header, cells);
    String landed = c.text("landed_cost");
    return new LineResult(
        Long.parseLong(c.text("row")),
        c.text("entry_id"),
        c.text("importer"),
        c.text("origin"),
        c.text("code"),
        c.text("category"),
        c.text("scenario"),
        c.text("currency"),
        c.number("customs_value"),
        c.number("duty"),
        c.number("fees"),
        c.number("taxes"),
        landed.isEmpty() ? null : c.number("landed_cost"),
        c.number("delta"));
  }

  private record Cells(Path file, int row, Map<String, Integer> header, String[] cells) {
    String text(String column) {
      Integer i = header.get(column);
      if (i == null) {
        throw new IllegalArgumentException(file + ": no column '" + column + "'");
      }
      if (i >= cells.length) {
        throw new IllegalArgumentException(
            file + " row " + row + ": missing column '" + column + "'");
      }
      return unsafe(cells[i]);
    }

    BigDecimal number(String column) {
      String t = text(column);
      try {
        return new BigDecimal(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + " row " + row + ": " + column + " '" + t + "' is not a decimal number", e);
      }
    }
  }

  /** Undoes the spreadsheet quote: {@code '=x} was written for {@code =x}. */
  static String unsafe(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
