package dev.tariffimpact.batch;

import dev.tariffimpact.customs.ShipmentLine;
import java.util.Objects;

/**
 * One line of in-memory batch input: the entry it belongs to, the importer, an optional category
 * for aggregates, and the line. Consecutive lines with the same entry id form one entry.
 *
 * <p>Example: {@code new BatchLine("E1", "US", "textiles-and-apparel", line)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entryId the entry id, for example {@code "E1"}
 * @param importer the importing country, for example {@code "US"}
 * @param category the category, empty when none
 * @param line the shipment line
 */
public record BatchLine(String entryId, String importer, String category, ShipmentLine line) {

  /**
   * Validates the line.
   *
   * @throws NullPointerException if an argument is null
   */
  public BatchLine {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(line, "line");
  }
}
