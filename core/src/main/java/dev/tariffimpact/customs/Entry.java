package dev.tariffimpact.customs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines filed together in one customs entry: the unit on which entry-level fees are charged and
 * clamped (US MPF), and low-value rules tested.
 *
 * <pre>{@code
 * Entry entry = Entry.of("US", List.of(line1, line2));   // formal entry
 * Entry informal = Entry.of("US", EntryType.INFORMAL, List.of(line1));
 * }</pre>
 *
 * <p>All lines share one entry date. This class is immutable and thread-safe.
 */
public final class Entry {

  private final String importer;
  private final EntryType type;
  private final List<ShipmentLine> lines;

  private Entry(String importer, EntryType type, List<ShipmentLine> lines) {
    this.importer = importer;
    this.type = type;
    this.lines = lines;
  }

  /**
   * Returns a formal entry.
   *
   * @param importer ISO 3166 alpha-2 importing country or {@code EU}, for example {@code "US"}
   * @param lines at least one line, all with the same entry date
   * @return the entry
   * @throws IllegalArgumentException if the importer is invalid, there is no line, or the lines
   *     have different entry dates
   */
  public static Entry of(String importer, List<ShipmentLine> lines) {
    return of(importer, EntryType.FORMAL, lines);
  }

  /**
   * Returns an entry of the given type.
   *
   * @param importer ISO 3166 alpha-2 importing country or {@code EU}
   * @param type formal or informal
   * @param lines at least one line, all with the same entry date
   * @return the entry
   * @throws IllegalArgumentException if the importer is invalid, there is no line, or the lines
   *     have different entry dates
   */
  public static Entry of(String importer, EntryType type, List<ShipmentLine> lines) {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lines, "lines");
    if (!CustomsRegime.isImporterCode(importer)) {
      throw new IllegalArgumentException(
          "importer must be an ISO 3166 alpha-2 code or EU, was '" + importer + "'");
    }
    List<ShipmentLine> copy = List.copyOf(new ArrayList<>(lines));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an entry must have at least one line");
    }
    LocalDate date = copy.get(0).entryDate();
    for (int i = 1; i < copy.size(); i++) {
      if (!copy.get(i).entryDate().equals(date)) {
        throw new IllegalArgumentException(
            "lines of one entry must share the entry date: line 0 has "
                + date
                + ", line "
                + i
                + " has "
                + copy.get(i).entryDate());
      }
    }
    return new Entry(importer, type, copy);
  }

  /**
   * Returns a formal entry of one line.
   *
   * @param importer the importing country
   * @param line the line
   * @return the entry
   */
  public static Entry of(String importer, ShipmentLine line) {
    return of(importer, List.of(Objects.requireNonNull(line, "line")));
  }

  /**
   * Returns the same shipment entered on another date: every line keeps its goods, values and
   * transit time (the date of exportation moves by as many days as the entry date), which is what
   * "compare with a date" assesses.
   *
   * @param date the new entry date, for example 2026-03-01
   * @return the moved entry, with the same importer and entry type
   */
  public Entry withEntryDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Entry(importer, type, lines.stream().map(l -> l.enteredOn(date)).toList());
  }

  /**
   * Returns the importing country.
   *
   * @return for example {@code "US"} or {@code "EU"}
   */
  public String importer() {
    return importer;
  }

  /**
   * Returns whether the entry is formal or informal.
   *
   * @return the type
   */
  public EntryType type() {
    return type;
  }

  /**
   * Returns the lines in filing order; a line's index in this list is its line index.
   *
   * @return the lines, at least one
   */
  public List<ShipmentLine> lines() {
    return lines;
  }

  /**
   * Returns the entry date shared by the lines.
   *
   * @return the date
   */
  public LocalDate entryDate() {
    return lines.get(0).entryDate();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Entry e
        && importer.equals(e.importer)
        && type == e.type
        && lines.equals(e.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(importer, type, lines);
  }

  @Override
  public String toString() {
    return "Entry{importer=" + importer + ", type=" + type + ", lines=" + lines + "}";
  }
}
