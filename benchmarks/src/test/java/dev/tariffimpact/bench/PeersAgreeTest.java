package dev.tariffimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.LineResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every peer gives our answers, to the cent, before anything is timed: per-scenario line count,
 * customs value, duty and entry fees, duty per scenario and origin, and MPF + HMF per entry, on a
 * generated workload of 5,000 lines (the benchmark's generator and seed); and all of them give the
 * hand-computed amounts of a two-entry file.
 */
class PeersAgreeTest {

  @TempDir static Path dir;
  static Path csv;

  @BeforeAll
  static void generate() {
    csv = dir.resolve("lines.csv");
    Workload.generate(csv, 5_000);
  }

  @Test
  void universeKeepsMostBundledUsLinesAndIndiaWeighted() throws IOException {
    assertThat(Workload.universe()).hasSizeGreaterThan(50);
    long india = Files.lines(csv).filter(l -> l.contains(",US,IN,")).count();
    assertThat(india).isBetween(1_500L, 2_500L); // 40% of 5,000 lines
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5})
  void everyPeerAgreesWithOursToTheCent(int scenarios) throws Exception {
    Map<String, BigDecimal> ourEntryFees = new TreeMap<>();
    String first = Workload.US_SCENARIOS.get(0);
    BatchResult ours =
        Workload.engine(scenarios, 2)
            .run(
                csv,
                (LineResult l) -> {
                  if (l.scenario().equals(first)) {
                    ourEntryFees.merge(l.entryId(), l.fees(), BigDecimal::add);
                  }
                },
                r -> {
                  throw new AssertionError("reject " + r);
                });
    assertThat(ours.rejected()).isZero();
    assertThat(ours.fallbackLines()).isZero();
    Totals expected = Totals.of(ours);
    assertThat(expected.byScenario()).hasSize(scenarios);
    assertThat(expected.byScenario().values())
        .allSatisfy(t -> assertThat(t.lines()).isEqualTo(5_000));
    assertThat(expected.byOrigin()).hasSize(20 * scenarios);
    ourEntryFees.replaceAll((k, v) -> Totals.cents(v));

    assertThat(Totals.of(Workload.engine(scenarios, 1).run(Workload.batchLines(csv))))
        .isEqualTo(expected);
    BatchResult inKg = Workload.engine(scenarios, 2).run(Workload.batchLines(csv, true));
    assertThat(inKg.fallbackLines()).isZero();
    assertThat(Totals.of(inKg)).isEqualTo(expected);

    try (DuckDbPeer duck = DuckDbPeer.open(Workload.scenarios(scenarios), 2)) {
      duck.load(csv);
      assertThat(duck.aggregates()).isEqualTo(expected);
      assertThat(duck.aggregates(csv)).isEqualTo(expected);
      assertThat(duck.entryFees()).isEqualTo(ourEntryFees);
    }

    ReferencePeer reference = new ReferencePeer(Workload.scenarios(scenarios));
    List<ReferencePeer.RefLine> lines = ReferencePeer.read(csv);
    assertThat(reference.run(lines)).isEqualTo(expected);
    Map<String, BigDecimal> refFees = reference.entryFees(lines);
    refFees.replaceAll((k, v) -> Totals.cents(v));
    assertThat(refFees).isEqualTo(ourEntryFees);
  }

  /**
   * Two entries by hand. Cotton T-shirts (6109.10.00) from India under the peak scenario pay MFN
   * 16.5% + IEEPA 25% + Russian-oil 25% (three layers), under Section 122 MFN 16.5% + 10%.
   *
   * <p>E1 (2025-09-15, ocean, FY2025 band min 32.71 max 634.62), two FOB lines of 1,000.00 and
   * 333.33: peak duty per line 165.00 + 250.00 + 250.00 = 665.00 and 55.00 (54.99945) + 83.33
   * (83.3325) + 83.33 = 221.66; s122 165.00 + 100.00 = 265.00 and 55.00 + 33.33 (33.333) = 88.33.
   * MPF 1,333.33 x 0.3464% = 4.6186... below the minimum: 32.71; HMF 1,333.33 x 0.125% = 1.6666625
   * = 1.67. E2 (2025-10-20, air, FY2026 band max 651.50), one CIF line 250,000.00 with freight
   * 9,000.00 and insurance 1,000.00: customs value 240,000.00; peak duty 39,600.00 + 60,000.00 +
   * 60,000.00 = 159,600.00; s122 39,600.00 + 24,000.00 = 63,600.00; MPF 831.36 clamped to 651.50;
   * no HMF (air).
   */
  @Test
  void handComputedEntries() throws Exception {
    Path file = dir.resolve("hand.csv");
    Files.writeString(
        file,
        String.join(",", Workload.COLUMNS)
            + "\n"
            + "E1,US,IN,6109.10.00,1000.00,USD,50,doz.,120.000,40.00,4.00,FOB,OCEAN,2025-09-15,2025-09-01,t\n"
            + "E1,US,IN,6109.10.00,333.33,USD,20,doz.,48.000,13.00,1.30,FOB,OCEAN,2025-09-15,2025-09-01,t\n"
            + "E2,US,IN,6109.10.00,250000.00,USD,9000,doz.,21600.000,9000.00,1000.00,CIF,AIR,2025-10-20,2025-10-05,t\n",
        StandardCharsets.UTF_8);
    String peak = Workload.US_SCENARIOS.get(0);
    String s122 = Workload.US_SCENARIOS.get(1);
    BigDecimal fees =
        new BigDecimal("32.71").add(new BigDecimal("1.67")).add(new BigDecimal("651.50"));
    BigDecimal cv = new BigDecimal("241333.33");
    Totals.Builder b = new Totals.Builder();
    b.origin(
        peak,
        "IN",
        3,
        cv,
        new BigDecimal("665.00").add(new BigDecimal("221.66")).add(new BigDecimal("159600.00")));
    b.origin(
        s122,
        "IN",
        3,
        cv,
        new BigDecimal("265.00").add(new BigDecimal("88.33")).add(new BigDecimal("63600.00")));
    b.fees(peak, fees).fees(s122, fees);
    Totals expected = b.build();

    BatchResult ours = Workload.engine(2, 1).run(file);
    assertThat(ours.rejected()).isZero();
    assertThat(Totals.of(ours)).isEqualTo(expected);
    try (DuckDbPeer duck = DuckDbPeer.open(Workload.scenarios(2), 1)) {
      duck.load(file);
      assertThat(duck.aggregates()).isEqualTo(expected);
      assertThat(duck.entryFees())
          .isEqualTo(Map.of("E1", new BigDecimal("34.38"), "E2", new BigDecimal("651.50")));
    }
    ReferencePeer reference = new ReferencePeer(Workload.scenarios(2));
    assertThat(reference.run(ReferencePeer.read(file))).isEqualTo(expected);
  }
}
