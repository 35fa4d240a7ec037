package dev.tariffimpact.spark;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchSink;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Runs the engine over one partition: the partition's records, sorted by row and holding whole
 * entries, are fed to the executor's engine as one shipment CSV (the input's header, then the
 * records), so every cell is read, checked and assessed exactly as a local run reads it.
 *
 * <p>Row numbers: the engine numbers the partition's records 2, 3, ...; each is mapped back to its
 * row in the whole input. Entries: the engine makes one entry of consecutive records with the same
 * id. All records of an id are in this partition (partitioned by id), so two of them that are
 * consecutive here but not in the input (a gap in row numbers) had other ids between them in the
 * input, which ended the entry there: a separator record (another id, no values; its reject is
 * dropped) ends it here too.
 */
final class PartitionRun implements Function2<Integer, Iterator<Row>, Iterator<Row>> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<EngineSpec> spec;
  private final String header;
  private final int idColumn;
  private final int columns;
  private final boolean lines;

  PartitionRun(Broadcast<EngineSpec> spec, String header, int idColumn, boolean lines) {
    this.spec = spec;
    this.header = header;
    this.idColumn = idColumn;
    this.columns = CsvRecords.split(header).length;
    this.lines = lines;
  }

  @Override
  public Iterator<Row> call(Integer partition, Iterator<Row> input) {
    BatchEngine engine = ExecutorEngines.of(spec.value());
    Records records = new Records(input);
    List<Row> out = new ArrayList<>();
    int p = partition;
    BatchResult r =
        engine.run(
            BatchInput.csv(records, "partition " + p),
            BatchSink.of(
                lines ? l -> out.add(PartitionOutput.line(p, records.original(l.row()), l)) : null,
                reject -> {
                  long row = records.original(reject.row());
                  if (row > 0) {
                    out.add(PartitionOutput.reject(p, row, reject));
                  }
                }));
    for (Aggregate a : r.aggregates()) {
      out.add(PartitionOutput.aggregate(p, a));
    }
    out.add(
        PartitionOutput.counts(
            p,
            r.read() - records.separators,
            r.assessed(),
            r.rejected() - records.separators,
            r.fallbackLines()));
    return out.iterator();
  }

  /** The partition as CSV bytes, produced record by record as the engine reads them. */
  private final class Records extends InputStream {
    private final Iterator<Row> input;
    private long[] rows = new long[1024]; // engine row -> input row; -1 for a separator
    private int count = 2; // the engine's next row number (the header is row 1)
    private long separators;
    private String lastId;
    private long lastRow;
    private byte[] buffer;
    private int position;

    Records(Iterator<Row> input) {
      this.input = input;
      this.buffer = (header + "\n").getBytes(StandardCharsets.UTF_8);
    }

    long original(long engineRow) {
      return rows[(int) engineRow];
    }

    private boolean refill() {
      if (!input.hasNext()) {
        return false;
      }
      Row r = input.next();
      long row = r.getLong(0);
      String id = r.getString(1);
      String text = r.getString(2) + "\n";
      if (id.equals(lastId) && row != lastRow + 1) {
        text = separator(id) + text;
      }
      lastId = id;
      lastRow = row;
      number(row);
      buffer = text.getBytes(StandardCharsets.UTF_8);
      position = 0;
      return true;
    }

    /** A record with another id and no values, numbered -1 (the engine rejects it). */
    private String separator(String id) {
      String[] cells = new String[columns];
      Arrays.fill(cells, "");
      cells[idColumn] = id + "~";
      separators++;
      rows = grow(rows, count);
      rows[count++] = -1;
      return CsvRecords.join(cells) + "\n";
    }

    private void number(long row) {
      rows = grow(rows, count);
      rows[count++] = row;
    }

    private static long[] grow(long[] a, int index) {
      return index < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    @Override
    public int read() {
      if (position == buffer.length && !refill()) {
        return -1;
      }
      return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        if (position == buffer.length && !refill()) {
          break;
        }
        int k = Math.min(len - n, buffer.length - position);
        System.arraycopy(buffer, position, b, off + n, k);
        position += k;
        n += k;
      }
      return n == 0 ? -1 : n;
    }
  }
}
