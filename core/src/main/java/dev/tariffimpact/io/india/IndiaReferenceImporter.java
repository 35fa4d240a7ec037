package dev.tariffimpact.io.india;

import dev.tariffimpact.io.csv.SpreadsheetSafe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Turns the three India reference tables of {@code ../shared/reference/india/} into the five
 * normalised files of {@code data/india/}: same facts, fewer columns, codes as digits, dates ISO,
 * one levy per file, every row checked.
 *
 * <p>Why a normalised copy rather than the reference files: the bundled data must build without
 * {@code ../shared}, and the reference files carry per-row repository columns that belong in {@code
 * data/README.md} once, not in every row.
 *
 * <p>Example: {@code IndiaReferenceImporter.generate(Path.of("../shared/reference/india"))} returns
 * {@code india/aidc.csv} mapped to its text, and four more.
 */
public final class IndiaReferenceImporter {

  /** Reference file of the effective BCD entries of Notification 45/2025-Customs. */
  public static final String BCD_SOURCE = "india_bcd_effective_rates_notif45_2025.csv";

  /** Reference file of AIDC rates, SWS exemptions and Health Cess exemptions. */
  public static final String LEVIES_SOURCE = "india_customs_levies_aidc_sws_healthcess.csv";

  /** Reference file of the GST 2.0 IGST schedule. */
  public static final String IGST_SOURCE = "india_gst2_igst_rate_schedule.csv";

  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final Pattern CODE_LIST = Pattern.compile("(\\d{2,8}(-\\d{2,8})?(;|$))*");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?");

  private static final List<String> ENTRY_COLUMNS =
      List.of("s_no", "codes", "excluded", "any_chapter", "rate", "from", "to", "kind");

  private IndiaReferenceImporter() {}

