package dev.tariffimpact.batch;

import dev.tariffimpact.customs.Entry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a batch reads: a shipment CSV file or stream, lines built in code, lines converted once
 * ({@link ShipmentColumns}), or formal entries.
 *
 * <pre>{@code
 * engine.run(BatchInput.csv(Path.of("shipments.csv")), BatchSink.none());
 * engine.run(BatchInput.lines(lines), BatchSink.lines(results::add));
 * }</pre>
 *
 * <p>This class is immutable; a stream input is read once.
 */
public final class BatchInput {

  enum Kind {
    FILE,
    STREAM,
    LINES,
    COLUMNS,
    ENTRIES
  }

  final Kind kind;
  final Object source;
  final String name;

  private BatchInput(Kind kind, Object source, String name) {
    this.kind = kind;
    this.source = source;
    this.name = name;
  }

  /**
   * A shipment CSV file (see {@link ShipmentCsv}).
   *
   * @param file the file
   * @return the input
   */
  public static BatchInput csv(Path file) {
    return new BatchInput(Kind.FILE, Objects.requireNonNull(file, "file"), file.toString());
  }

  /**
   * Shipment CSV text from a stream (UTF-8, BOM allowed), for example wrapped to show progress.
   *
   * @param in the stream, read to its end and not closed
   * @param name the source name used in messages, for example the file name
   * @return the input
   */
  public static BatchInput csv(InputStream in, String name) {
    return new BatchInput(
        Kind.STREAM, Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"));
  }

  /**
   * Lines built in code, numbered as rows from 1; consecutive lines with the same entry id form one
   * entry.
   *
   * @param lines the lines
   * @return the input
   */
  public static BatchInput lines(List<BatchLine> lines) {
    return new BatchInput(Kind.LINES, Objects.requireNonNull(lines, "lines"), "lines");
  }

  /**
   * Lines converted once: the same results as {@link #lines} on the same lines, without converting
   * them again. The columns' chunks are the units of work ({@link BatchOptions#chunkSize()} does
   * not apply).
   *
   * @param columns the columns
   * @return the input
   */
  public static BatchInput columns(ShipmentColumns columns) {
    return new BatchInput(Kind.COLUMNS, Objects.requireNonNull(columns, "columns"), "columns");
  }

  /**
   * Formal entries built in code: entry {@code k} (from 0) gets the id {@code "E<k+1>"}, its lines
   * are numbered as rows in order from 1, categories come from the engine's catalog (else empty).
   *
   * @param entries formal entries
   * @return the input
   */
  public static BatchInput entries(List<Entry> entries) {
    return new BatchInput(Kind.ENTRIES, Objects.requireNonNull(entries, "entries"), "entries");
  }

  @Override
  public String toString() {
    return "BatchInput{" + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name + "}";
  }
}
