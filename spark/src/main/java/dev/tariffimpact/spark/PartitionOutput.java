package dev.tariffimpact.spark;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.batch.Reject;
import java.math.BigDecimal;
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
    "reject_code",
    "reason",
    "raw",
    "read",
    "rejected",
    "fallback"
  };

  static final StructType SCHEMA = schema();

  private PartitionOutput() {}

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
    return RowFactory.create(
        LINE,
        partition,
        row,
        l.entryId(),
        l.importer(),
        l.origin(),
        l.code(),
        l.category(),
        null,
        l.scenario(),
        l.currency(),
        text(l.customsValue()),
        text(l.duty()),
        text(l.fees()),
        text(l.taxes()),
        text(l.landedCost()),
        text(l.delta()),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Row reject(int partition, long row, Reject r) {
    return RowFactory.create(
        REJECT,
        partition,
        row,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.code().name(),
        r.reason(),
        r.raw(),
        null,
        null,
        null);
  }

  static Row aggregate(int partition, Aggregate a) {
    return RowFactory.create(
        AGGREGATE,
        partition,
        null,
        null,
        a.importer(),
        a.origin(),
        null,
        a.category(),
        a.chapter(),
        a.scenario(),
        a.currency(),
        text(a.customsValue()),
        text(a.duty()),
        text(a.fees()),
        text(a.taxes()),
        text(a.landedCost()),
        text(a.delta()),
        a.lines(),
        a.landedCostUnknown(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Row counts(int partition, long read, long assessed, long rejected, long fallback) {
    return RowFactory.create(
        COUNTS, partition, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, assessed, null, null, null, null, read, rejected, fallback);
  }

  private static String text(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
