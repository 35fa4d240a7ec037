package dev.tariffimpact.spark;

import static org.apache.spark.sql.functions.col;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchException;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchSink;
import dev.tariffimpact.batch.ShipmentCsv;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The bulk engine on Apache Spark: shipment lines in the batch CSV schema (a CSV file, Parquet, or
 * any {@code Dataset<Row>}) assessed under every scenario of an {@link EngineSpec}, with the
 * per-line results, the aggregates and the rejects the local engine gives, to the cent.
 *
 * <pre>{@code
 * SparkBatchResult r = TariffImpactSpark.of(spark, EngineSpec.bundled()
 *         .group("2026-s122").group("2026-current").groupBy(GroupBy.IMPORTER))
 *     .runCsv("hdfs:///trade/lines-2026.csv");
 * r.aggregates();                       // as BatchResult.aggregates()
 * r.lines().write().parquet("...");     // as lines.csv
 * r.rejects().show();                   // row, code, reason, raw
 * }</pre>
 *
 * <p>How: every input record gets its row number (the header is row 1, as in a local run), the
 * records are partitioned by entry id (so an entry, whose lines share the per-entry fees such as
 * the US MPF with its minimum and maximum, is never split) and sorted by row within each partition;
 * each partition is then one local run of the executor's engine ({@link PartitionRun}), built once
 * per executor from the broadcast spec. Partial aggregates are exact sums and merge on the driver.
 *
 * <p>This class is immutable; a run may be started from several threads.
 */
public final class TariffImpactSpark {

