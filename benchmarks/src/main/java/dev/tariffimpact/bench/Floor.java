package dev.tariffimpact.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The floor: one pass per scenario over the same lines as primitive columns (customs value in
 * cents, quantity and net mass in thousandths, code-origin key, entry number, mode), doing only the
 * loads and a sum. No engine can do the work in less time than it takes to read its input.
 */
public final class Floor {

  private final long[] value;
  private final long[] quantity;
  private final long[] kg;
  private final int[] key;
  private final int[] entry;
  private final byte[] mode;
  private final int scenarios;

  private Floor(int n, int scenarios) {
    value = new long[n];
    quantity = new long[n];
    kg = new long[n];
    key = new int[n];
    entry = new int[n];
    mode = new byte[n];
    this.scenarios = scenarios;
  }

  /**
   * Reads a generated file into columns (setup, not timed).
   *
   * @param csv the file
   * @param lines number of data rows
   * @param scenarios passes per run
   * @return the floor
   */
  public static Floor of(Path csv, int lines, int scenarios) {
    Floor f = new Floor(lines, scenarios);
    Map<String, Integer> keys = new HashMap<>();
    int[] i = {0, 0};
    String[] last = {""};
    Workload.forEachRow(
        csv,
        c -> {
          int n = i[0]++;
          BigDecimal v = new BigDecimal(c[Workload.VALUE]);
          if (c[Workload.INCOTERM].equals("CIF")) {
            v =
                v.subtract(new BigDecimal(c[Workload.FREIGHT]))
                    .subtract(new BigDecimal(c[Workload.INSURANCE]));
          }
          f.value[n] = v.movePointRight(2).longValueExact();
          f.quantity[n] = new BigDecimal(c[Workload.QUANTITY]).movePointRight(3).longValueExact();
          String kgText = c[Workload.NET_KG].isEmpty() ? c[Workload.QUANTITY] : c[Workload.NET_KG];
          f.kg[n] = new BigDecimal(kgText).movePointRight(3).longValueExact();
          f.key[n] =
              keys.computeIfAbsent(c[Workload.CODE] + "|" + c[Workload.ORIGIN], k -> keys.size());
          if (!c[Workload.ENTRY].equals(last[0])) {
            i[1]++;
            last[0] = c[Workload.ENTRY];
          }
          f.entry[n] = i[1];
          f.mode[n] = (byte) c[Workload.MODE].charAt(0);
        });
    if (i[0] != lines) {
      throw new IllegalStateException("expected " + lines + " lines, read " + i[0]);
    }
    return f;
  }

  /**
   * One pass per scenario, split over {@code threads} ranges.
   *
   * @param pool the executor (at least {@code threads} threads)
   * @param threads ranges run in parallel
   * @return the sum (consumed by the benchmark)
   * @throws Exception if a task fails
   */
  public long run(ExecutorService pool, int threads) throws Exception {
    if (threads == 1) {
      return sum(0, value.length);
    }
    List<Future<Long>> parts = new ArrayList<>();
    int n = value.length;
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) n * t / threads);
      int to = (int) ((long) n * (t + 1) / threads);
      parts.add(pool.submit(() -> sum(from, to)));
    }
    long total = 0;
    for (Future<Long> p : parts) {
      try {
        total += p.get();
      } catch (ExecutionException e) {
        throw e;
      }
    }
    return total;
  }

  private long sum(int from, int to) {
    long acc = 0;
    for (int s = 0; s < scenarios; s++) {
      for (int i = from; i < to; i++) {
        acc += value[i] + quantity[i] + kg[i] + key[i] + entry[i] + mode[i];
      }
    }
    return acc;
  }
}
