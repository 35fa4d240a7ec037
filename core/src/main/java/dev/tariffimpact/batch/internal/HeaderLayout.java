package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.ShipmentCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a shipment CSV header: where each known column is. A required column missing, a
 * column named twice, or (unless allowed) a column the format does not know is an error naming it.
 * Names match case-insensitively, surrounding blanks and a byte-order mark ignored.
 */
public final class HeaderLayout {

  private final String[] names;
  private final int[] at; // column index of each required column, by REQUIRED_COLUMNS order
  private final int category;
  private final int components;

  private HeaderLayout(String[] names, int[] at, int category, int components) {
    this.names = names;
    this.at = at;
    this.category = category;
    this.components = components;
  }

  /**
   * Reads a header row.
   *
   * @param cells the header cells
   * @param ignoreUnknownColumns true to accept (and skip) columns the format does not know
   * @return the layout
   * @throws IllegalArgumentException naming the missing, repeated or unknown column
   */
  public static HeaderLayout of(String[] cells, boolean ignoreUnknownColumns) {
    String[] names = new String[cells.length];
    List<String> known = new ArrayList<>(ShipmentCsv.REQUIRED_COLUMNS);
    known.add(ShipmentCsv.CATEGORY);
    known.add(ShipmentCsv.COMPONENTS);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      names[i] = cells[i].strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
      for (int j = 0; j < i; j++) {
        if (names[j].equals(names[i]) && !names[i].isEmpty()) {
          throw new IllegalArgumentException(
              "header names column '"
                  + names[i]
                  + "' twice (columns "
                  + (j + 1)
                  + " and "
                  + (i + 1)
                  + ")");
        }
      }
      if (!known.contains(names[i])) {
        unknown.add(names[i]);
      }
    }
    List<String> required = ShipmentCsv.REQUIRED_COLUMNS;
    int[] at = new int[required.size()];
    for (int r = 0; r < required.size(); r++) {
      at[r] = indexOf(names, required.get(r));
      if (at[r] < 0) {
        throw new IllegalArgumentException(
            "header lacks column '"
                + required.get(r)
                + "' (required: "
                + String.join(",", required)
                + ")");
      }
    }
    if (!unknown.isEmpty() && !ignoreUnknownColumns) {
      throw new IllegalArgumentException(
          "header has unknown column"
              + (unknown.size() > 1 ? "s " : " ")
              + unknown.stream().map(u -> "'" + u + "'").toList()
              + " (known: "
              + String.join(",", known)
              + "; allow them with ignoreUnknownColumns / --ignore-unknown-columns)");
    }
    return new HeaderLayout(
        names, at, indexOf(names, ShipmentCsv.CATEGORY), indexOf(names, ShipmentCsv.COMPONENTS));
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Number of columns. */
  int width() {
    return names.length;
  }

  /** The name of column {@code i}. */
  String name(int i) {
    return names[i];
  }

  /** The column index of a required column, by its position in {@code REQUIRED_COLUMNS}. */
  int required(int r) {
    return at[r];
  }

  /** The number of required columns. */
  int requiredCount() {
    return at.length;
  }

  /** The column of the optional category, or -1. */
  int category() {
    return category;
  }

  /** The column of the optional components, or -1. */
  int components() {
    return components;
  }

  /**
   * Returns the column of the entry id.
   *
   * @return its index
   */
  public int entryIdColumn() {
    return at[0];
  }
}
