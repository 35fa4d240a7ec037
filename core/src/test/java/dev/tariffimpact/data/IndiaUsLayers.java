package dev.tariffimpact.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * India's levies on goods of the US as dated layers ({@code data/in-layers.csv}), expanded for each
 * tariff line into the measures of {@code india-us.json.gz}: First Schedule BCD, the effective BCD
 * of 50/2017 (assumed, U) and 45/2025, AIDC, SWS with its exemptions, Health Cess with its
 * exemptions, IGST before and after GST 2.0. The rules are in {@code data/README.md} (section
 * india-us.json.gz).
 *
 * <p>Why per line: a measure's scope is the line itself (or the narrower entry code), so an
 * effective-rate entry printed at heading level still beats the 8-digit tariff rate (equal
 * specificity, declared later), and a claimed entry beats an unclaimed one.
 */
final class IndiaUsLayers {

  /** One tariff line of US goods into India, with its standard BCD (empty = not found). */
  record Line(
      String item,
      String description,
      String category,
      String standardBcd,
      String source,
      String confidence,
      String note) {}

  /** One row of a normalised entry file of {@code data/india/}. */
  record Entry(String file, Map<String, String> row) {
    String get(String column) {
      String v = row.get(column);
      return v == null ? "" : v.strip();
    }

    List<String> codes() {
      return split(get("codes"));
    }

    List<String> excluded() {
      return split(get("excluded"));
    }

    boolean anyChapter() {
      return Boolean.parseBoolean(get("any_chapter"));
    }

    String rate() {
      return get(row.containsKey("bcd_rate") ? "bcd_rate" : "rate");
    }

    String label() {
      String table = get("table").isEmpty() ? get("schedule") : get("table");
      return get("notification")
          + (table.isEmpty() ? "" : " " + (row.containsKey("table") ? "Table " : "Sch. ") + table)
          + " S.No. "
          + get("s_no");
    }

    String key() {
      String table = get("table").isEmpty() ? get("schedule") : get("table");
      java.util.regex.Matcher m = NUMBER.matcher(get("notification"));
      String n = m.find() ? m.group(1) + "-" + m.group(2) : get("notification");
      return n + (table.isEmpty() ? "" : "-" + table) + "-" + get("s_no");
    }
  }

  private static final Pattern RESTATED_EXCLUSION =
      Pattern.compile("all goods \\(other than [^)]*\\)");
  private static final Pattern NUMBER = Pattern.compile("(\\d+)/(\\d{4})");

  static final String PERIOD_START = "2025-01-01";
  static final String GST2_START = "2025-09-22";

  private static final Pattern MULTI_RATE = Pattern.compile(".*\\d%?\\s+\\S*\\d.*|.*Nil\\s+\\S.*");
  private static final List<String> QUALIFIERS =
      List.of(
          "other than",
          "pre-packaged",
          "put up",
          "for use",
          "used in",
          "such as",
          "following",
          "namely",
          "excluding",
          "except",
          "covered under",
          "claimed",
          "[",
          "specified");

  private final Path data;
  private final Map<String, Map<String, String>> layers = new LinkedHashMap<>();
  private final List<Entry> bcd45;
  private final List<Entry> aidc;
  private final List<Entry> sws;
  private final List<Entry> healthCess;
  private final List<Entry> igst;
  private final List<Entry> dated;
  private final List<Entry> references;

  IndiaUsLayers(Path data) {
    this.data = data;
    for (Map<String, String> r : BundledDataGenerator.readCsv(data.resolve("in-layers.csv"))) {
      layers.put(r.get("id"), r);
    }
    bcd45 = entries("india/bcd-effective-45-2025.csv");
    aidc = entries("india/aidc.csv");
    sws = entries("india/sws-exemptions.csv");
    healthCess = entries("india/health-cess-exemptions.csv");
    igst = entries("india/igst.csv");
    dated =
        Files.isRegularFile(data.resolve(DATED))
            ? entries(DATED)
            : List.of(); // a data folder of a test without the hand-kept corrections
    references = Files.isRegularFile(data.resolve(REFERENCES)) ? entries(REFERENCES) : List.of();
  }

  /** Hand-kept table of exemptions that name entries of other notifications (data/README.md). */
  static final String REFERENCES = "india/exemption-references.csv";

  /** Hand-kept dated corrections of the assumed 50/2017 rates (data/README.md). */
  static final String DATED = "india/bcd-effective-dated.csv";

  private List<Entry> entries(String file) {
    List<Entry> out = new ArrayList<>();
    for (Map<String, String> r : BundledDataGenerator.readCsv(data.resolve(file))) {
      out.add(new Entry(file, r));
    }
    return out;
  }

  Map<String, String> layer(String id) {
    Map<String, String> l = layers.get(id);
    if (l == null) {
      throw new IllegalStateException("in-layers.csv has no row " + id);
    }
    return l;
  }

