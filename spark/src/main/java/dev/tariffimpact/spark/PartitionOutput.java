package dev.tariffimpact.spark;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.batch.Reject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows one partition's run emits, in one schema: a {@code kind} column says whether a row is a
 * line result, a reject, a partial aggregate or the partition's counts. Money travels as exact
 * decimal text, so partial aggregates merge on the driver at the local engine's scales; {@link
 * SparkBatchResult} turns the rows into the public views.
 */
final class PartitionOutput {

  static final String LINE = "line";
  static final String REJECT = "reject";
  static final String AGGREGATE = "aggregate";
  static final String COUNTS = "counts";

  /** Column names, in schema order. */
  static final String[] COLUMNS = {
    "kind",
    "partition",
    "row",
    "entry_id",
    "importer",
    "origin",
    "code",
    "category",
    "chapter",
    "scenario",
    "currency",
    "customs_value",
    "duty",
    "fees",
    "taxes",
    "landed_cost",
    "delta",
    "lines",
    "landed_cost_unknown",
    "notes",
    "reject_code",
    "reason",
    "raw",
    "read",
    "rejected",
    "fallback"
  };

  static final StructType SCHEMA = schema();

  private static final Map<String, Integer> INDEX = index();

  private PartitionOutput() {}

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < COLUMNS.length; k++) {
      index.put(COLUMNS[k], k);
    }
    return Map.copyOf(index);
  }

  private static StructType schema() {
    StructField[] fields = new StructField[COLUMNS.length];
    for (int k = 0; k < COLUMNS.length; k++) {
      String c = COLUMNS[k];
      fields[k] =
          DataTypes.createStructField(
              c,
              switch (c) {
                case "partition" -> DataTypes.IntegerType;
                case "row", "lines", "landed_cost_unknown", "read", "rejected", "fallback" ->
                    DataTypes.LongType;
                default -> DataTypes.StringType;
              },
              true);
    }
    return DataTypes.createStructType(fields);
  }

  static Row line(int partition, long row, LineResult l) {
    Object[] c = cells(LINE, partition);
    put(c, "row", row);
    put(c, "entry_id", l.entryId());
    put(c, "importer", l.importer());
    put(c, "origin", l.origin());
    put(c, "code", l.code());
    put(c, "category", l.category());
    put(c, "scenario", l.scenario());
    put(c, "currency", l.currency());
    money(c, l.customsValue(), l.duty(), l.fees(), l.taxes(), l.landedCost(), l.delta());
    return RowFactory.create(c);
  }

  static Row reject(int partition, long row, Reject r) {
    Object[] c = cells(REJECT, partition);
    put(c, "row", row);
    put(c, "reject_code", r.code().name());
    put(c, "reason", r.reason());
    put(c, "raw", r.raw());
    return RowFactory.create(c);
  }

  static Row aggregate(int partition, Aggregate a) {
    Object[] c = cells(AGGREGATE, partition);
    put(c, "importer", a.importer());
    put(c, "origin", a.origin());
    put(c, "category", a.category());
    put(c, "chapter", a.chapter());
    put(c, "scenario", a.scenario());
    put(c, "currency", a.currency());
    money(c, a.customsValue(), a.duty(), a.fees(), a.taxes(), a.landedCost(), a.delta());
    put(c, "lines", a.lines());
    put(c, "landed_cost_unknown", a.landedCostUnknown());
    put(c, "notes", notes(a.notes()));
    return RowFactory.create(c);
  }

  /** The note counts as text, {@code ENTRY_DATE_DIFFERS=40;...}, in enum order; empty for none. */
  static String notes(Map<BatchNote, Long> notes) {
    StringBuilder out = new StringBuilder();
    notes.forEach(
        (note, n) ->
            out.append(out.length() == 0 ? "" : ";").append(note.name()).append('=').append(n));
    return out.toString();
  }

  /** Reads the text of {@link #notes(Map)} back. */
  static Map<BatchNote, Long> notes(String text) {
    Map<BatchNote, Long> notes = new EnumMap<>(BatchNote.class);
    if (text != null && !text.isEmpty()) {
      for (String pair : text.split(";")) {
        int eq = pair.indexOf('=');
        notes.put(BatchNote.valueOf(pair.substring(0, eq)), Long.parseLong(pair.substring(eq + 1)));
      }
    }
    return notes;
  }

  static Row counts(int partition, long read, long assessed, long rejected, long fallback) {
    Object[] c = cells(COUNTS, partition);
    put(c, "lines", assessed);
    put(c, "read", read);
    put(c, "rejected", rejected);
    put(c, "fallback", fallback);
    return RowFactory.create(c);
  }

  /** A row of nulls but its kind and partition. */
  private static Object[] cells(String kind, int partition) {
    Object[] c = new Object[COLUMNS.length];
    c[0] = kind;
    c[1] = partition;
    return c;
  }

  private static void put(Object[] cells, String column, Object value) {
    cells[INDEX.get(column)] = value;
  }

  /** The six amounts, in schema order from customs_value to delta, as exact text. */
  private static void money(Object[] cells, BigDecimal... amounts) {
    int first = INDEX.get("customs_value");
    for (int k = 0; k < amounts.length; k++) {
      cells[first + k] = text(amounts[k]);
    }
  }

  private static String text(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
