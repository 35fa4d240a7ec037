package dev.tariffimpact.batch;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a batch streams what it finds, in input order on the calling thread: each assessed line's
 * result under each scenario, and each reject in row order. The aggregates come back in the {@link
 * BatchResult}.
 *
 * <pre>{@code
 * engine.run(BatchInput.csv(file), BatchSink.of(lines::add, rejects::add));
 * }</pre>
 */
public interface BatchSink {

  /**
   * Receives one line's result under one scenario.
   *
   * @param line the result
   */
  void line(LineResult line);

  /**
   * Receives one reject.
   *
   * @param reject the reject
   */
  void reject(Reject reject);

  /**
   * Tells whether this sink uses line results (the engine skips building them when not).
   *
   * @return true by default
   */
  default boolean wantsLines() {
    return true;
  }

  /**
   * A sink that keeps nothing (aggregates only, in the result).
   *
   * @return the sink
   */
  static BatchSink none() {
    return of(null, reject -> {});
  }

  /**
   * A sink of line results; rejects are only counted (and kept in the result).
   *
   * @param lines receives each line's result under each scenario
   * @return the sink
   */
  static BatchSink lines(Consumer<LineResult> lines) {
    return of(Objects.requireNonNull(lines, "lines"), reject -> {});
  }

  /**
   * A sink of line results and rejects.
   *
   * @param lines receives each line's result under each scenario, or null to skip building them
   * @param rejects receives every reject in row order
   * @return the sink
   */
  static BatchSink of(Consumer<LineResult> lines, Consumer<Reject> rejects) {
    Objects.requireNonNull(rejects, "rejects");
    return new BatchSink() {
      @Override
      public void line(LineResult line) {
        if (lines != null) {
          lines.accept(line);
        }
      }

      @Override
      public void reject(Reject reject) {
        rejects.accept(reject);
      }

      @Override
      public boolean wantsLines() {
        return lines != null;
      }
    };
  }
}
