package dev.tariffimpact.batch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * How a batch runs: chunk size, threads, fail-fast or collect-rejects, the aggregate groupings, the
 * base scenario of deltas, and whether per-line results are written.
 *
 * <pre>{@code
 * BatchOptions options = BatchOptions.builder()
 *     .groupBy(GroupBy.CATEGORY).groupBy(GroupBy.ORIGIN, GroupBy.CHAPTER)
 *     .baseScenario("before").threads(4).build();
 * }</pre>
 *
 * <p>Results never depend on the thread count. This class is immutable and thread-safe.
 */
public final class BatchOptions {

  /** Default lines per chunk. */
  public static final int DEFAULT_CHUNK_SIZE = 8192;

  /** Default number of rejects kept in memory in {@link BatchResult#rejects()}. */
  public static final int DEFAULT_REJECTS_KEPT = 10_000;

  private final int chunkSize;
  private final int threads;
  private final boolean failFast;
  private final List<Set<GroupBy>> groupings;
  private final String baseScenario;
  private final boolean lineResults;
  private final int rejectsKept;
  private final boolean distributions;
  private final Executor executor;
  private final boolean ignoreUnknownColumns;
  private final int verifySample;

  private BatchOptions(Builder b) {
    this.chunkSize = b.chunkSize;
    this.threads = b.threads;
    this.failFast = b.failFast;
    List<Set<GroupBy>> g = new ArrayList<>();
    g.add(Set.of());
    for (Set<GroupBy> s : b.groupings) {
      if (!g.contains(s)) {
        g.add(s);
      }
    }
    this.groupings = List.copyOf(g);
    this.baseScenario = b.baseScenario;
    this.lineResults = b.lineResults;
    this.rejectsKept = b.rejectsKept;
    this.distributions = b.distributions;
    this.executor = b.executor;
    this.ignoreUnknownColumns = b.ignoreUnknownColumns;
    this.verifySample = b.verifySample;
  }

  /**
   * Returns the default options: chunks of {@value #DEFAULT_CHUNK_SIZE} lines, all cores, collect
   * rejects, totals only, base = first scenario, no per-line output.
   *
   * @return the defaults
   */
  public static BatchOptions defaults() {
    return builder().build();
  }

  /**
   * Starts options.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the lines per chunk (an entry is never split, so a chunk may hold more).
   *
   * @return at least 1
   */
  public int chunkSize() {
    return chunkSize;
  }

  /**
   * Returns the worker threads.
   *
   * @return at least 1
   */
  public int threads() {
    return threads;
  }

  /**
   * Tells whether the first reject stops the batch with a {@link BatchException}.
   *
   * @return true for fail-fast
   */
  public boolean failFast() {
    return failFast;
  }

  /**
   * Returns the groupings: the empty set (totals per scenario and currency) first, then the ones
   * asked for.
   *
   * @return the groupings
   */
  public List<Set<GroupBy>> groupings() {
    return groupings;
  }

  /**
   * Returns the base scenario of deltas.
   *
   * @return its name, or null for the first scenario
   */
  public String baseScenario() {
    return baseScenario;
  }

  /**
   * Tells whether per-line results are written (file runs only).
   *
   * @return true to write {@code lines.csv}
   */
  public boolean lineResults() {
    return lineResults;
  }

  /**
   * Returns how many rejects {@link BatchResult#rejects()} keeps (the reject file has them all).
   *
   * @return at least 0
   */
  public int rejectsKept() {
    return rejectsKept;
  }

  /**
   * Tells whether aggregates carry distribution statistics (mean, standard deviation, percentiles
   * of per-line effective rates and deltas). Turning them off leaves the exact money totals and
   * saves the per-line statistics work (about a third of a run's time over many lines).
   *
   * @return true (the default) to compute them
   */
  public boolean distributions() {
    return distributions;
  }

  /**
   * Returns the executor that runs the chunk tasks.
   *
   * @return the executor given to the builder, or null for the library's shared pool of daemon
   *     threads (one per core)
   */
  public Executor executor() {
    return executor;
  }

  /**
   * Tells whether a CSV header may name columns the shipment format does not know (they are then
   * skipped); by default such a header is refused, naming the column.
   *
   * @return true to allow unknown columns
   */
  public boolean ignoreUnknownColumns() {
    return ignoreUnknownColumns;
  }

  /**
   * Returns how many lines of a run are re-assessed with the Assessor to check the fixed-point
   * results (0, the default, for none).
   *
   * @return at least 0
   */
  public int verifySample() {
    return verifySample;
  }

  /** These options with a sample check of {@code lines} lines (test support). */
  BatchOptions withVerifySample(int lines) {
    Builder b = new Builder();
    b.chunkSize = chunkSize;
    b.threads = threads;
    b.failFast = failFast;
    b.groupings.addAll(groupings.subList(1, groupings.size()));
    b.baseScenario = baseScenario;
    b.lineResults = lineResults;
    b.rejectsKept = rejectsKept;
    b.distributions = distributions;
    b.executor = executor;
    b.ignoreUnknownColumns = ignoreUnknownColumns;
    return b.verifySample(lines).build();
  }