  /**
   * The lines: the codes of {@code in-lines.csv} (their FACTS.md rates as the BCD, not the WTO
   * averages), then the 8-digit items of {@code india/us-export-lines.csv} with the standard BCD of
   * {@code india/first-schedule-bcd.csv} when both files exist.
   */
  List<Line> lines() {
    List<Line> out = new ArrayList<>();
    for (Map<String, String> r : BundledDataGenerator.readCsv(data.resolve("in-lines.csv"))) {
      // FACTS.md rates are kept as the line's BCD; the WTO averages (13.5%, 39%) are not law.
      boolean average = r.get("note").contains("simple average");
      out.add(
          new Line(
              r.get("code").replace(".", ""),
              r.get("description"),
              r.get("category"),
              average ? "" : r.get("bcd"),
              average
                  ? "in-lines.csv (no line rate: the average it held is not used)"
                  : r.get("source"),
              average ? "U" : r.get("confidence"),
              average ? "" : factsNote(r)));
    }
    Path export = data.resolve("india/us-export-lines.csv");
    Path schedule = data.resolve("india/first-schedule-bcd.csv");
    if (Files.isRegularFile(export) && Files.isRegularFile(schedule)) {
      Map<String, Map<String, String>> bcd = new LinkedHashMap<>();
      for (Map<String, String> r : BundledDataGenerator.readCsv(schedule)) {
        bcd.put(r.get("tariff_item").strip(), r);
      }
      for (Map<String, String> r : BundledDataGenerator.readCsv(export)) {
        String item = r.get("tariff_item").strip();
        if (out.stream().anyMatch(l -> l.item().equals(item))) {
          continue;
        }
        Map<String, String> b = bcd.getOrDefault(item, Map.of());
        out.add(
            new Line(
                item,
                r.get("description"),
                r.get("category"),
                b.getOrDefault("standard_bcd", "").strip(),
                b.getOrDefault("source", "india/first-schedule-bcd.csv (no row)"),
                b.getOrDefault("confidence", "U"),
                b.getOrDefault("note", "")));
      }
    }
    return out;
  }

  private static String factsNote(Map<String, String> r) {
    String note = r.get("note");
    int igst = note.indexOf(" IGST");
    String bcdPart = igst > 0 ? note.substring(0, igst) : note;
    return "Applied rate of FACTS.md s.3 taken as the First Schedule rate (no 8-digit row known)."
        + (r.get("confidence").equals("U") ? " " + bcdPart : "");
  }

  /** Every measure of india-us.json.gz for the lines, in declaration order. */
  void measures(List<Line> lines, ArrayNode out, JsonMapper json) {
    for (Line line : lines) {
      new LineMeasures(this, line, lines, json).addTo(out);
    }
    new EntryClaims(this, lines, json).addTo(out);
  }

  // ------------------------------------------------------------- matching

  /**
   * The scope of an entry for a line: the line's scope when an entry code covers it, the entry's
   * code when it lies within the line, or null when the entry does not reach the line.
   */
  static String scope(Entry e, String lineScope, String item) {
    if (e.anyChapter() || e.codes().isEmpty()) {
      return null;
    }
    for (String x : e.excluded()) {
      if (covers(x, item)) {
        return null;
      }
    }
    List<String> narrower = new ArrayList<>();
    for (String c : e.codes()) {
      if (covers(c, item)) {
        List<String> except = new ArrayList<>();
        for (String x : e.excluded()) {
          if (x.startsWith(item) && x.length() > item.length()) {
            except.add(x);
          }
        }
        return except.isEmpty() ? lineScope : lineScope + withExcept(lineScope, except);
      }
      if (!c.contains("-")
          && c.startsWith(item)
          && c.length() > item.length()
          && !withinChildLine(c, lineScope)) {
        narrower.add(c);
      }
    }
    return narrower.isEmpty() ? null : String.join(", ", narrower);
  }

  /** Whether a code belongs to a more specific line ("2208 except 220830": 22083011 does). */
  private static boolean withinChildLine(String code, String lineScope) {
    int except = lineScope.indexOf(" except ");
    if (except < 0) {
      return false;
    }
    for (String child : lineScope.substring(except + 8).split(",\\s*")) {
      if (code.startsWith(child.strip())) {
        return true;
      }
    }
    return false;
  }

  private static String withExcept(String lineScope, List<String> except) {
    return (lineScope.contains(" except ") ? ", " : " except ") + String.join(", ", except);
  }

  /** How many digits of the item the entry code matches (0 when it does not cover it). */
  static int matchLength(Entry e, String item) {
    int best = 0;
    for (String c : e.codes()) {
      if (covers(c, item)) {
        best = Math.max(best, c.contains("-") ? c.indexOf('-') : c.length());
      }
    }
    return best;
  }

