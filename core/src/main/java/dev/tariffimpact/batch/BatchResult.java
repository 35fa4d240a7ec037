package dev.tariffimpact.batch;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a batch: counts that reconcile ({@code read == assessed + rejected}), the rejects
 * (the first {@link BatchOptions#rejectsKept()}; the reject file has all), and the aggregates.
 *
 * <p>Example: {@code BatchResult{read=10000, assessed=9998, rejected=2, aggregates=42}}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchResult {

  private final List<String> scenarios;
  private final long read;
  private final long assessed;
  private final long rejected;
  private final long fallbackLines;
  private final long chunks;
  private final List<Reject> rejects;
  private final List<Aggregate> aggregates;

  /**
   * Creates a result; called by the engine ({@link #of}).
   *
   * @param scenarios the scenario names in order
   * @param read data rows read (empty lines included)
   * @param assessed rows assessed under every scenario
   * @param rejected rows rejected
   * @param fallbackLines assessed lines that took the exact fallback (the Assessor)
   * @param chunks chunks processed
   * @param rejects the rejects kept, in row order
   * @param aggregates the aggregates
   * @throws IllegalArgumentException if {@code read != assessed + rejected}
   */
  private BatchResult(
      List<String> scenarios,
      long read,
      long assessed,
      long rejected,
      long fallbackLines,
      long chunks,
      List<Reject> rejects,
      List<Aggregate> aggregates) {
    if (read != assessed + rejected) {
      throw new IllegalArgumentException(
          "rows lost: read " + read + " != assessed " + assessed + " + rejected " + rejected);
    }
    this.scenarios = List.copyOf(scenarios);
    this.read = read;
    this.assessed = assessed;
    this.rejected = rejected;
    this.fallbackLines = fallbackLines;
    this.chunks = chunks;
    this.rejects = List.copyOf(Objects.requireNonNull(rejects, "rejects"));
    this.aggregates = List.copyOf(Objects.requireNonNull(aggregates, "aggregates"));
  }

  /** Returns a result; called by the engine, and by tests of the reconciliation check. */
  static BatchResult of(
      List<String> scenarios,
      long read,
      long assessed,
      long rejected,
      long fallbackLines,
      long chunks,
      List<Reject> rejects,
      List<Aggregate> aggregates) {
    return new BatchResult(
        scenarios, read, assessed, rejected, fallbackLines, chunks, rejects, aggregates);
  }

  /**
   * Returns the scenario names.
   *
   * @return in order, the base scenario's deltas are zero
   */
  public List<String> scenarios() {
    return scenarios;
  }

  /**
   * Returns the data rows read.
   *
   * @return rows after the header, empty lines included
   */
  public long read() {
    return read;
  }

  /**
   * Returns the rows assessed under every scenario.
   *
   * @return the count
   */
  public long assessed() {
    return assessed;
  }

  /**
   * Returns the rows rejected.
   *
   * @return {@code read() - assessed()}
   */
  public long rejected() {
    return rejected;
  }

  /**
   * Returns how many assessed lines took the exact fallback rather than the fixed-point path.
   *
   * @return the count
   */
  public long fallbackLines() {
    return fallbackLines;
  }

  /**
   * Returns the chunks processed.
   *
   * @return the count
   */
  public long chunks() {
    return chunks;
  }

  /**
   * Returns the rejects kept in memory, in row order.
   *
   * @return the rejects
   */
  public List<Reject> rejects() {
    return rejects;
  }

  /**
   * Returns, for each scenario, the assessed lines each note applies to: the notes of its totals
   * aggregates (one per currency), summed.
   *
   * <p>Example: {@code {peak={ENTRY_DATE_DIFFERS=40}, after={ENTRY_DATE_DIFFERS=1200}}}: 40 lines
   * were entered on another day than the peak scenario's date.
   *
   * @return every scenario in order, each with its notes in {@link BatchNote} order (empty when
   *     none); unmodifiable
   */
  public Map<String, Map<BatchNote, Long>> notes() {
    Map<String, Map<BatchNote, Long>> out = new LinkedHashMap<>();
    scenarios.forEach(s -> out.put(s, new EnumMap<>(BatchNote.class)));
    for (Aggregate a : aggregates) {
      if (a.category() == null
          && a.chapter() == null
          && a.origin() == null
          && a.importer() == null
          && out.containsKey(a.scenario())) {
        a.notes().forEach((note, lines) -> out.get(a.scenario()).merge(note, lines, Long::sum));
      }
    }
    out.replaceAll((s, notes) -> Collections.unmodifiableMap(notes));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the aggregates, sorted by grouping, scenario and key.
   *
   * @return the aggregates
   */
  public List<Aggregate> aggregates() {
    return aggregates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchResult r
        && scenarios.equals(r.scenarios)
        && read == r.read
        && assessed == r.assessed
        && rejected == r.rejected
        && rejects.equals(r.rejects)
        && aggregates.equals(r.aggregates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenarios, read, assessed, rejected, rejects, aggregates);
  }

  @Override
  public String toString() {
    return "BatchResult{read="
        + read
        + ", assessed="
        + assessed
        + ", rejected="
        + rejected
        + ", fallbackLines="
        + fallbackLines
        + ", aggregates="
        + aggregates.size()
        + "}";
  }
}
