package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validation of the small public types: options, scenarios, results. */
class BatchApiTest {

  @Test
  void optionsPutTheTotalsGroupingFirstAndDropDuplicates() {
    BatchOptions o =
        BatchOptions.builder()
            .groupBy(GroupBy.ORIGIN, GroupBy.CATEGORY)
            .groupBy(GroupBy.CATEGORY, GroupBy.ORIGIN)
            .groupBy()
            .chunkSize(10)
            .threads(3)
            .build();

    assertThat(o.groupings()).containsExactly(Set.of(), Set.of(GroupBy.CATEGORY, GroupBy.ORIGIN));
    assertThat(o.chunkSize()).isEqualTo(10);
    assertThat(o.threads()).isEqualTo(3);
    assertThat(o.failFast()).isFalse();
    assertThat(o.rejectsKept()).isEqualTo(BatchOptions.DEFAULT_REJECTS_KEPT);
    assertThat(o.toString()).startsWith("BatchOptions{chunkSize=10, threads=3");
  }

  @Test
  void aSettingGivenTwiceIsRefusedNotReplaced() {
    assertThatThrownBy(() -> BatchOptions.builder().threads(2).threads(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("threads was already set");
    assertThatThrownBy(() -> BatchOptions.builder().baseScenario("a").baseScenario("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseScenario was already set");
    assertThatThrownBy(
            () ->
                BatchEngine.builder()
                    .regime(dev.tariffimpact.customs.CustomsRegime.US)
                    .regime(dev.tariffimpact.customs.CustomsRegime.US))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("regime US was already set");
    assertThatThrownBy(
            () ->
                BatchEngine.builder()
                    .options(BatchOptions.defaults())
                    .options(BatchOptions.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("options was already set");
    // groupBy adds a grouping each time: not a setting replaced
    assertThat(
            BatchOptions.builder()
                .groupBy(GroupBy.ORIGIN)
                .groupBy(GroupBy.CHAPTER)
                .build()
                .groupings())
        .hasSize(3);
  }

  @Test
  void runsUseTheGivenExecutorAndLeaveItRunning() {
    java.util.concurrent.atomic.AtomicInteger tasks =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Executor counting =
          task -> {
            tasks.incrementAndGet();
            pool.execute(task);
          };
      BatchEngine engine =
          BatchFixtures.engine(
                  BatchOptions.builder().chunkSize(2).threads(2).executor(counting).build())
              .build();
      List<BatchLine> lines = new java.util.ArrayList<>();
      for (int k = 0; k < 6; k++) {
        lines.add(
            new BatchLine(
                "E" + k,
                "US",
                "",
                dev.tariffimpact.customs.ShipmentLine.builder("6109.10.00", "IN")
                    .value("1000.00", "USD")
                    .transportMode(dev.tariffimpact.customs.TransportMode.AIR)
                    .entryDate(java.time.LocalDate.of(2025, 10, 15))
                    .build()));
      }

      BatchResult first = engine.run(BatchInput.lines(lines));
      BatchResult second = engine.run(BatchInput.lines(lines));

      assertThat(first.assessed()).isEqualTo(6);
      assertThat(second).isEqualTo(first);
      assertThat(tasks.get()).isEqualTo(6); // 3 chunks of 2 lines, twice
      assertThat(pool.isShutdown()).isFalse();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void optionsRejectNonsense() {
    assertThatThrownBy(() -> BatchOptions.builder().chunkSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunk size must be at least 1, was 0");
    assertThatThrownBy(() -> BatchOptions.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1, was 0");
    assertThatThrownBy(() -> BatchOptions.builder().rejectsKept(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBatchScenarioNeedsANameAndOneScenarioPerImporter() {
    assertThatThrownBy(() -> new BatchScenario(" ", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario name must not be blank");
    assertThatThrownBy(() -> new BatchScenario("x", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch scenario 'x' has no scenario");
    BatchScenario before = BatchFixtures.before();
    assertThatThrownBy(
            () ->
                BatchScenario.of(
                    "twice", before.byImporter().get("US"), before.byImporter().get("US")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch scenario 'twice': two scenarios for importer US");
  }

  @Test
  void anEngineRejectsAnUnknownBaseScenarioAndRepeatedNames() {
    assertThatThrownBy(
            () -> BatchFixtures.engine(BatchOptions.builder().baseScenario("nope").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base scenario 'nope' is not one of [before, after]");
    assertThatThrownBy(
            () ->
                BatchFixtures.engine(BatchOptions.defaults())
                    .scenario(BatchFixtures.before())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scenario names must differ");
    assertThatThrownBy(() -> BatchEngine.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a batch needs at least one scenario");
  }

  @Test
  void aResultThatLosesRowsCannotBeBuilt() {
    assertThatThrownBy(() -> BatchResult.of(List.of("a"), 10, 7, 2, 0, 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows lost: read 10 != assessed 7 + rejected 2");
    BatchResult ok = BatchResult.of(List.of("a"), 10, 8, 2, 0, 1, List.of(), List.of());
    assertThat(ok).isEqualTo(BatchResult.of(List.of("a"), 10, 8, 2, 0, 1, List.of(), List.of()));
    assertThat(ok.toString())
        .isEqualTo("BatchResult{read=10, assessed=8, rejected=2, fallbackLines=0, aggregates=0}");
  }
}
