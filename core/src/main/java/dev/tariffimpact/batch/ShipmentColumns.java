package dev.tariffimpact.batch;

import dev.tariffimpact.batch.internal.Chunk;
import dev.tariffimpact.batch.internal.ColumnCodec;
import dev.tariffimpact.batch.internal.PlanTable;
import dev.tariffimpact.classification.ProductCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Batch lines converted once into the engine's columnar form, to be run many times: under other
 * scenario sets, by other engines, or in a benchmark. {@link BatchInput#lines(List)} converts its
 * {@link BatchLine}s on every run (decimal amounts to fixed-point columns); this class does that
 * conversion up front, the way a database loads a table before queries run against it.
 *
 * <p>Example:
 *
 * <pre>{@code
 * ShipmentColumns columns = ShipmentColumns.of(lines);
 * BatchResult peak = peakEngine.run(BatchInput.columns(columns));
 * BatchResult framework = frameworkEngine.run(BatchInput.columns(columns));
 * }</pre>
 *
 * <p>The columns keep no reference to the {@code BatchLine} objects (after {@link #of} returns the
 * list may be dropped): amounts are held as exact fixed-point longs, or, for the rare line the
 * columns cannot hold exactly (components, more than six decimals), as the line object. Lines that
 * break an entry's consistency (importer, entry date, currency, mode of a multi-line entry) are
 * kept as rejects and reported by every run, so read + rejected always reconcile.
 *
 * <p>This class is immutable and thread-safe; runs over the same columns may proceed in parallel.
 */
public final class ShipmentColumns {

  private final List<Chunk> chunks;
  private final long lines;
  private final int keys;

  private record Key(String importer, ProductCode code) {}

  private ShipmentColumns(List<Chunk> chunks, long lines, int keys) {
    this.chunks = List.copyOf(chunks);
    this.lines = lines;
    this.keys = keys;
  }

  /**
   * Converts lines in chunks of {@link BatchOptions#DEFAULT_CHUNK_SIZE} lines (an entry is never
   * split).
   *
   * @param lines the lines, numbered from row 1; consecutive lines with the same entry id form one
   *     entry
   * @return the columns
   * @throws NullPointerException if {@code lines} is null or holds a null
   */
  public static ShipmentColumns of(List<BatchLine> lines) {
    return of(lines, BatchOptions.DEFAULT_CHUNK_SIZE);
  }

  /**
   * Converts lines in chunks of about {@code chunkSize} lines (an entry is never split, so a chunk
   * may be longer). The chunk is the unit of work of a run's threads.
   *
   * @param lines the lines, numbered from row 1
   * @param chunkSize lines per chunk, at least 1
   * @return the columns
   * @throws NullPointerException if {@code lines} is null or holds a null
   * @throws IllegalArgumentException if {@code chunkSize} is below 1
   */
  public static ShipmentColumns of(List<BatchLine> lines, int chunkSize) {
    Objects.requireNonNull(lines, "lines");
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, got " + chunkSize);
    }
    List<Chunk> chunks = new ArrayList<>();
    Map<Key, Integer> keys = new HashMap<>();
    int start = 0;
    while (start < lines.size()) {
      int end = Math.min(start + chunkSize, lines.size());
      while (end < lines.size() && lines.get(end).entryId().equals(lines.get(end - 1).entryId())) {
        end++;
      }
      Chunk chunk = new Chunk(chunks.size(), end - start);
      ColumnCodec.fromLines(chunk, lines.subList(start, end), start + 1L);
      chunk.detachSources();
      // dictionary-encode (importer, code) and the origin: a run then finds each line's tariff
      // plan by index, as a columnar database joins on dictionary codes
      chunk.codeKey = new int[chunk.size];
      chunk.originIndex = new int[chunk.size];
      for (int i = 0; i < chunk.size; i++) {
        Key k = new Key(chunk.importer[i], chunk.code[i]);
        chunk.codeKey[i] = keys.computeIfAbsent(k, x -> keys.size());
        chunk.originIndex[i] = PlanTable.countryIndex(chunk.origin[i]);
      }
      chunks.add(chunk);
      start = end;
    }
    return new ShipmentColumns(chunks, lines.size(), keys.size());
  }

  /**
   * Returns the number of lines converted (rejects included).
   *
   * @return the line count
   */
  public long size() {
    return lines;
  }

  /** Number of distinct (importer, product code) dictionary codes in the chunks. */
  int keys() {
    return keys;
  }

  /** The chunks, in input order; read-only by contract (the engine never writes to them). */
  List<Chunk> chunks() {
    return chunks;
  }

  /** Prints the line and chunk counts. */
  @Override
  public String toString() {
    return "ShipmentColumns{lines=" + lines + ", chunks=" + chunks.size() + "}";
  }
}
