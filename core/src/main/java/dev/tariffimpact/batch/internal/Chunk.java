package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A chunk of lines in columnar form: one array per column, amounts as unscaled longs ({@link
 * Fixed#MONEY_SCALE}, {@link Fixed#QUANTITY_SCALE}). Entries never straddle chunks. Filled by one
 * worker thread, then read-only.
 */
public final class Chunk {

  /** Position of the chunk in the input, from 0; results are committed in this order. */
  public final long sequence;

  /** Number of lines. */
  public int size;

  public long[] row;

  /**
   * The row's cells ({@code String[]}) or the in-memory {@link dev.tariffimpact.batch.BatchLine}.
   */
  public Object[] source;

  public String[] entryId;
  public String[] importer;
  public String[] category;
  public ProductCode[] code;
  public String[] origin;
  public Currency[] currency;
  public Incoterm[] incoterm;
  public TransportMode[] mode;
  public LocalDate[] entryDate;
  public LocalDate[] exportDate;
  public long[] value;
  public long[] freight;
  public long[] insurance;
  public long[] quantity;
  public Unit[] unit;
  public long[] netKg;

  /** The line as an object when the columns cannot hold it exactly (fast path skipped). */
  public ShipmentLine[] object;

  /**
   * Dictionary code of each line's (importer, product code), dense from 0, and the index of its
   * origin in {@link PlanTable#countryIndex}, or null: set by ShipmentColumns so a run finds plans
   * by index instead of hashing the code and origin per line.
   */
  public int[] codeKey;

  public int[] originIndex;

  /** Start index of each entry, plus {@code size} at the end. */
  public int[] entryStart;

  public int entries;

  /** Rows rejected while parsing, in row order. */
  public final List<Reject> rejects = new ArrayList<>();

  /**
   * Creates an empty chunk.
   *
   * @param sequence position in the input
   * @param capacity lines expected
   */
  public Chunk(long sequence, int capacity) {
    this.sequence = sequence;
    int c = Math.max(capacity, 1);
    row = new long[c];
    source = new Object[c];
    entryId = new String[c];
    importer = new String[c];
    category = new String[c];
    code = new ProductCode[c];
    origin = new String[c];
    currency = new Currency[c];
    incoterm = new Incoterm[c];
    mode = new TransportMode[c];
    entryDate = new LocalDate[c];
    exportDate = new LocalDate[c];
    value = new long[c];
    freight = new long[c];
    insurance = new long[c];
    quantity = new long[c];
    unit = new Unit[c];
    netKg = new long[c];
    object = new ShipmentLine[c];
    entryStart = new int[c + 1];
  }

  /** Appends an empty line and returns its index. */
  public int add() {
    if (size == row.length) {
      int c = row.length * 2;
      row = java.util.Arrays.copyOf(row, c);
      source = java.util.Arrays.copyOf(source, c);
      entryId = java.util.Arrays.copyOf(entryId, c);
      importer = java.util.Arrays.copyOf(importer, c);
      category = java.util.Arrays.copyOf(category, c);
      code = java.util.Arrays.copyOf(code, c);
      origin = java.util.Arrays.copyOf(origin, c);
      currency = java.util.Arrays.copyOf(currency, c);
      incoterm = java.util.Arrays.copyOf(incoterm, c);
      mode = java.util.Arrays.copyOf(mode, c);
      entryDate = java.util.Arrays.copyOf(entryDate, c);
      exportDate = java.util.Arrays.copyOf(exportDate, c);
      value = java.util.Arrays.copyOf(value, c);
      freight = java.util.Arrays.copyOf(freight, c);
      insurance = java.util.Arrays.copyOf(insurance, c);
      quantity = java.util.Arrays.copyOf(quantity, c);
      unit = java.util.Arrays.copyOf(unit, c);
      netKg = java.util.Arrays.copyOf(netKg, c);
      object = java.util.Arrays.copyOf(object, c);
      entryStart = java.util.Arrays.copyOf(entryStart, c + 1);
    }
    return size++;
  }

  /** Returns the raw text of line {@code i} for a reject (built only when needed). */
  public String raw(int i) {
    Object o = source[i];
    if (o instanceof String[] cells) {
      return Csv.join(cells);
    }
    if (o instanceof dev.tariffimpact.batch.BatchLine l) {
      return l.entryId() + "," + l.importer() + "," + l.line();
    }
    return entryId[i] + "," + importer[i] + "," + ColumnCodec.line(this, i);
  }

  /**
   * Drops the references to the input objects (the columns hold the line; {@link #raw} rebuilds
   * it), so a chunk kept for many runs does not pin the caller's lines in memory.
   */
  public void detachSources() {
    java.util.Arrays.fill(source, null);
  }

  /** Removes the last line (it was rejected after {@link #add()}). */
  public void dropLast() {
    size--;
    object[size] = null;
    source[size] = null;
  }

  private int currentEntryFirst = -1;

  /**
   * Places line {@code i} (the last added) in an entry: the first line of a new entry when its id
   * differs from the current entry's, else a further line of the current entry, which must share
   * its importer and entry date.
   *
   * @param i the line just added
   * @return null, or why the line cannot join its entry (the caller then drops it)
   */
  public String place(int i) {
    int first = currentEntryFirst;
    if (first < 0 || !entryId[first].equals(entryId[i])) {
      entryStart[entries++] = i;
      currentEntryFirst = i;
      return null;
    }
    if (!importer[i].equals(importer[first])) {
      return "entry '"
          + entryId[i]
          + "': importer "
          + importer[i]
          + " differs from the entry's "
          + importer[first];
    }
    if (!entryDate[i].equals(entryDate[first])) {
      return "entry '"
          + entryId[i]
          + "': entry_date "
          + entryDate[i]
          + " differs from the entry's "
          + entryDate[first];
    }
    return null;
  }

  /** Closes the entry list. */
  public void finish() {
    entryStart[entries] = size;
  }
}
