package dev.tariffimpact.spark;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchSink;
import dev.tariffimpact.batch.GroupBy;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * Try the Spark runner without a cluster, or submit it to one ({@code docs/spark.md}): assesses a
 * shipment CSV under the bundled groups {@code 2026-s122} and {@code 2026-current}, grouped by
 * importer, and prints the counts and the totals.
 *
 * <pre>
 * TryLocal FILE [MASTER] [PARTITIONS] [--compare-local REPEATS]
 * </pre>
 *
 * <p>MASTER defaults to {@code local[*]} when not run by {@code spark-submit}. With {@code
 * --compare-local N} it also times N runs of the local engine (all cores) and N Spark runs
 * (aggregates only, as {@code BatchSink.none()}), checks that the aggregates agree, and prints the
 * lines per second of each ({@code benchmarks/spark.sh}).
 */
public final class TryLocal {

  private TryLocal() {}

  /**
   * Runs it.
   *
   * @param args FILE [MASTER] [PARTITIONS] [--compare-local REPEATS]
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: TryLocal FILE [MASTER] [PARTITIONS] [--compare-local REPEATS]");
      System.exit(2);
    }
    int compare = 0;
    int at = Arrays.asList(args).indexOf("--compare-local");
    if (at >= 0) {
      compare = Integer.parseInt(args[at + 1]);
      args = Arrays.copyOf(args, at);
    }
    String file = args[0];
    SparkSession.Builder builder = SparkSession.builder().appName("tariff-impact");
    if (args.length > 1) {
      builder.master(args[1]);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    EngineSpec spec =
        EngineSpec.bundled().group("2026-s122").group("2026-current").groupBy(GroupBy.IMPORTER);
    TariffImpactSpark runner = TariffImpactSpark.of(spark, spec);
    if (args.length > 2) {
      runner = runner.withPartitions(Integer.parseInt(args[2]));
    }
    if (compare > 0) {
      compare(spark, spec, runner.withLineResults(false), file, compare);
    } else {
      SparkBatchResult r = runner.runCsv(file);
      System.out.println(r);
      r.aggregates().forEach(TryLocal::print);
      r.rejects().show(10, false);
    }
    spark.stop();
  }

  private static void print(Aggregate a) {
    System.out.printf(
        "%-14s %-4s %-3s lines %,9d value %,18.2f duty %,16.2f fees %,14.2f taxes %,16.2f%n",
        a.scenario(),
        a.importer() == null ? "all" : a.importer(),
        a.currency(),
        a.lines(),
        a.customsValue(),
        a.duty(),
        a.fees(),
        a.taxes());
  }

  /** Times the local engine and the Spark runner on the same file, alternately. */
  private static void compare(
      SparkSession spark, EngineSpec spec, TariffImpactSpark runner, String file, int repeats) {
    BatchEngine local = spec.build(Runtime.getRuntime().availableProcessors());
    BatchResult expected = local.run(BatchInput.csv(Path.of(file)), BatchSink.none()); // warm-up
    runner.runCsv(file).release(); // warm-up: engines built on the executors
    long lines = expected.read();
    for (int k = 1; k <= repeats; k++) {
      long t0 = System.nanoTime();
      BatchResult l = local.run(BatchInput.csv(Path.of(file)), BatchSink.none());
      long t1 = System.nanoTime();
      SparkBatchResult s = runner.runCsv(file);
      long t2 = System.nanoTime();
      if (!s.aggregates().equals(l.aggregates())) {
        throw new IllegalStateException("Spark and local aggregates differ");
      }
      s.release();
      System.out.printf(
          "run %d: %,d lines x %d scenarios: local %,.0f ms (%,.0f lines/s), spark %s %,.0f ms"
              + " (%,.0f lines/s), aggregates equal%n",
          k,
          lines,
          l.scenarios().size(),
          (t1 - t0) / 1e6,
          lines / ((t1 - t0) / 1e9),
          spark.sparkContext().master(),
          (t2 - t1) / 1e6,
          lines / ((t2 - t1) / 1e9));
    }
  }
}
