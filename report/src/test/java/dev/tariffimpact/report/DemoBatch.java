package dev.tariffimpact.report;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchOptions;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.BatchSink;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.data.BundledDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled demo batch (the sample shipments under the demo's four moments, both directions), run
 * once per test JVM, with the per-line rate changes from the first to the last moment.
 */
final class DemoBatch {

  static final String BASE = "2025-peak";
  static final String COMPARE = "2026-s122";

  final BundledDataset data = BundledDataset.load();
  final List<BatchScenario> scenarios =
      List.of(
          BatchScenario.of(
              "2025-peak", data.scenario("us-in-2025-08-peak"), data.scenario("in-us-mfn-2025")),
          BatchScenario.of(
              "2026-framework",
              data.scenario("us-in-2026-framework-18"),
              data.scenario("in-us-framework-illustrative")),
          BatchScenario.of(
              "2026-s122", data.scenario("us-in-2026-s122"), data.scenario("in-us-mfn-2025")));
  final RateChanges changes = RateChanges.between(BASE, COMPARE);
  final BatchResult result;

  private static DemoBatch instance;

  private DemoBatch() {
    BatchEngine.Builder engine =
        BatchEngine.builder()
            .regime(data.regime("US"))
            .regime(data.regime("IN"))
            .exchangeRates(data.exchangeRates())
            .options(
                BatchOptions.builder()
                    .groupBy(GroupBy.CATEGORY)
                    .groupBy(GroupBy.ORIGIN)
                    .baseScenario(BASE)
                    .build());
    scenarios.forEach(engine::scenario);
    try (InputStream in = BundledData.open("sample-shipments.csv")) {
      result =
          engine.build().run(BatchInput.csv(in, "sample-shipments.csv"), BatchSink.lines(changes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized DemoBatch get() {
    if (instance == null) {
      instance = new DemoBatch();
    }
    return instance;
  }

  /** The batch's total aggregate (no key) of a scenario and currency. */
  Aggregate total(String scenario, String currency) {
    return result.aggregates().stream()
        .filter(
            a ->
                a.scenario().equals(scenario)
                    && a.currency().equals(currency)
                    && a.category() == null
                    && a.origin() == null)
        .findFirst()
        .orElseThrow();
  }

  Report report() {
    return BatchReport.builder(result)
        .title("Demo: US-India tariffs on the bundled sample shipments")
        .input("data/sample-shipments.csv")
        .base(BASE)
        .compare(COMPARE)
        .scenarios(scenarios)
        .rateChanges(changes)
        .assumptions(BundledAssumptions.of(data, scenarios))
        .build();
  }
}