  /**
   * Derives every normalised file.
   *
   * @param reference the folder {@code shared/reference/india}
   * @return path relative to {@code data/} to file text, in a fixed order
   * @throws UncheckedIOException if a reference file cannot be read
   * @throws IllegalStateException naming the file and row of a cell that breaks a rule
   */
  public static Map<String, String> generate(Path reference) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("india/bcd-effective-45-2025.csv", bcd(read(reference.resolve(BCD_SOURCE))));
    List<Map<String, String>> levies = read(reference.resolve(LEVIES_SOURCE));
    out.put("india/aidc.csv", levy(levies, "AIDC"));
    out.put("india/sws-exemptions.csv", levy(levies, "SWS"));
    out.put("india/health-cess-exemptions.csv", levy(levies, "Health Cess"));
    out.put("india/igst.csv", igst(read(reference.resolve(IGST_SOURCE))));
    return out;
  }

  private static String bcd(List<Map<String, String>> rows) {
    List<List<String>> out = new ArrayList<>();
    out.add(
        List.of(
            "notification",
            "table",
            "s_no",
            "codes",
            "excluded",
            "any_chapter",
            "bcd_rate",
            "conditions",
            "from",
            "to",
            "flags",
            "description"));
    int line = 1;
    for (Map<String, String> r : rows) {
      line++;
      String rate = r.get("effective_bcd_rate_text").strip();
      if (rate.equals("-") || rate.isEmpty()) {
        continue; // an IGST-only entry: no BCD concession
      }
      String where = BCD_SOURCE + " row " + line;
      out.add(
          List.of(
              "45/2025-Customs",
              r.get("table"),
              r.get("s_no"),
              codes(r.get("hs_codes_included"), where),
              codes(r.get("hs_codes_excluded"), where),
              flag(r.get("any_chapter")),
              rate,
              blankDashes(r.get("condition_nos")),
              date(r.get("in_force_from"), where),
              date(r.get("valid_until"), where),
              r.get("amendment_flags_per_source").strip(),
              description(r.get("description_abridged"))));
    }
    return text(out);
  }

  private static String levy(List<Map<String, String>> rows, String prefix) {
    List<List<String>> out = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("notification"));
    header.addAll(ENTRY_COLUMNS);
    header.addAll(List.of("amended_by", "description"));
    out.add(header);
    int line = 1;
    for (Map<String, String> r : rows) {
      line++;
      if (!r.get("levy").startsWith(prefix)) {
        continue;
      }
      String where = LEVIES_SOURCE + " row " + line;
      String notification = r.get("governing_notification");
      int paren = notification.indexOf(" (");
      out.add(
          List.of(
              paren > 0 ? notification.substring(0, paren) : notification,
              r.get("s_no"),
              codes(r.get("hs_codes_included"), where),
              codes(r.get("hs_codes_excluded"), where),
              flag(r.get("any_chapter")),
              r.get("rate_text").strip(),
              date(r.get("valid_from"), where),
              date(r.get("valid_until"), where),
              r.get("entry_kind").strip(),
              r.get("amended_by_per_source").strip(),
              description(r.get("description_abridged"))));
    }
    return text(out);
  }

  private static String igst(List<Map<String, String>> rows) {
    List<List<String>> out = new ArrayList<>();
    out.add(
        List.of(
            "notification",
            "schedule",
            "s_no",
            "codes",
            "excluded",
            "any_chapter",
            "rate",
            "from",
            "to",
            "description"));
    int line = 1;
    for (Map<String, String> r : rows) {
      line++;
      String where = IGST_SOURCE + " row " + line;
      String schedule = r.get("schedule").strip();
      String rate = r.get("igst_rate_pct").strip();
      if (schedule.equals("EXEMPT")) {
        rate = "Nil";
      } else if (!rate.matches("\\d+(\\.\\d+)?")) {
        throw new IllegalStateException(where + ": IGST rate '" + rate + "' is not a percentage");
      } else {
        rate = rate + "%";
      }
      out.add(
          List.of(
              r.get("source_notification").strip(),
              schedule,
              r.get("s_no").strip(),
              codes(r.get("hs_codes_included"), where),
              codes(r.get("hs_codes_excluded"), where),
              flag(r.get("any_chapter")),
              rate,
              date(r.get("in_force_from"), where),
              date(r.get("in_force_to"), where),
              description(r.get("description"))));
    }
    return text(out);
  }

  /** Codes as digits joined by ';' (a range {@code a-b} kept); checked, never guessed. */
  static String codes(String cell, String where) {
    String c = cell == null ? "" : cell.strip().replace(" ", "");
    if (!CODE_LIST.matcher(c).matches()) {
      throw new IllegalStateException(where + ": codes '" + cell + "' are not digit codes");
    }
    return c;
  }

  private static String date(String cell, String where) {
    String d = cell == null ? "" : cell.strip();
    if (!DATE.matcher(d).matches()) {
      throw new IllegalStateException(where + ": date '" + cell + "' is not yyyy-mm-dd");
    }
    return d;
  }

  /**
   * Conditions per sub-item column: a cell of dashes only ("- - -": no condition in any column) is
   * empty; one starting with a dash ("- - 3") gets the prefix "per sub-item: " (spreadsheet-safe).
   */
  private static String blankDashes(String cell) {
    String c = cell == null ? "" : cell.strip();
    if (c.replace("-", "").isBlank()) {
      return "";
    }
    return c.startsWith("-") ? "per sub-item: " + c : c;
  }

  private static String flag(String cell) {
    return cell != null && cell.strip().toUpperCase(Locale.ROOT).equals("Y") ? "true" : "false";
  }

  /** One line of text; a leading formula character or list dash is dropped (spreadsheet-safe). */
  private static String description(String cell) {
    String d = cell == null ? "" : cell.replaceAll("\\s+", " ").strip();
    while (!d.isEmpty() && "=+-@".indexOf(d.charAt(0)) >= 0) {
      d = d.substring(1).strip();
    }
    return d;
  }

  private static List<Map<String, String>> read(Path file) {
    try (MappingIterator<Map<String, String>> it =
        CSV.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(Files.readString(file, StandardCharsets.UTF_8))) {
      List<Map<String, String>> rows = new ArrayList<>();
      while (it.hasNextValue()) {
        rows.add(new LinkedHashMap<>(it.nextValue()));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static String text(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(quote(row.get(i)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String quote(String cell) {
    if (!SpreadsheetSafe.cell(cell).equals(cell)) {
      throw new IllegalStateException("cell would be altered for spreadsheets: '" + cell + "'");
    }
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