  static boolean covers(String code, String item) {
    int dash = code.indexOf('-');
    if (dash < 0) {
      // An 8-digit item ending in zeros is its undivided subheading: 15071000 is 1507.10.
      return item.startsWith(code)
          || (code.length() == 8 && item.length() < 8 && code.equals(padded(item)));
    }
    String from = code.substring(0, dash);
    String to = code.substring(dash + 1);
    if (item.length() < from.length()) {
      return false;
    }
    String head = item.substring(0, from.length());
    return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
  }

  private static String padded(String item) {
    return (item + "00000000").substring(0, 8);
  }

  /** A description that names the goods only ("All goods") needs no claim; a qualified one does. */
  static boolean plain(Entry e) {
    String d = e.get("description").toLowerCase(Locale.ROOT);
    if (!e.excluded().isEmpty() && RESTATED_EXCLUSION.matcher(d).matches()) {
      return true; // "All goods (other than ...)" restating the excluded codes
    }
    for (String q : QUALIFIERS) {
      if (d.contains(q)) {
        return false;
      }
    }
    return true;
  }

  static boolean multiRate(String rate) {
    return MULTI_RATE.matcher(rate).matches();
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * The dated rates that replace the assumption "50/2017 = this 45/2025 entry" for a line, in file
   * order; empty when no source gives the 50/2017 rate. They must cover the whole 50/2017 period
   * without a gap, else the generator fails naming the entry.
   */
  List<Entry> dated(Entry e, String item) {
    List<Entry> out = new ArrayList<>();
    for (Entry d : dated) {
      if (d.get("entry").equals(e.key())
          && d.codes().stream().anyMatch(c -> covers(c, item) || c.startsWith(item))) {
        out.add(d);
      }
    }
    String next = PERIOD_START;
    for (Entry d : out) {
      if (!d.get("from").equals(next)) {
        throw new IllegalStateException(DATED + ": " + e.key() + " does not continue at " + next);
      }
      next = java.time.LocalDate.parse(d.get("to")).plusDays(1).toString();
    }
    if (!out.isEmpty() && !next.equals("2025-11-01")) {
      throw new IllegalStateException(DATED + ": " + e.key() + " ends before 2025-10-31");
    }
    return out;
  }

  /**
   * What an entry's measure removes when it applies, by the modelled rows of {@link #REFERENCES}
   * that name it: the line's SWS ({@code in-sws-<item>}), the Health Cess or the AIDC (families).
   *
   * @param key the entry key, e.g. {@code 45-2025-II-12} or {@code 11-2021-13AB}
   * @param item the line, or null for a measure that spans lines (an SWS reference then fails)
   */
  List<String> removedWith(String key, String item) {
    List<String> out = new ArrayList<>();
    for (Entry r : references) {
      if (!r.get("status").equals("modelled") || !expand(r.get("entries")).contains(key)) {
        continue;
      }
      String target =
          switch (r.get("levy")) {
            case "SWS" -> {
              if (item == null) {
                throw new IllegalStateException(REFERENCES + ": SWS row names " + key);
              }
              yield "in-sws-" + item;
            }
            case "Health Cess" -> "family:health-cess";
            case "AIDC" -> "family:aidc";
            default -> throw new IllegalStateException(REFERENCES + ": levy " + r.get("levy"));
          };
      if (!out.contains(target)) {
        out.add(target);
      }
    }
    return out;
  }

  /** The exemption rows naming an entry, for the notes: "11/2018 S.No. 56B", ... */
  List<String> referencesTo(String key) {
    List<String> out = new ArrayList<>();
    for (Entry r : references) {
      if (r.get("status").equals("modelled") && expand(r.get("entries")).contains(key)) {
        String[] e = r.get("exemption").split("-", 3);
        out.add(r.get("levy") + " Nil (" + e[0] + "/" + e[1] + " S.No. " + e[2] + ")");
      }
    }
    return out;
  }

  List<Entry> references() {
    return references;
  }

  /** {@code 45-2025-I-409..426;45-2025-II-6} as the list of keys it names. */
  static List<String> expand(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : split(cell)) {
      int dots = part.indexOf("..");
      if (dots < 0) {
        out.add(part);
        continue;
      }
      int dash = part.lastIndexOf('-', dots);
      String head = part.substring(0, dash + 1);
      int from = Integer.parseInt(part.substring(dash + 1, dots));
      int to = Integer.parseInt(part.substring(dots + 2));
      for (int n = from; n <= to; n++) {
        out.add(head + n);
      }
    }
    return out;
  }

  List<Entry> bcd45() {
    return bcd45;
  }

  List<Entry> aidc() {
    return aidc;
  }

  List<Entry> sws() {
    return sws;
  }

  List<Entry> healthCess() {
    return healthCess;
  }

  List<Entry> igst() {
    return igst;
  }
}
