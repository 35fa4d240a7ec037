package dev.tariffimpact.batch;

import dev.tariffimpact.batch.internal.Chunk;
import dev.tariffimpact.batch.internal.ColumnCodec;
import dev.tariffimpact.batch.internal.CsvChunkReader;
import dev.tariffimpact.batch.internal.PlanTable;
import dev.tariffimpact.batch.internal.RunPipeline;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.EntryType;
import dev.tariffimpact.customs.ShipmentLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /** Hands an input's chunks to a run. */
  private interface Feeder {
    void feed(RunPipeline run, Set<String> importers, BatchOptions options, int scenarios);
  }

  private final String description;
  private final Feeder feeder;
  private final Path file; // a CSV file input, else null
  private final InputStream stream; // a CSV stream input, else null
  private final String name; // the CSV source name, else null

  private BatchInput(String description, Feeder feeder) {
    this(description, feeder, null, null, null);
  }

  private BatchInput(
      String description, Feeder feeder, Path file, InputStream stream, String name) {
    this.description = description;
    this.feeder = feeder;
    this.file = file;
    this.stream = stream;
    this.name = name;
  }

  /** The CSV file of a file input, else null (the outputs protect and record it). */
  Path file() {
    return file;
  }

  /** The CSV stream of a stream input, else null (the outputs digest it as it is read). */
  InputStream stream() {
    return stream;
  }

  /** The source name of a CSV input, else null. */
  String name() {
    return name;
  }

  /** Submits the input's chunks to a run (called by the engine). */
  void feed(RunPipeline run, Set<String> importers, BatchOptions options, int scenarios) {
    feeder.feed(run, importers, options, scenarios);
  }

  /**
   * A shipment CSV file (see {@link ShipmentCsv}).
   *
   * @param file the file
   * @return the input
   */
  public static BatchInput csv(Path file) {
    Objects.requireNonNull(file, "file");
    return new BatchInput(
        "csv " + file,
        (run, importers, options, scenarios) -> {
          try (InputStream in = Files.newInputStream(file)) {
            readCsv(in, file.toString(), run, importers, options);
          } catch (IOException e) {
            throw new BatchException("cannot read shipment file " + file + ": " + e, e);
          }
        },
        file,
        null,
        file.toString());
  }

  /**
   * Shipment CSV text from a stream (UTF-8, BOM allowed), for example wrapped to show progress.
   *
   * @param in the stream, read to its end and not closed
   * @param name the source name used in messages, for example the file name
   * @return the input
   */
  public static BatchInput csv(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return new BatchInput(
        "csv " + name,
        (run, importers, options, scenarios) -> readCsv(in, name, run, importers, options),
        null,
        in,
        name);
  }

  /**
   * Lines built in code, numbered as rows from 1; consecutive lines with the same entry id form one
   * entry.
   *
   * @param lines the lines
   * @return the input
   */
  public static BatchInput lines(List<BatchLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return new BatchInput(
        lines.size() + " lines",
        (run, importers, options, scenarios) -> submitLines(lines, run, options.chunkSize()));
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
    Objects.requireNonNull(columns, "columns");
    return new BatchInput(
        columns.toString(),
        (run, importers, options, scenarios) -> {
          run.keyed(new PlanTable.Keyed(scenarios, columns.keys()));
          for (Chunk chunk : columns.chunks()) {
            run.submit(() -> chunk);
          }
        });
  }

  /**
   * Formal entries built in code: entry {@code k} (from 0) gets the id {@code "E<k+1>"}, its lines
   * are numbered as rows in order from 1, categories come from the engine's catalog (else empty).
   *
   * @param entries formal entries
   * @return the input
   */
  public static BatchInput entries(List<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    return new BatchInput(
        entries.size() + " entries",
        (run, importers, options, scenarios) ->
            submitLines(entryLines(entries), run, options.chunkSize()));
  }

  private static void readCsv(
      InputStream in, String name, RunPipeline run, Set<String> importers, BatchOptions options) {
    CsvChunkReader.read(
        in, name, importers, options.ignoreUnknownColumns(), options.chunkSize(), run);
  }

  /** Chunks of about {@code chunkSize} lines, cut only between entries, converted on a worker. */
  private static void submitLines(List<BatchLine> input, RunPipeline run, int chunkSize) {
    int start = 0;
    long sequence = 0;
    while (start < input.size()) {
      int end = Math.min(start + chunkSize, input.size());
      while (end < input.size() && input.get(end).entryId().equals(input.get(end - 1).entryId())) {
        end++;
      }
      List<BatchLine> slice = input.subList(start, end);
      long first = start + 1L;
      long seq = sequence++;
      run.submit(
          () -> {
            Chunk chunk = new Chunk(seq, slice.size());
            ColumnCodec.fromLines(chunk, slice, first);
            return chunk;
          });
      start = end;
    }
  }

  private static List<BatchLine> entryLines(List<Entry> entries) {
    List<BatchLine> input = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      Entry e = entries.get(k);
      if (e.type() != EntryType.FORMAL) {
        throw new IllegalArgumentException(
            "entry " + (k + 1) + " is " + e.type() + "; the batch assesses formal entries");
      }
      for (ShipmentLine line : e.lines()) {
        input.add(new BatchLine("E" + (k + 1), e.importer(), "", line));
      }
    }
    return input;
  }

  /** Prints what the input is, for example {@code BatchInput{csv shipments.csv}}. */
  @Override
  public String toString() {
    return "BatchInput{" + description + "}";
  }
}
