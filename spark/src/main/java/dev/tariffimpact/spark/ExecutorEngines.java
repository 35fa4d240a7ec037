package dev.tariffimpact.spark;

import dev.tariffimpact.batch.BatchEngine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One engine per executor JVM and spec: built on the first task of a run that needs it, then shared
 * by the executor's tasks (an engine is thread-safe and memoises its line plans, so later tasks
 * find them compiled). A few specs are kept; the oldest is dropped.
 */
final class ExecutorEngines {

  private static final int KEPT = 4;

  private static final Map<String, BatchEngine> ENGINES =
      new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BatchEngine> eldest) {
          return size() > KEPT;
        }
      };

  private ExecutorEngines() {}

  /** The executor's engine for a spec, built once. */
  static synchronized BatchEngine of(EngineSpec spec) {
    return ENGINES.computeIfAbsent(spec.id(), id -> spec.build());
  }
}
