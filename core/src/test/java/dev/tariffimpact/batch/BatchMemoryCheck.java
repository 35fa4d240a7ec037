package dev.tariffimpact.batch;

import dev.tariffimpact.sample.internal.SampleGenerator;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures throughput and peak heap of a large batch by hand (not a unit test): generates the
 * sample file if missing, runs it under two scenarios with aggregates by category and by origin,
 * and prints lines per second and the peak heap of all heap pools.
 *
 * <pre>
 * ./mvnw -q -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx512m -cp core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.tariffimpact.batch.BatchMemoryCheck /tmp/shipments-10m.csv 10000000
 * </pre>
 */
public final class BatchMemoryCheck {

  private BatchMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args file, lines (default 10,000,000), threads (default all cores), chunk size
   * @throws Exception on I/O failure
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "/tmp/shipments-10m.csv");
    long lines = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    int chunk = args.length > 3 ? Integer.parseInt(args[3]) : BatchOptions.DEFAULT_CHUNK_SIZE;
    if (!Files.exists(file)) {
      long t0 = System.nanoTime();
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        SampleGenerator.of(20261121L, SampleGenerator.bundledUniverse()).write(lines, w);
      }
      System.out.printf(
          "generated %,d lines (%,d bytes) in %.1f s%n",
          lines, Files.size(file), (System.nanoTime() - t0) / 1e9);
    }
    BatchEngine engine =
        BatchFixtures.engine(
                BatchOptions.builder()
                    .threads(threads)
                    .chunkSize(chunk)
                    .groupBy(GroupBy.CATEGORY)
                    .groupBy(GroupBy.ORIGIN, GroupBy.IMPORTER)
                    .build())
            .build();
    // java.management is not readable from the patched test module: sample the used heap instead
    long[] peakHolder = new long[1];
    Thread sampler =
        new Thread(
            () -> {
              Runtime rt = Runtime.getRuntime();
              while (!Thread.currentThread().isInterrupted()) {
                peakHolder[0] = Math.max(peakHolder[0], rt.totalMemory() - rt.freeMemory());
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    BatchResult result = engine.run(BatchInput.csv(file));
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    sampler.join();
    long peak = peakHolder[0];
    System.out.println(result);
    System.out.printf(
        "threads=%d max heap=%d MiB, %.1f s, %,.0f lines/s, %,.0f line-scenarios/s,"
            + " peak used heap (sampled every 5 ms) %d MiB, aggregates %d%n",
        threads,
        Runtime.getRuntime().maxMemory() >> 20,
        seconds,
        result.read() / seconds,
        result.read() * result.scenarios().size() / seconds,
        peak >> 20,
        result.aggregates().size());
  }
}
