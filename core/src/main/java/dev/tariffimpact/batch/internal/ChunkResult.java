package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.Reject;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-line results of a chunk: for every scenario duty, fees and taxes (entry-level amounts
 * allocated), and the scenario-independent customs and CIF values, all unscaled at {@link
 * Fixed#MONEY_SCALE}.
 */
public final class ChunkResult {
  public final Chunk chunk;
  public final boolean[] assessed;
  public final long[] customsValue;
  public final long[] cif;
  public final long[][] duty;
  public final long[][] fees;
  public final long[][] taxes;

  /**
   * The notes of each line under each scenario: bit {@code n.ordinal()} set for each {@link
   * dev.tariffimpact.batch.BatchNote} {@code n} that applies.
   */
  public final int[][] notes;

  public final List<Reject> rejects = new ArrayList<>();

  /**
   * The category of each line: the chunk's, or a copy with empty ones filled from the catalog (the
   * chunk itself is never written: it may be shared by runs, see ShipmentColumns).
   */
  public String[] category;

  /** Lines that went through the exact fallback (the Assessor). */
  public int fallbackLines;

  ChunkResult(Chunk chunk, int scenarios) {
    this.chunk = chunk;
    this.category = chunk.category;
    int n = chunk.size;
    assessed = new boolean[n];
    customsValue = new long[n];
    cif = new long[n];
    duty = new long[scenarios][n];
    fees = new long[scenarios][n];
    taxes = new long[scenarios][n];
    notes = new int[scenarios][n];
  }
}
