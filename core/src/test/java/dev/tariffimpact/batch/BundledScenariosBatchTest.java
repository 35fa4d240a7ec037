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

  /**
   * Issue 16: every India tariff line of the bundled schedule, on dates around each layer change
   * (50/2017 to 45/2025, GST 2.0, 19/2025, the CBIC fortnights), with no claim, a BCD claim and an
   * IGST claim drawn from the line's own measures, and a 45/2025 Table II-III or any-chapter entry
   * (with its AIDC, Health Cess removals), alone or beside another claim: the fast path equals the
   * Assessor line by line, rejects (claims needed, rates not found) included.
   */
  @Test
  void theFastPathAgreesWithTheAssessorOnIndiasDatedLayersAndClaims() {
    dev.tariffimpact.schedule.TariffSchedule in =
        BundledDataset.load().schedule("india-us.json.gz");
    java.util.Map<String, List<String>> claims = new java.util.TreeMap<>();
    for (dev.tariffimpact.schedule.Measure m : in.measures()) {
      String[] parts = m.id().split("-");
      String item = parts[parts.length - 1];
      if (!item.matches("\\d{8}")) {
        continue;
      }
      claims.computeIfAbsent(item, k -> new ArrayList<>());
      if (m.claim() != null && !claims.get(item).contains(m.claim())) {
        claims.get(item).add(m.claim());
      }
    }
    // the 45/2025 entries written once over the lines (Tables II-III, any chapter): some of them
    // also remove the AIDC (11/2021 S.No. 20), the Health Cess (8/2020 S.No. 2) or nothing more
    java.util.Map<String, List<String>> entryClaims = new java.util.TreeMap<>();
    for (dev.tariffimpact.schedule.Measure m : in.measures()) {
      if (m.id().startsWith("in-bcd-claim-")) {
        for (String item : claims.keySet()) {
          if (m.scope().contains(dev.tariffimpact.classification.ProductCode.ofDigits(item))) {
            entryClaims.computeIfAbsent(item, k -> new ArrayList<>()).add(m.claim());
          }
        }
      }
    }
    assertThat(entryClaims).hasSizeGreaterThan(100);
    String[] dates = {
      "2025-03-01",
      "2025-09-21",
      "2025-09-22",
      "2025-10-31",
      "2025-11-01",
      "2026-01-31",
      "2026-02-01",
      "2026-05-13"
    };
    StringBuilder csv =
        new StringBuilder(
            "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
                + "incoterm,mode,entry_date,export_date,claims\n");
    java.util.Random random = new java.util.Random(16);
    int n = 0;
    for (java.util.Map.Entry<String, List<String>> e : claims.entrySet()) {
      for (String date : dates) {
        List<String> options = e.getValue();
        String claim =
            options.isEmpty() || random.nextInt(3) == 0
                ? ""
                : options.get(random.nextInt(options.size()));
        List<String> entries = entryClaims.getOrDefault(e.getKey(), List.of());
        if (!entries.isEmpty() && random.nextInt(3) == 0) {
          // an entry of Tables II-III, alone or beside the line's own claim (e.g. its IGST entry)
          String entry = entries.get(random.nextInt(entries.size()));
          claim = claim.isEmpty() ? entry : claim + ";" + entry;
        }
        csv.append("E")
            .append(n++)
            .append(",IN,US,")
            .append(e.getKey())
            .append(',')
            .append(1000 + random.nextInt(90_000))
            .append(".00,USD,100,kg,100,,,CIF,OCEAN,")
            .append(date)
            .append(",,")
            .append(claim)
            .append('\n');
      }
    }
    List<LineResult> fastLines = new ArrayList<>();
    List<Reject> fastRejects = new ArrayList<>();
    List<LineResult> slowLines = new ArrayList<>();
    List<Reject> slowRejects = new ArrayList<>();
    BatchResult fast =
        engine(true)
            .run(
                BatchInput.csv(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    "india"),
                BatchSink.of(fastLines::add, fastRejects::add));
    engine(false)
        .run(
            BatchInput.csv(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "india"),
            BatchSink.of(slowLines::add, slowRejects::add));

    assertThat(claims).hasSizeGreaterThan(100);
    assertThat(fast.read()).isEqualTo(n).isEqualTo(fast.assessed() + fast.rejected());
    assertThat(fast.assessed()).isGreaterThan(n / 3);
    assertThat(fastLines).isEqualTo(slowLines);
    assertThat(fastRejects).isEqualTo(slowRejects);
  }
}
