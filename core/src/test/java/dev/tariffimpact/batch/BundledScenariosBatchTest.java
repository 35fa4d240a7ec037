package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.data.BundledDataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The curated US-India and India-US scenarios (stacking rules, exemptions, Section 232 on metal
 * content, specific rates) through the bulk engine: the fast path and the Assessor fallback agree
 * line by line, rejects included.
 */
class BundledScenariosBatchTest {

  private static BatchEngine engine(boolean fastPath) {
    BundledDataset data = BundledDataset.load();
    return BatchEngine.builder()
        .regime(data.regime("US"))
        .regime(data.regime("IN"))
        .exchangeRates(data.exchangeRates())
        .scenario(
            BatchScenario.of(
                "peak-2025", data.scenario("us-in-2025-08-peak"), data.scenario("in-us-mfn-2025")))
        .scenario(
            BatchScenario.of(
                "framework",
                data.scenario("us-in-2026-framework-18"),
                data.scenario("in-us-framework-illustrative")))
        .options(BatchOptions.builder().chunkSize(400).groupBy(GroupBy.CATEGORY).build())
        .fastPath(fastPath)
        .build();
  }

  @Test
  void theFastPathAgreesWithTheAssessorOnTheCuratedScenarios() {
    String csv = BatchFixtures.sample(99, 4_000);
    List<LineResult> fastLines = new ArrayList<>();
    List<Reject> fastRejects = new ArrayList<>();
    List<LineResult> slowLines = new ArrayList<>();
    List<Reject> slowRejects = new ArrayList<>();

    BatchResult fast =
        engine(true)
            .run(
                BatchInput.csv(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sample"),
                BatchSink.of(fastLines::add, fastRejects::add));
    BatchResult slow =
        engine(false)
            .run(
                BatchInput.csv(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sample"),
                BatchSink.of(slowLines::add, slowRejects::add));

    assertThat(fast.read()).isEqualTo(4_000).isEqualTo(fast.assessed() + fast.rejected());
    // India lines whose IGST entry or standard BCD must be claimed or was not found are rejects
    // naming the claim (issue 16), so fewer than the 3,000 of the older flat India schedule.
    assertThat(fast.assessed()).isGreaterThan(2_500);
    assertThat(fast.fallbackLines()).isLessThan(fast.assessed());
    assertThat(fastLines).isEqualTo(slowLines);
    assertThat(fastRejects).isEqualTo(slowRejects);
    assertThat(fast.aggregates()).isEqualTo(slow.aggregates());
  }

  @Test
  void componentValuesFromTheOptionalColumnFeedRatesOnMetalContent() {
    String csv =
        "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
            + "incoterm,mode,entry_date,export_date,components\n"
            + "E1,US,IN,7326.90.86,1000.00,USD,10,No.,50,,,FOB,OCEAN,2025-09-15,,"
            + "steel content=400.00\n"
            + "E2,US,IN,7326.90.86,1000.00,USD,10,No.,50,,,FOB,OCEAN,2025-09-15,,\n"
            + "E3,US,IN,7326.90.86,1000.00,USD,10,No.,50,,,FOB,OCEAN,2025-09-15,,steel content\n";
    List<Reject> rejects = new ArrayList<>();

    BatchResult r =
        engine(true)
            .run(
                BatchInput.csv(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "metal"),
                BatchSink.of(line -> {}, rejects::add));

    assertThat(r.assessed()).isEqualTo(1);
    assertThat(rejects).extracting(Reject::row).containsExactly(3L, 4L);
    assertThat(rejects.get(0).reason()).contains("needs the value of component 'steel content'");
    assertThat(rejects.get(1).reason())
        .isEqualTo("components 'steel content': expected name=amount pairs separated by ';'");
  }
}
