package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.GroupBy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates one chunk's results (on the worker thread): one accumulator per group and scenario,
 * keyed by grouping, currency and the grouped fields. A {@link GroupCursor} per grouping remembers
 * the last group, since consecutive lines (an entry's) mostly fall in the same one.
 */
public final class Aggregator {

  private static final String[] CHAPTERS = new String[100];

  static {
    for (int i = 0; i < 100; i++) {
      CHAPTERS[i] = i < 10 ? "0" + i : Integer.toString(i);
    }
  }

  private final boolean[][] by;
  private final int scenarios;
  private final int base;
  private final boolean distributions;
  private final Map<String, String> currencies;

  /**
   * Creates an aggregator.
   *
   * @param groupings the groupings, the empty one (totals) first
   * @param scenarios the number of scenarios
   * @param base the index of the base scenario of deltas
   * @param distributions whether to collect distribution statistics
   * @param currencies the currency code of each importer
   */
  public Aggregator(
      List<Set<GroupBy>> groupings,
      int scenarios,
      int base,
      boolean distributions,
      Map<String, String> currencies) {
    this.by = new boolean[groupings.size()][GroupBy.values().length];
    for (int g = 0; g < groupings.size(); g++) {
      for (GroupBy d : groupings.get(g)) {
        by[g][d.ordinal()] = true;
      }
    }
    this.scenarios = scenarios;
    this.base = base;
    this.distributions = distributions;
    this.currencies = currencies;
  }

  /** The last group of one grouping: its key and accumulators. */
  private static final class GroupCursor {
    GroupKey key;
    Accumulator[] accumulators;

    boolean at(String currency, String category, String chapter, String origin, String importer) {
      return key != null
          && Objects.equals(key.currency(), currency)
          && Objects.equals(key.category(), category)
          && Objects.equals(key.chapter(), chapter)
          && Objects.equals(key.origin(), origin)
          && Objects.equals(key.importer(), importer);
    }
  }

  /**
   * Aggregates a chunk's assessed lines.
   *
   * @param r the chunk's results
   * @return the partial accumulators by group, one per scenario
   */
  public Map<GroupKey, Accumulator[]> aggregate(ChunkResult r) {
    Chunk c = r.chunk;
    Map<GroupKey, Accumulator[]> partial = new HashMap<>();
    GroupCursor[] cursors = new GroupCursor[by.length];
    for (int g = 0; g < by.length; g++) {
      cursors[g] = new GroupCursor();
    }
    LineFigures figures = new LineFigures(scenarios, distributions);
    int category = GroupBy.CATEGORY.ordinal();
    int chapter = GroupBy.CHAPTER.ordinal();
    int origin = GroupBy.ORIGIN.ordinal();
    int importer = GroupBy.IMPORTER.ordinal();
    for (int i = 0; i < c.size; i++) {
      if (!r.assessed[i]) {
        continue;
      }
      figures.load(r, i, base);
      String currency = currencies.get(c.importer[i]);
      for (int g = 0; g < by.length; g++) {
        boolean[] b = by[g];
        String kCategory = b[category] ? r.category[i] : null;
        String kChapter = b[chapter] ? CHAPTERS[c.code[i].chapter()] : null;
        String kOrigin = b[origin] ? c.origin[i] : null;
        String kImporter = b[importer] ? c.importer[i] : null;
        GroupCursor cursor = cursors[g];
        if (!cursor.at(currency, kCategory, kChapter, kOrigin, kImporter)) {
          GroupKey key = new GroupKey(g, currency, kCategory, kChapter, kOrigin, kImporter);
          Accumulator[] acc = partial.get(key);
          if (acc == null) {
            acc = new Accumulator[scenarios];
            for (int s = 0; s < scenarios; s++) {
              acc[s] = new Accumulator(distributions);
            }
            partial.put(key, acc);
          }
          cursor.key = key;
          cursor.accumulators = acc;
        }
        for (int s = 0; s < scenarios; s++) {
          cursor.accumulators[s].add(figures, s);
        }
      }
    }
    return partial;
  }
}
