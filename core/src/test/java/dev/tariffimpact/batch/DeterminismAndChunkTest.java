package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismAndChunkTest {

  private static BatchResult run(String csv, BatchOptions options, List<LineResult> lines) {
    return BatchFixtures.engine(options)
        .build()
        .run(
            BatchInput.csv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sample"),
            BatchSink.of(lines::add, r -> {}));
  }

  @Test
  void resultsAndAggregatesAreIdenticalWhateverTheThreadCount() {
    String csv = BatchFixtures.sample(11, 4_000);
    List<BatchResult> results = new ArrayList<>();
    List<List<LineResult>> lines = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      List<LineResult> l = new ArrayList<>();
      results.add(
          run(
              csv,
              BatchOptions.builder()
                  .threads(threads)
                  .chunkSize(300)
                  .groupBy(GroupBy.CATEGORY)
                  .groupBy(GroupBy.ORIGIN, GroupBy.CHAPTER)
                  .groupBy(GroupBy.IMPORTER)
                  .build(),
              l));
      lines.add(l);
    }
    assertThat(results.get(0).chunks()).isGreaterThan(10);
    assertThat(results.get(1)).isEqualTo(results.get(0));
    assertThat(results.get(2)).isEqualTo(results.get(0));
    // doubles too: statistics are combined in chunk order, never in completion order
    assertThat(results.get(2).aggregates()).containsExactlyElementsOf(results.get(0).aggregates());
    assertThat(lines.get(1)).isEqualTo(lines.get(0));
    assertThat(lines.get(2)).isEqualTo(lines.get(0));
  }

  @Test
  void theFastPathAndTheAssessorFallbackGiveIdenticalResults() {
    String csv = BatchFixtures.sample(23, 3_000);
    List<LineResult> fast = new ArrayList<>();
    List<LineResult> slow = new ArrayList<>();
    BatchResult a = run(csv, BatchOptions.builder().groupBy(GroupBy.CATEGORY).build(), fast);
    BatchResult b =
        BatchFixtures.engine(BatchOptions.builder().groupBy(GroupBy.CATEGORY).build())
            .fastPath(false)
            .build()
            .run(
                BatchInput.csv(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sample"),
                BatchSink.of(slow::add, r -> {}));
    assertThat(a.fallbackLines()).isPositive().isLessThan(600); // bags under "after"
    assertThat(b.fallbackLines()).isEqualTo(3_000);
    assertThat(fast).isEqualTo(slow);
    assertThat(a.aggregates()).isEqualTo(b.aggregates());
  }

  private static BatchLine cotton(String entry, String value, String date) {
    ShipmentLine line =
        ShipmentLine.builder("6109.10.00", "IN")
            .value(value, "USD")
            .freight(new BigDecimal("10.00"))
            .insurance(new BigDecimal("1.00"))
            .quantity(Quantity.of("5", Unit.DOZEN))
            .transportMode(TransportMode.OCEAN)
            .entryDate(LocalDate.parse(date))
            .build();
    return new BatchLine(entry, "US", "textiles-and-apparel", line);
  }

  @Test
  void entriesLongerThanAChunkAreAssessedWholeWithTheMpfClampedPerEntry() {
    List<BatchLine> input = new ArrayList<>();
    // entry A: 6 lines of 1,000.00 = 6,000.00; MPF 0.3464% = 20.784 < minimum 33.58 (FY2026)
    for (int i = 0; i < 6; i++) {
      input.add(cotton("A", "1000.00", "2025-10-15"));
    }
    // entry B: 5 lines of 50,000.00 = 250,000.00; MPF 866.00 > maximum 651.50
    for (int i = 0; i < 5; i++) {
      input.add(cotton("B", "50000.00", "2025-10-15"));
    }
    List<LineResult> lines = new ArrayList<>();
    BatchResult r =
        BatchFixtures.engine(BatchOptions.builder().chunkSize(4).threads(2).build())
            .build()
            .run(BatchInput.lines(input), BatchSink.lines(lines::add));

    assertThat(r.chunks()).isEqualTo(2); // the chunk grows to the end of entry A
    assertThat(r.read()).isEqualTo(11);
    assertThat(r.assessed()).isEqualTo(11);
    List<LineResult> before = lines.stream().filter(l -> l.scenario().equals("before")).toList();
    // A: MPF 33.58 = 3358 cents over six equal lines: 559 each, 4 cents left to the first four;
    // HMF 0.125% of 1,000.00 = 1.25 each line's share (7.50 / 6)
    assertThat(before.subList(0, 6))
        .extracting(LineResult::fees)
        .map(BigDecimal::toPlainString)
        .containsExactly("6.85", "6.85", "6.85", "6.85", "6.84", "6.84");
    // B: MPF 651.50 over five equal lines = 130.30 each; HMF 62.50 each
    assertThat(before.subList(6, 11))
        .extracting(LineResult::fees)
        .map(BigDecimal::toPlainString)
        .containsOnly("192.80");
    // duty before: 16.5% + 25% + 25% = 66.5% of 1,000.00 = 665.00
    assertThat(before.get(0).duty()).isEqualByComparingTo("665.00");
    Aggregate total = r.aggregates().get(0);
    // fees: A 33.58 + 7.50; B 651.50 + 312.50
    assertThat(total.fees()).isEqualByComparingTo("1005.08");
    // delta after - before: duty 26.5% instead of 66.5% of 256,000.00 = -102,400.00
    Aggregate after = r.aggregates().get(1);
    assertThat(after.delta()).isEqualByComparingTo("-102400.00");

    // same answer with one big chunk
    List<LineResult> whole = new ArrayList<>();
    BatchFixtures.engine(BatchOptions.builder().chunkSize(1000).build())
        .build()
        .run(BatchInput.lines(input), BatchSink.lines(whole::add));
    assertThat(whole).isEqualTo(lines);
  }
}
