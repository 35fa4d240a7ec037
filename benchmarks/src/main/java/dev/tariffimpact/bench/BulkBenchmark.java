package dev.tariffimpact.bench;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchLine;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.ShipmentColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Bulk throughput in memory: N lines x S scenarios to the aggregates (per scenario, per scenario
 * and origin, entry fees), for our engine and the peers, on the same generated lines. Time per
 * operation; throughput = lines x scenarios / time (computed by {@code Report}). Loading the input
 * into each peer's own in-memory form is setup, not timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms16g", "-Xmx16g"})
public class BulkBenchmark {

  /** Size and scenario count shared by every peer. */
  @State(Scope.Benchmark)
  public static class Shape {
    /** Number of lines. */
    @Param({"100000", "1000000", "10000000"})
    public int lines;

    /** Number of scenarios (the first of the five bundled US scenarios). */
    @Param({"2", "5"})
    public int scenarios;

    /** Worker threads (our engine, DuckDB, the floor). */
    @Param({"1", "2"})
    public int threads;

    Path csv() {
      return Workload.csv(lines);
    }
  }

  /** Our engine over the lines in memory. */
  @State(Scope.Benchmark)
  public static class Ours {
    /**
     * {@code columns}: the lines converted once into {@link ShipmentColumns} (the engine's columnar
     * form; like DuckDB's table, loaded in setup); {@code list}: the {@link BatchLine} objects as
     * generated, converted to columns on every run.
     */
    @Param({"columns", "list"})
    public String input;

    /**
     * {@code false}: aggregates only, the work the peers do; {@code true}: also the distribution
     * statistics (mean, sd, percentiles of per-line rates and deltas) our aggregates carry.
     */
    @Param({"false"})
    public boolean distributions;

    BatchEngine engine;
    List<BatchLine> lines;
    ShipmentColumns columns;

    /**
     * Loads the lines.
     *
     * @param shape the shape
     */
    @Setup(Level.Trial)
    public void setUp(Shape shape) {
      lines = Workload.batchLines(shape.csv());
      if (input.equals("columns")) {
        columns = ShipmentColumns.of(lines);
        lines = null;
      }
      engine = Workload.engine(shape.scenarios, shape.threads, distributions);
    }

    BatchResult run() {
      return columns != null
          ? engine.run(BatchInput.columns(columns))
          : engine.run(BatchInput.lines(lines));
    }
  }

  /** DuckDB with the lines in a table. */
  @State(Scope.Benchmark)
  public static class Duck {
    DuckDbPeer peer;

    /**
     * Loads the table.
     *
     * @param shape the shape
     * @throws Exception on a database error
     */
    @Setup(Level.Trial)
    public void setUp(Shape shape) throws Exception {
      peer = DuckDbPeer.open(Workload.scenarios(shape.scenarios), shape.threads);
      peer.load(shape.csv());
    }

    /**
     * Closes the database.
     *
     * @throws Exception on a database error
     */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      peer.close();
    }
  }

  /** The reference implementation (single-threaded whatever the shape says). */
  @State(Scope.Benchmark)
  public static class Reference {
    ReferencePeer peer;
    List<ReferencePeer.RefLine> input;

    /**
     * Loads the lines.
     *
     * @param shape the shape
     */
    @Setup(Level.Trial)
    public void setUp(Shape shape) {
      if (shape.threads != 1) {
        throw new IllegalStateException("the reference is single-threaded: run it with threads=1");
      }
      peer = new ReferencePeer(Workload.scenarios(shape.scenarios));
      input = ReferencePeer.read(shape.csv());
    }
  }

  /** The floor over primitive columns. */
  @State(Scope.Benchmark)
  public static class FloorState {
    Floor floor;
    ExecutorService pool;
    int threads;

    /**
     * Loads the columns.
     *
     * @param shape the shape
     */
    @Setup(Level.Trial)
    public void setUp(Shape shape) {
      floor = Floor.of(shape.csv(), shape.lines, shape.scenarios);
      threads = shape.threads;
      pool = Executors.newFixedThreadPool(threads);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdown();
    }
  }

  /**
   * Our engine.
   *
   * @param s state
   * @return the result
   */
  @Benchmark
  public BatchResult ours(Ours s) {
    return s.run();
  }

  /**
   * DuckDB.
   *
   * @param s state
   * @return the totals
   * @throws Exception on a database error
   */
  @Benchmark
  public Totals duckdb(Duck s) throws Exception {
    return s.peer.aggregates();
  }

  /**
   * Reference implementation.
   *
   * @param s state
   * @return the totals
   */
  @Benchmark
  public Totals reference(Reference s) {
    return s.peer.run(s.input);
  }

  /**
   * Floor.
   *
   * @param s state
   * @return the sum
   * @throws Exception if a task fails
   */
  @Benchmark
  public long floor(FloorState s) throws Exception {
    return s.floor.run(s.pool, s.threads);
  }
}
