package dev.tariffimpact.batch.internal;

import java.util.Map;
import java.util.function.Function;

/** Reads of the engine's concurrent memo tables, on the per-line hot path. */
public final class Memo {

  private Memo() {}

  /**
   * Returns the memoised value of {@code key}, computing it on the first request. Reads with {@code
   * get} first: {@code ConcurrentHashMap.computeIfAbsent} may lock the bin even when the key is
   * there (past the bin's first node), which showed in profiles of the batch engine.
   *
   * @param memo the table
   * @param key the key
   * @param compute the pure function memoised
   * @return the value
   */
  public static <K, V> V get(Map<K, V> memo, K key, Function<? super K, ? extends V> compute) {
    V v = memo.get(key);
    return v != null ? v : memo.computeIfAbsent(key, compute);
  }
}