  @Override
  public String toString() {
    return "BatchOptions{chunkSize="
        + chunkSize
        + ", threads="
        + threads
        + ", failFast="
        + failFast
        + ", groupings="
        + groupings
        + ", baseScenario="
        + baseScenario
        + ", lineResults="
        + lineResults
        + ", rejectsKept="
        + rejectsKept
        + ", distributions="
        + distributions
        + ", executor="
        + (executor == null ? "shared" : executor)
        + ", ignoreUnknownColumns="
        + ignoreUnknownColumns
        + ", verifySample="
        + verifySample
        + "}";
  }

  /** Collects options; not thread-safe. */
  public static final class Builder {
    private int chunkSize = DEFAULT_CHUNK_SIZE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean failFast;
    private final List<Set<GroupBy>> groupings = new ArrayList<>();
    private String baseScenario;
    private boolean lineResults;
    private int rejectsKept = DEFAULT_REJECTS_KEPT;
    private boolean distributions = true;
    private Executor executor;
    private boolean ignoreUnknownColumns;
    private int verifySample;
    private final Set<String> given = new HashSet<>();

    private Builder() {}

    /** Refuses a setting given twice: the second would silently replace the first. */
    private void once(String setting) {
      if (!given.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * Sets the executor that runs the chunk tasks (as Caffeine's {@code executor}): the caller owns
     * it and its threads; the engine never shuts it down. At most {@link #threads} chunks are
     * evaluated at once. Do not pass an executor whose only thread is the one calling {@code run}.
     *
     * @param value for example {@code Executors.newFixedThreadPool(4)}
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder executor(Executor value) {
      once("executor");
      this.executor = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Allows CSV headers naming columns the shipment format does not know (they are skipped).
     *
     * @param value true to allow them
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder ignoreUnknownColumns(boolean value) {
      once("ignoreUnknownColumns");
      this.ignoreUnknownColumns = value;
      return this;
    }

    /**
     * Re-assesses {@code lines} random lines of every run with the Assessor (entries drawn
     * uniformly, seeded, so a run is reproducible) and fails the run with a {@link BatchException}
     * on any difference from the fixed-point results. Off (0) by default; on in the tests.
     *
     * @param lines at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     * @throws IllegalStateException if already set
     */
    public Builder verifySample(int lines) {
      once("verifySample");
      if (lines < 0) {
        throw new IllegalArgumentException("verifySample must not be negative, was " + lines);
      }
      this.verifySample = lines;
      return this;
    }

    /**
     * Sets the lines per chunk.
     *
     * @param lines at least 1, for example 8192
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    public Builder chunkSize(int lines) {
      once("chunkSize");
      if (lines < 1) {
        throw new IllegalArgumentException("chunk size must be at least 1, was " + lines);
      }
      this.chunkSize = lines;
      return this;
    }

    /**
     * Sets the worker threads.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int count) {
      once("threads");
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + count);
      }
      this.threads = count;
      return this;
    }

    /**
     * Stops at the first reject instead of collecting rejects.
     *
     * @param value true for fail-fast
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder failFast(boolean value) {
      once("failFast");
      this.failFast = value;
      return this;
    }

    /**
     * Adds a grouping of aggregates.
     *
     * @param dimensions for example {@code CATEGORY, ORIGIN}
     * @return this builder
     */
    public Builder groupBy(GroupBy... dimensions) {
      Set<GroupBy> set = EnumSet.noneOf(GroupBy.class);
      for (GroupBy d : dimensions) {
        set.add(Objects.requireNonNull(d, "dimension"));
      }
      groupings.add(Set.copyOf(set));
      return this;
    }

    /**
     * Sets the base scenario of deltas.
     *
     * @param name a scenario name of the batch
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder baseScenario(String name) {
      once("baseScenario");
      this.baseScenario = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Writes per-line results ({@code lines.csv}) in file runs.
     *
     * @param value true to write them
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder lineResults(boolean value) {
      once("lineResults");
      this.lineResults = value;
      return this;
    }

    /**
     * Sets how many rejects the result keeps in memory.
     *
     * @param count at least 0
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if negative
     */
    public Builder rejectsKept(int count) {
      once("rejectsKept");
      if (count < 0) {
        throw new IllegalArgumentException("rejectsKept must not be negative, was " + count);
      }
      this.rejectsKept = count;
      return this;
    }

    /**
     * Computes distribution statistics in aggregates, or not ({@link Aggregate#rates()} and {@link
     * Aggregate#deltas()} are then null). Money totals are the same either way.
     *
     * @param value false to skip them
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder distributions(boolean value) {
      once("distributions");
      this.distributions = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public BatchOptions build() {
      return new BatchOptions(this);
    }
  }
}
