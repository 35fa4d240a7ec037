package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a shipment CSV (UTF-8, BOM allowed, RFC 4180 via Jackson 3) into row chunks for a {@link
 * RunPipeline}: the header becomes a {@link HeaderLayout}, and a chunk is cut when it holds {@code
 * chunkSize} rows and the next row starts another entry, so an entry is never split. Cells become
 * columns on the workers ({@link RowParser}).
 */
public final class CsvChunkReader {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /**
   * The most lines one entry may have (consecutive rows with one entry id). The rows of a longer
   * entry are rejected ({@code ENTRY_TOO_LARGE}) as they stream by, so memory stays bounded: an
   * entry is assessed as a whole and must fit in a chunk.
   */
  public static final int MAX_LINES_PER_ENTRY = 10_000;

  private CsvChunkReader() {}

  /**
   * Reads a stream into the pipeline.
   *
   * @param in the stream, not closed
   * @param name the source name for messages
   * @param importers the importers the batch has scenarios for
   * @param ignoreUnknownColumns whether columns the format does not know are allowed
   * @param chunkSize rows per chunk
   * @param pipeline receives the chunks
   * @throws BatchException if the input cannot be read, has no valid header or is not CSV
   */
  public static void read(
      InputStream in,
      String name,
      Set<String> importers,
      boolean ignoreUnknownColumns,
      int chunkSize,
      RunPipeline pipeline) {
    Reader reader;
    try {
      reader = utf8(in);
    } catch (IOException e) {
      throw new BatchException("cannot read " + name + ": " + e, e);
    }
    long row = 1;
    boolean complete = false;
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(reader)) {
      if (!it.hasNextValue()) {
        throw new BatchException(name + ": empty file, a header row is required", null);
      }
      RowParser parser =
          new RowParser(HeaderLayout.of(it.nextValue(), ignoreUnknownColumns, name), importers);
      int idColumn = parser.entryIdColumn();
      List<String[]> batch = new ArrayList<>();
      List<Long> numbers = new ArrayList<>(); // negative: the row of an entry too large
      String last = null;
      int entryLines = 0;
      long sequence = 0;
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        row++;
        String id = idColumn < cells.length ? cells[idColumn].strip() : "";
        boolean sameEntry = id.equals(last);
        entryLines = sameEntry ? entryLines + 1 : 1;
        if (entryLines == MAX_LINES_PER_ENTRY + 1) {
          // the entry's rows read so far are all in this batch (no cut inside an entry until now)
          for (int k = numbers.size() - 1; k >= numbers.size() - MAX_LINES_PER_ENTRY; k--) {
            numbers.set(k, -numbers.get(k));
          }
        }
        // a chunk is cut between entries, or anywhere in an entry too large (its rows are rejects)
        if (batch.size() >= chunkSize && (!sameEntry || entryLines > MAX_LINES_PER_ENTRY)) {
          pipeline.submit(parse(parser, sequence++, batch, numbers));
          batch = new ArrayList<>();
          numbers = new ArrayList<>();
        }
        batch.add(cells);
        numbers.add(entryLines > MAX_LINES_PER_ENTRY ? -row : row);
        last = id;
      }
      if (!batch.isEmpty()) {
        pipeline.submit(parse(parser, sequence, batch, numbers));
      }
      complete = true;
    } catch (JacksonException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Utf8Reader.InvalidUtf8Exception bad) {
          throw new BatchException(
              name
                  + " row "
                  + bad.line
                  + " (byte offset "
                  + bad.byteOffset
                  + "): invalid UTF-8; the file must be UTF-8 (re-save or convert it, e.g."
                  + " iconv -f WINDOWS-1252 -t UTF-8)",
              e);
        }
      }
      throw new BatchException(
          name + " after row " + row + ": malformed CSV: " + e.getOriginalMessage(), e);
    } finally {
      if (!complete) {
        pipeline.abort(); // cancel the workers; the caller sees the failure as it is
      }
    }
  }

  private static java.util.concurrent.Callable<Chunk> parse(
      RowParser parser, long sequence, List<String[]> rows, List<Long> numbers) {
    long[] n = numbers.stream().mapToLong(Long::longValue).toArray();
    return () -> {
      Chunk chunk = new Chunk(sequence, rows.size());
      parser.parse(chunk, rows, n);
      return chunk;
    };
  }

  private static Reader utf8(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF) {
      return new Utf8Reader(in, 3);
    }
    in.reset();
    return new Utf8Reader(in, 0);
  }
}
