package dev.tariffimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchSink;
import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.batch.ShipmentColumns;
import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every peer gives our answers, to the cent, before anything is timed: per-scenario line count,
 * customs value, duty and entry fees, duty per scenario and origin, and MPF + HMF per entry, on a
 * generated workload of 5,000 lines (the benchmark's generator and seed) of the bundled universe
 * and of the HTS universe (bundled lines plus the official HTS MFN schedule, from {@code
 * ../shared/reference}: skipped locally without it, a failure on CI); and all of them give the
 * hand-computed amounts of a two-entry file (both universes) and of an entry of HTS lines.
 */
class PeersAgreeTest {

  @TempDir static Path dir;

  private static final Map<String, Path> FILES = new HashMap<>();

  static Universe universe(String name) {
    return switch (name) {
      case "bundled" -> Universe.bundled();
      case "hts" -> Universe.withHts(SharedReference.require(HtsSchedule.RELATIVE));
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** 5,000 generated lines of a universe, generated once. */
  static synchronized Path lines(Universe u) {
    return FILES.computeIfAbsent(
        u.name(),
        name -> {
          Path file = dir.resolve(name + "-lines.csv");
          Workload.generate(u, file, 5_000);
          return file;
        });
  }

  @Test
  void bundledUniverseKeepsMostBundledUsLinesAndIndiaWeighted() throws IOException {
    assertThat(Universe.bundled().candidates()).hasSizeGreaterThan(50);
    long india = Files.lines(lines(Universe.bundled())).filter(l -> l.contains(",US,IN,")).count();
    assertThat(india).isBetween(1_500L, 2_500L); // 40% of 5,000 lines
  }

  /**
   * Half of the lines are drawn from the HTS: counted here from the generated file, the bundled
   * codes of {@code data/us-lines.csv} and the 10-digit numbers of the HTS file, all read as plain
   * text (not through the code under test).
   */
  @Test
  void htsWorkloadDrawsHalfOfItsLinesFromTheHts() throws IOException {
    Path hts = SharedReference.require(HtsSchedule.RELATIVE);
    Set<String> htsTenDigit = new HashSet<>();
    Matcher number = Pattern.compile("^\"(\\d{4}\\.\\d{2}\\.\\d{2}\\.\\d{2})\"").matcher("");
    for (String row : Files.readAllLines(hts, StandardCharsets.UTF_8)) {
      if (number.reset(row.replace("\uFEFF", "")).find()) {
        htsTenDigit.add(number.group(1));
      }
    }
    assertThat(htsTenDigit).hasSizeGreaterThan(19_000);
    List<String> curated =
        Files.readAllLines(Path.of("../data/us-lines.csv"), StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .toList();
    assertThat(curated).hasSize(106);

    long fromHts = 0;
    long india = 0;
    Set<String> htsCodes = new HashSet<>();
    List<String> rows = Files.readAllLines(lines(universe("hts")), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",", -1);
      india += c[2].equals("IN") ? 1 : 0;
      if (curated.stream().anyMatch(c[3]::startsWith)) {
        continue;
      }
      assertThat(htsTenDigit).contains(c[3]);
      fromHts++;
      htsCodes.add(c[3]);
    }
    assertThat(rows).hasSize(5_001);
    // half of 5,000 lines: 2,500, standard deviation 35
    assertThat(fromHts).isBetween(2_300L, 2_700L);
    // about 2,300 distinct codes when drawing 2,500 times from some 17,000
    assertThat(htsCodes).hasSizeGreaterThan(2_000);
    assertThat(india).isBetween(1_500L, 2_500L);
  }

  @ParameterizedTest
  @CsvSource({"bundled, 2", "bundled, 5", "hts, 2", "hts, 5"})
  void everyPeerAgreesWithOursToTheCent(String name, int scenarios) throws Exception {
    Universe u = universe(name);
    Path csv = lines(u);
    Map<String, BigDecimal> ourEntryFees = new TreeMap<>();
    String first = Workload.US_SCENARIOS.get(0);
    BatchResult ours =
        Workload.engine(u.scenarios(scenarios), 2)
            .run(
                BatchInput.csv(csv),
                BatchSink.of(
                    (LineResult l) -> {
                      if (l.scenario().equals(first)) {
                        ourEntryFees.merge(l.entryId(), l.fees(), BigDecimal::add);
                      }
                    },
                    r -> {
                      throw new AssertionError("reject " + r);
                    }));
    assertThat(ours.rejected()).isZero();
    assertThat(ours.fallbackLines()).isZero();
    Totals expected = Totals.of(ours);
    assertThat(expected.byScenario()).hasSize(scenarios);
    assertThat(expected.byScenario().values())
        .allSatisfy(t -> assertThat(t.lines()).isEqualTo(5_000));
    assertThat(expected.byOrigin()).hasSize(20 * scenarios);
    ourEntryFees.replaceAll((k, v) -> Totals.cents(v));

    assertThat(
            Totals.of(
                Workload.engine(u.scenarios(scenarios), 1)
                    .run(BatchInput.lines(Workload.batchLines(csv)))))
        .isEqualTo(expected);
    BatchResult inKg =
        Workload.engine(u.scenarios(scenarios), 2)
            .run(BatchInput.lines(Workload.batchLines(csv, true)));
    assertThat(inKg.fallbackLines()).isZero();
    assertThat(Totals.of(inKg)).isEqualTo(expected);
    // the benchmark's input: the lines converted once into columns
    BatchResult columns =
        Workload.engine(u.scenarios(scenarios), 2)
            .run(BatchInput.columns(ShipmentColumns.of(Workload.batchLines(csv))));
    assertThat(columns.fallbackLines()).isZero();
    assertThat(Totals.of(columns)).isEqualTo(expected);

    try (DuckDbPeer duck = DuckDbPeer.open(u.scenarios(scenarios), 2)) {
      duck.load(csv);
      assertThat(duck.aggregates()).isEqualTo(expected);
      assertThat(duck.aggregates(csv)).isEqualTo(expected);
      assertThat(duck.entryFees()).isEqualTo(ourEntryFees);
    }

    ReferencePeer reference = new ReferencePeer(u.scenarios(scenarios));
    List<ReferencePeer.RefLine> refLines = ReferencePeer.read(csv);
    assertThat(reference.run(refLines)).isEqualTo(expected);
    Map<String, BigDecimal> refFees = reference.entryFees(refLines);
    refFees.replaceAll((k, v) -> Totals.cents(v));
    assertThat(refFees).isEqualTo(ourEntryFees);
  }

  /**
   * Two entries by hand. Cotton T-shirts (6109.10.00) from India under the peak scenario pay MFN
   * 16.5% + IEEPA 25% + Russian-oil 25% (three layers), under Section 122 MFN 16.5% + 10%. The
   * curated line wins over the HTS in the HTS universe, so both give the same amounts.
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
  @ParameterizedTest
  @ValueSource(strings = {"bundled", "hts"})
  void handComputedEntries(String name) throws Exception {
    Universe u = universe(name);
    Path file = dir.resolve("hand-" + name + ".csv");
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

    BatchResult ours = Workload.engine(u.scenarios(2), 1).run(BatchInput.csv(file));
    assertThat(ours.rejected()).isZero();
    assertThat(Totals.of(ours)).isEqualTo(expected);
    try (DuckDbPeer duck = DuckDbPeer.open(u.scenarios(2), 1)) {
      duck.load(file);
      assertThat(duck.aggregates()).isEqualTo(expected);
      assertThat(duck.entryFees())
          .isEqualTo(Map.of("E1", new BigDecimal("34.38"), "E2", new BigDecimal("651.50")));
    }
    ReferencePeer reference = new ReferencePeer(u.scenarios(2));
    assertThat(reference.run(ReferencePeer.read(file))).isEqualTo(expected);
  }

  /**
   * One entry of HTS lines by hand (rates from the HTS 2025 basic edition, General column), entered
   * 2025-09-15 by ocean, FOB, USD. From India the bundled layers stack on the HTS rate: peak IEEPA
   * 25% + Russian-oil 25%, Section 122 10%; from China only the MFN rate applies.
   *
   * <ul>
   *   <li>IN 6109.90.10.07 (T-shirts of man-made fibers, 32%), 2,000.00, 100 doz., 240 kg: peak
   *       640.00 + 500.00 + 500.00 = 1,640.00; s122 640.00 + 200.00 = 840.00.
   *   <li>IN 2402.20.90.00 (cigarettes, $1.50/kg + 3.2%), 1,234.56, 50 thousands, 52.345 kg: MFN
   *       78.5175 + 39.50592 = 118.02342 = 118.02; peak + 308.64 + 308.64 = 735.30; s122 + 123.456
   *       = 123.46: 241.48.
   *   <li>CN 1212.93.00.00 (sugar cane, $1.24/t), 500.00, 12.345 t (no net mass: the quantity is
   *       the mass): 15.3078 = 15.31 in both.
   *   <li>CN 2204.21.50.05 (red wine, 6.3 cents/liter), 3,000.00, 750.25 liters, 760 kg: 47.26575 =
   *       47.27 in both.
   * </ul>
   *
   * <p>Customs value 6,734.56; MPF 0.3464% = 23.33 below the FY2025 minimum: 32.71; HMF 0.125% =
   * 8.4182 = 8.42; fees 41.13.
   */
  @Test
  void handComputedHtsEntry() throws Exception {
    Universe u = universe("hts");
    Path file = dir.resolve("hand-hts-lines.csv");
    String tail = ",FOB,OCEAN,2025-09-15,2025-09-01,t\n";
    Files.writeString(
        file,
        String.join(",", Workload.COLUMNS)
            + "\n"
            + "H1,US,IN,6109.90.10.07,2000.00,USD,100,doz.,240.000,60.00,6.00"
            + tail
            + "H1,US,IN,2402.20.90.00,1234.56,USD,50,thousands,52.345,40.00,4.00"
            + tail
            + "H1,US,CN,1212.93.00.00,500.00,USD,12.345,t,,20.00,2.00"
            + tail
            + "H1,US,CN,2204.21.50.05,3000.00,USD,750.25,liters,760.000,90.00,9.00"
            + tail,
        StandardCharsets.UTF_8);
    String peak = Workload.US_SCENARIOS.get(0);
    String s122 = Workload.US_SCENARIOS.get(1);
    BigDecimal fees = new BigDecimal("32.71").add(new BigDecimal("8.42"));
    BigDecimal india = new BigDecimal("3234.56");
    BigDecimal china = new BigDecimal("3500.00");
    BigDecimal chinaDuty = new BigDecimal("15.31").add(new BigDecimal("47.27"));
    Totals.Builder b = new Totals.Builder();
    b.origin(peak, "IN", 2, india, new BigDecimal("1640.00").add(new BigDecimal("735.30")));
    b.origin(s122, "IN", 2, india, new BigDecimal("840.00").add(new BigDecimal("241.48")));
    b.origin(peak, "CN", 2, china, chinaDuty);
    b.origin(s122, "CN", 2, china, chinaDuty);
    b.fees(peak, fees).fees(s122, fees);
    Totals expected = b.build();

    BatchResult ours = Workload.engine(u.scenarios(2), 1).run(BatchInput.csv(file));
    assertThat(ours.rejected()).isZero();
    assertThat(Totals.of(ours)).isEqualTo(expected);
    assertThat(
            Totals.of(
                Workload.engine(u.scenarios(2), 1)
                    .run(BatchInput.lines(Workload.batchLines(file, true)))))
        .isEqualTo(expected);
    try (DuckDbPeer duck = DuckDbPeer.open(u.scenarios(2), 1)) {
      duck.load(file);
      assertThat(duck.aggregates()).isEqualTo(expected);
      assertThat(duck.aggregates(file)).isEqualTo(expected);
      assertThat(duck.entryFees()).isEqualTo(Map.of("H1", new BigDecimal("41.13")));
    }
    ReferencePeer reference = new ReferencePeer(u.scenarios(2));
    assertThat(reference.run(ReferencePeer.read(file))).isEqualTo(expected);
  }
}
