package dev.tariffimpact.bench;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchResult;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end: the shipment CSV file to the aggregates. Ours: {@code BatchEngine.run(csv)} (parses
 * and validates every cell, aggregates with distributions). DuckDB: {@code read_csv} + the same SQL
 * in one query. The file is in the page cache after the first iteration for both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EndToEndBenchmark {

  /** The shape. */
  @State(Scope.Benchmark)
  public static class Shape {
    /** Number of lines. */
    @Param({"100000", "1000000", "10000000"})
    public int lines;

    /** Number of scenarios. */
    @Param({"2", "5"})
    public int scenarios;

    /** Threads. */
    @Param({"1", "2"})
    public int threads;

    Path csv;
    BatchEngine engine;
    DuckDbPeer duck;

    /**
     * Generates the file if needed; builds both engines (cheap when unused).
     *
     * @throws Exception on a database error
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      csv = Workload.csv(lines);
      engine = Workload.engine(scenarios, threads);
      duck = DuckDbPeer.open(Workload.scenarios(scenarios), threads);
    }

    /**
     * Closes the database.
     *
     * @throws Exception on a database error
     */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      duck.close();
    }
  }

  /**
   * Ours.
   *
   * @param s state
   * @return the result
   */
  @Benchmark
  public BatchResult ours(Shape s) {
    return s.engine.run(BatchInput.csv(s.csv));
  }

  /**
   * DuckDB read_csv + SQL.
   *
   * @param s state
   * @return the totals
   * @throws Exception on a database error
   */
  @Benchmark
  public Totals duckdb(Shape s) throws Exception {
    return s.duck.aggregates(s.csv);
  }
}