  private static final StructType KEYED =
      DataTypes.createStructType(
          new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("row", DataTypes.LongType, false),
            DataTypes.createStructField("entry_id", DataTypes.StringType, false),
            DataTypes.createStructField("record", DataTypes.StringType, false)
          });

  private final SparkSession spark;
  private final EngineSpec spec;
  private final int partitions;
  private final boolean lines;

  private TariffImpactSpark(SparkSession spark, EngineSpec spec, int partitions, boolean lines) {
    this.spark = spark;
    this.spec = spec;
    this.partitions = partitions;
    this.lines = lines;
  }

  /**
   * A runner of the spec's engine on a Spark session.
   *
   * @param spark the session
   * @param spec the engine's sources, scenarios and groupings
   * @return the runner: line results on, partitions {@code spark.sql.shuffle.partitions}
   */
  public static TariffImpactSpark of(SparkSession spark, EngineSpec spec) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(spec, "spec");
    int n = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"));
    return new TariffImpactSpark(spark, spec, n, true);
  }

  /**
   * Sets the number of partitions the entries are spread over (about 2 to 4 per core of the
   * cluster, and enough that a partition's results fit an executor's memory: see docs/spark.md).
   *
   * @param count the number of partitions, at least 1
   * @return the new runner
   */
  public TariffImpactSpark withPartitions(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + count);
    }
    return new TariffImpactSpark(spark, spec, count, lines);
  }

  /**
   * Skips the per-line results (aggregates, counts and rejects only), as a local run with {@link
   * BatchSink#none()}: less to keep and ship.
   *
   * @param value false to skip them
   * @return the new runner
   */
  public TariffImpactSpark withLineResults(boolean value) {
    return new TariffImpactSpark(spark, spec, partitions, value);
  }

  /**
   * Runs one shipment CSV file (the local format, {@code docs/batch.md}): its first line is the
   * header, every later line one record, numbered as a local run numbers them. A quoted field may
   * not span lines here (the job fails naming the row).
   *
   * @param path the file, any path Spark reads ({@code file:}, {@code hdfs:}, {@code s3a:})
   * @return the result
   * @throws BatchException if the header is refused (before any record is read)
   */
  public SparkBatchResult runCsv(String path) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> text = jsc.textFile(path);
    List<String> first = text.take(1);
    if (first.isEmpty()) {
      throw new BatchException(path + ": empty file, a header row is required", null);
    }
    String header = first.get(0).replace("\uFEFF", "");
    JavaRDD<Tuple2<String, Long>> records =
        text.zipWithIndex().filter(t -> t._2() > 0).map(t -> new Tuple2<>(t._1(), t._2() + 1));
    return run(header, records, path);
  }

  /**
   * Runs a Parquet dataset whose columns are named as the shipment CSV's (see {@link #run}).
   *
   * @param path the file or folder
   * @return the result
   */
  public SparkBatchResult runParquet(String path) {
    return run(spark.read().parquet(path));
  }

  /**
   * Runs a dataset whose columns are named as the shipment CSV's ({@link ShipmentCsv}); cells may
   * be strings, decimals, integers or dates. Rows are numbered in the dataset's order from 2, as
   * the rows of the CSV file it would be written to. Floating-point columns are refused: amounts
   * must not pass through binary fractions.
   *
   * @param shipments the lines
   * @return the result
   * @throws IllegalArgumentException if a column is a float or double
   */
  public SparkBatchResult run(Dataset<Row> shipments) {
    StructType schema = shipments.schema();
    for (var f : schema.fields()) {
      if (f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.FloatType)) {
        throw new IllegalArgumentException(
            "column '"
                + f.name()
                + "' is "
                + f.dataType().simpleString()
                + ": cast it to decimal or string (amounts must be exact)");
      }
    }
    String header = CsvRecords.join(shipments.columns());
    JavaRDD<Tuple2<String, Long>> records =
        shipments
            .javaRDD()
            .zipWithIndex()
            .map(t -> new Tuple2<>(CsvRecords.join(cells(t._1())), t._2() + 2));
    return run(header, records, "dataset");
  }

  private static String[] cells(Row r) {
    String[] cells = new String[r.length()];
    for (int k = 0; k < cells.length; k++) {
      Object v = r.get(k);
      cells[k] =
          v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
    }
    return cells;
  }

  /** Checks the header, keys every record by entry id, partitions, runs, persists. */
  private SparkBatchResult run(String header, JavaRDD<Tuple2<String, Long>> records, String name) {
    try {
      return assess(header, records, name);
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      throw inputError(e);
    }
  }

  private SparkBatchResult assess(
      String header, JavaRDD<Tuple2<String, Long>> records, String name) {
    BatchEngine local = ExecutorEngines.of(spec);
    // the header alone, on the driver: a refused header stops the run before any record is read
    local.run(
        BatchInput.csv(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)), name),
        BatchSink.none());
    int idColumn = CsvRecords.column(CsvRecords.split(header), ShipmentCsv.ENTRY_ID);
    JavaRDD<Row> keyed =
        records.map(
            t -> {
              String[] cells;
              try {
                cells = CsvRecords.split(t._1());
              } catch (IllegalArgumentException e) {
                throw new BatchException(
                    name + " row " + t._2() + ": " + e.getMessage() + " (docs/spark.md)", e);
              }
              return RowFactory.create(t._2(), CsvRecords.entryId(cells, idColumn), t._1());
            });
    Dataset<Row> partitioned =
        spark
            .createDataFrame(keyed, KEYED)
            .repartition(partitions, col("entry_id"))
            .sortWithinPartitions(col("row"));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<EngineSpec> shared = jsc.broadcast(spec);
    JavaRDD<Row> out =
        partitioned
            .javaRDD()
            .mapPartitionsWithIndex(new PartitionRun(shared, header, idColumn, lines), false);
    Dataset<Row> output =
        spark.createDataFrame(out, PartitionOutput.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return new SparkBatchResult(output, local.scenarios(), spec.groupings());
    } catch (RuntimeException e) {
      output.unpersist();
      throw e;
    }
  }

  /**
   * A task's input error (a quote not closed, malformed CSV) as the local run reports it: Spark
   * wraps it in a SparkException, as a cause in local mode, else only in the message.
   */
  private static RuntimeException inputError(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BatchException b) {
        return new BatchException(b.getMessage(), e);
      }
    }
    String marker = BatchException.class.getName() + ": ";
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf(marker);
    if (at >= 0) {
      String text = message.substring(at + marker.length()).lines().findFirst().orElse("");
      return new BatchException(text, e);
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }
}
