package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(reader)) {
      if (!it.hasNextValue()) {
        throw new BatchException(name + ": empty file, a header row is required", null);
      }
      RowParser parser;
      try {
        parser = new RowParser(HeaderLayout.of(it.nextValue(), ignoreUnknownColumns), importers);
      } catch (IllegalArgumentException e) {
        throw new BatchException(name + " row 1: " + e.getMessage(), e);
      }
      int idColumn = parser.entryIdColumn();
      List<String[]> batch = new ArrayList<>();
      List<Long> numbers = new ArrayList<>();
      String last = null;
      long sequence = 0;
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        row++;
        String id = idColumn < cells.length ? cells[idColumn].strip() : "";
        if (batch.size() >= chunkSize && !id.equals(last)) {
          pipeline.submit(parse(parser, sequence++, batch, numbers));
          batch = new ArrayList<>();
          numbers = new ArrayList<>();
        }
        batch.add(cells);
        numbers.add(row);
        last = id;
      }
      if (!batch.isEmpty()) {
        pipeline.submit(parse(parser, sequence, batch, numbers));
      }
    } catch (JacksonException e) {
      pipeline.abort();
      throw new BatchException(
          name + " after row " + row + ": malformed CSV: " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      pipeline.abort(); // cancel the workers, then let the caller see the failure as it is
      throw e;
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
    if (!(bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
