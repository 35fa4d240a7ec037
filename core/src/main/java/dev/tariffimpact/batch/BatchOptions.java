package dev.tariffimpact.batch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    private Builder() {}

    /**
     * Sets the lines per chunk.
     *
     * @param lines at least 1, for example 8192
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder chunkSize(int lines) {
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
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int count) {
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
     */
    public Builder failFast(boolean value) {
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
     */
    public Builder baseScenario(String name) {
      this.baseScenario = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Writes per-line results ({@code lines.csv}) in file runs.
     *
     * @param value true to write them
     * @return this builder
     */
    public Builder lineResults(boolean value) {
      this.lineResults = value;
      return this;
    }

    /**
     * Sets how many rejects the result keeps in memory.
     *
     * @param count at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder rejectsKept(int count) {
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
     */
    public Builder distributions(boolean value) {
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
