package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchException;
import dev.tariffimpact.batch.BatchLine;
import dev.tariffimpact.batch.BatchNote;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code BatchOptions.verifySample}: a seeded uniform sample of a run's entries (reservoir
 * sampling, in commit order, so a run is reproducible), re-assessed at the end by the exact path
 * alone; any difference in a line's customs value, CIF, duty, fees, taxes or assessment notes fails
 * the run. Used on the committing thread only.
 */
public final class SampleCheck {

  /** One sampled entry: its assessed lines and what the run gave for them. */
  private record Sampled(
      List<BatchLine> lines,
      long[] rows,
      long[] customs,
      long[] cif,
      long[][][] amounts,
      int[][] notes) {}

  // the exact path alone does not add it (ChunkEvaluator.evaluate does, for both paths alike)
  private static final int ENTRY_DATE = 1 << BatchNote.ENTRY_DATE_DIFFERS.ordinal();

  private final int capacity;
  private final ChunkEvaluator evaluator;
  private final SplittableRandom random;
  private final List<Sampled> reservoir = new ArrayList<>();
  private long seen;

  /**
   * Creates a check.
   *
   * @param entries how many entries to keep (at least as many lines)
   * @param seed the sampling seed
   * @param evaluator the run's evaluator (its exact path is the reference)
   */
  public SampleCheck(int entries, long seed, ChunkEvaluator evaluator) {
    this.capacity = entries;
    this.evaluator = evaluator;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Offers the entries of a committed chunk to the sample.
   *
   * @param r the chunk's results
   */
  void offer(ChunkResult r) {
    Chunk c = r.chunk;
    for (int e = 0; e < c.entries; e++) {
      int from = c.entryStart[e];
      int to = c.entryStart[e + 1];
      boolean any = false;
      for (int i = from; i < to; i++) {
        any |= r.assessed[i];
      }
      if (!any) {
        continue;
      }
      seen++;
      if (reservoir.size() < capacity) {
        reservoir.add(sample(r, from, to));
      } else {
        long j = random.nextLong(seen);
        if (j < capacity) {
          reservoir.set((int) j, sample(r, from, to));
        }
      }
    }
  }

  private static Sampled sample(ChunkResult r, int from, int to) {
    Chunk c = r.chunk;
    List<Integer> kept = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (r.assessed[i]) {
        kept.add(i);
      }
    }
    int n = kept.size();
    int scenarios = r.duty.length;
    List<BatchLine> lines = new ArrayList<>(n);
    long[] rows = new long[n];
    long[] customs = new long[n];
    long[] cif = new long[n];
    long[][][] amounts = new long[scenarios][3][n];
    int[][] notes = new int[scenarios][n];
    for (int k = 0; k < n; k++) {
      int i = kept.get(k);
      lines.add(new BatchLine("sample", c.importer[i], "", ColumnCodec.line(c, i)));
      rows[k] = c.row[i];
      customs[k] = r.customsValue[i];
      cif[k] = r.cif[i];
      for (int s = 0; s < scenarios; s++) {
        amounts[s][0][k] = r.duty[s][i];
        amounts[s][1][k] = r.fees[s][i];
        amounts[s][2][k] = r.taxes[s][i];
        notes[s][k] = r.notes[s][i] & ~ENTRY_DATE;
      }
    }
    return new Sampled(lines, rows, customs, cif, amounts, notes);
  }

  /**
   * Re-assesses the sample by the exact path and compares.
   *
   * @throws BatchException naming the first row, scenario and amount that differ
   */
  void verify() {
    String[] what = {"duty", "fees", "taxes"};
    for (Sampled s : reservoir) {
      Chunk chunk = new Chunk(0, s.lines().size());
      ColumnCodec.fromLines(chunk, s.lines(), 1);
      ChunkResult exact = evaluator.evaluateExactly(chunk);
      for (int k = 0; k < s.rows().length; k++) {
        if (!exact.assessed[k]) {
          throw difference(s.rows()[k], "the Assessor rejects the line: " + exact.rejects);
        }
        if (exact.customsValue[k] != s.customs()[k] || exact.cif[k] != s.cif()[k]) {
          throw difference(s.rows()[k], "customs or CIF value differs");
        }
        for (int sc = 0; sc < s.amounts().length; sc++) {
          long[][] got = {exact.duty[sc], exact.fees[sc], exact.taxes[sc]};
          for (int a = 0; a < 3; a++) {
            if (got[a][k] != s.amounts()[sc][a][k]) {
              throw difference(
                  s.rows()[k],
                  "scenario "
                      + sc
                      + " "
                      + what[a]
                      + " "
                      + Fixed.decimal(s.amounts()[sc][a][k], Fixed.MONEY_SCALE)
                      + " != Assessor "
                      + Fixed.decimal(got[a][k], Fixed.MONEY_SCALE));
            }
          }
          if (exact.notes[sc][k] != s.notes()[sc][k]) {
            throw difference(
                s.rows()[k],
                "scenario "
                    + sc
                    + " notes "
                    + Integer.toBinaryString(s.notes()[sc][k])
                    + " != Assessor "
                    + Integer.toBinaryString(exact.notes[sc][k])
                    + " (bits by BatchNote ordinal)");
          }
        }
      }
    }
  }

  private static BatchException difference(long row, String what) {
    return new BatchException(
        "verifySample: row " + row + ": the run's result differs from the Assessor's: " + what,
        null);
  }

  /**
   * Returns how many lines the sample holds.
   *
   * @return the count
   */
  public int lines() {
    return reservoir.stream().mapToInt(s -> s.lines().size()).sum();
  }
}
