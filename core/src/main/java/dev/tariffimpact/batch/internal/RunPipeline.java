package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchException;
import dev.tariffimpact.batch.Reject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * One run: chunks are evaluated and aggregated on the executor, at most {@code 2 x threads + 1} in
 * flight, and committed on the calling thread strictly in submission order (counts, rejects, line
 * results, merged aggregates), so every output is identical whatever the thread count.
 */
public final class RunPipeline {

  /** What the committer hands on, in input order. */
  public interface Committer {
    /**
     * Receives a committed chunk's results (line results are emitted from here).
     *
     * @param result the chunk's results
     */
    void lines(ChunkResult result);

    /**
     * Receives a reject, in row order.
     *
     * @param reject the reject
     */
    void reject(Reject reject);
  }

  private record Done(ChunkResult result, Map<GroupKey, Accumulator[]> partial) {}

  private final ChunkEvaluator evaluator;
  private final Aggregator aggregator;
  private final Consumer<ChunkResult> categorise;
  private final Executor executor;
  private final int threads;
  private final boolean failFast;
  private final int rejectsKept;
  private final Committer committer;
  private final ArrayDeque<FutureTask<Done>> inFlight = new ArrayDeque<>();
  private final Map<GroupKey, Accumulator[]> totals = new HashMap<>();
  private final List<Reject> kept = new ArrayList<>();
  private PlanTable.Keyed keyed;
  private SampleCheck sampleCheck;
  private long read;
  private long assessed;
  private long rejected;
  private long fallback;
  private long chunks;

  /**
   * Starts a run.
   *
   * @param evaluator the chunk evaluator
   * @param aggregator the aggregator
   * @param categorise fills empty categories of a result (on the worker)
   * @param executor runs the chunk tasks
   * @param threads chunks evaluated at once, at most
   * @param failFast whether the first reject stops the run
   * @param rejectsKept rejects kept in memory
   * @param committer receives line results and rejects in order
   */
  public RunPipeline(
      ChunkEvaluator evaluator,
      Aggregator aggregator,
      Consumer<ChunkResult> categorise,
      Executor executor,
      int threads,
      boolean failFast,
      int rejectsKept,
      Committer committer) {
    this.evaluator = evaluator;
    this.aggregator = aggregator;
    this.categorise = categorise;
    this.executor = executor;
    this.threads = threads;
    this.failFast = failFast;
    this.rejectsKept = rejectsKept;
    this.committer = committer;
  }

  /**
   * Uses plans by dictionary code (for chunks of {@code ShipmentColumns}).
   *
   * @param table the run's table
   */
  public void keyed(PlanTable.Keyed table) {
    this.keyed = table;
  }

  /**
   * Re-assesses a sample of the run with the exact path at the end ({@code verifySample}).
   *
   * @param check the sample check
   */
  public void verify(SampleCheck check) {
    this.sampleCheck = check;
  }

  /**
   * Submits a chunk (parsed on the worker by {@code parse}), committing finished ones to keep the
   * number in flight bounded.
   *
   * @param parse produces the chunk
   */
  public void submit(Callable<Chunk> parse) {
    FutureTask<Done> task =
        new FutureTask<>(
            () -> {
              ChunkResult result = evaluator.evaluate(parse.call(), keyed);
              categorise.accept(result);
              return new Done(result, aggregator.aggregate(result));
            });
    inFlight.add(task);
    executor.execute(task);
    while (inFlight.size() > threads * 2L) {
      commit(take());
    }
  }

  private Done take() {
    try {
      return inFlight.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort();
      throw new BatchException("batch interrupted", e);
    } catch (ExecutionException e) {
      abort();
      if (e.getCause() instanceof BatchException be) {
        throw be;
      }
      throw new BatchException("batch failed: " + e.getCause(), e.getCause());
    }
  }

  private void commit(Done done) {
    ChunkResult r = done.result();
    chunks++;
    int assessedHere = 0;
    for (boolean b : r.assessed) {
      assessedHere += b ? 1 : 0;
    }
    read += r.chunk.size + r.chunk.rejects.size();
    assessed += assessedHere;
    rejected += r.rejects.size();
    fallback += r.fallbackLines;
    for (Reject reject : r.rejects) {
      if (failFast) {
        abort();
        throw new BatchException(
            "row " + reject.row() + " rejected (fail-fast): " + reject.reason(), null);
      }
      committer.reject(reject);
      if (kept.size() < rejectsKept) {
        kept.add(reject);
      }
    }
    done.partial()
        .forEach(
            (k, v) -> {
              Accumulator[] t = totals.get(k);
              if (t == null) {
                totals.put(k, v);
              } else {
                for (int s = 0; s < t.length; s++) {
                  t[s].merge(v[s]);
                }
              }
            });
    if (sampleCheck != null) {
      sampleCheck.offer(r);
    }
    committer.lines(r);
  }

  /** Cancels the chunks in flight (their results are dropped). */
  public void abort() {
    for (FutureTask<Done> task : inFlight) {
      task.cancel(true);
    }
    inFlight.clear();
  }

  /** Totals of a finished run. */
  public record Totals(
      long read,
      long assessed,
      long rejected,
      long fallback,
      long chunks,
      List<Reject> kept,
      Map<GroupKey, Accumulator[]> groups) {}

  /**
   * Commits every chunk still in flight and returns the totals.
   *
   * @return the run's totals
   */
  public Totals finish() {
    try {
      while (!inFlight.isEmpty()) {
        commit(take());
      }
    } finally {
      abort();
    }
    if (sampleCheck != null) {
      sampleCheck.verify();
    }
    return new Totals(read, assessed, rejected, fallback, chunks, kept, totals);
  }
}
