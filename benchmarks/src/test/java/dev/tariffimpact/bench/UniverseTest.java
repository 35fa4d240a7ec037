package dev.tariffimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.sample.internal.SampleGenerator.Candidate;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The universes the workload draws from: the bundled one is the 98 curated lines measured before
 * (the 106 curated US lines minus the 8 of chapters 72, 73 and 76, whose Section 232 duty is on
 * metal content, which SQL cannot express); the HTS one adds the HTS MFN lines under the curated
 * ones, stacks the bundled layers on them, and splits the draws half and half.
 */
class UniverseTest {

  static Universe hts() {
    return Universe.withHts(SharedReference.require(HtsSchedule.RELATIVE));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kg | KG",
        "No. | EACH",
        "pcs | EACH",
        "No. and kg | EACH",
        "Dz Pcs | DOZEN",
        "doz. | DOZEN",
        "doz. prs. | DOZEN_PAIRS",
        "prs. | PAIR",
        "m² | M2",
        "liters | LITRE",
        "pf.liters | PROOF_LITRE",
        "t | T",
        "thousands | THOUSAND",
        "m3 | M3",
        "Cu kg | ",
        "t adw | ",
        "GBq | ",
        "cy kg | "
      })
  void htsUnitsAreReadAsTheBundledUniverseReadsThem(String text, String expected) {
    Optional<Unit> unit = Universe.htsUnit(text);
    if (expected == null) {
      assertThat(unit).isEmpty();
    } else {
      assertThat(unit).contains(Unit.valueOf(expected));
    }
  }

  @Test
  void consistentUnitsLeaveOutVolumesAndAreasTheGeneratorCannotWeigh() {
    assertThat(Universe.CONSISTENT_UNITS)
        .containsKeys(Unit.KG, Unit.EACH, Unit.DOZEN, Unit.PAIR, Unit.M2, Unit.LITRE)
        .doesNotContainKeys(Unit.M3, Unit.BARREL, Unit.CM2, Unit.KM, Unit.THOUSAND_M3);
    // every spelling written to the CSV reads back as its unit
    Universe.CONSISTENT_UNITS.forEach((u, text) -> assertThat(Unit.parse(text)).isEqualTo(u));
  }

  @Test
  void bundledUniverseIsTheCuratedLinesWithoutMetalContentDuties() throws IOException {
    List<String> curated =
        Files.readAllLines(Path.of("../data/us-lines.csv"), StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .toList();
    // Section 232 scopes of data/us-layers.csv: 7206-7229, 73, 7601, 7604-7616
    List<String> expected =
        curated.stream()
            .filter(
                c ->
                    !(c.compareTo("7206") >= 0 && c.compareTo("7230") < 0)
                        && !c.startsWith("73")
                        && !c.startsWith("7601")
                        && !(c.compareTo("7604") >= 0 && c.compareTo("7617") < 0))
            .toList();
    assertThat(expected).hasSize(98);
    Universe u = Universe.bundled();
    assertThat(u.candidates()).extracting(Candidate::code).containsExactlyElementsOf(expected);
    assertThat(u.candidates()).allSatisfy(c -> assertThat(c.weight()).isEqualTo(1.0));
    assertThat(u.htsCandidates()).isZero();
    assertThat(u.skipped()).isEmpty();
    assertThat(u.name()).isEqualTo("bundled");
  }

  @Test
  void scenariosOfAnotherUniverseAreRefused() {
    Universe u = Universe.bundled();
    assertThat(u.rates(u.scenarios(2))).isNotEmpty();
    // the same schedule in another instance: not this universe's scenario object
    List<Scenario> foreign =
        List.of(Workload.data().scenario(Workload.US_SCENARIOS.get(0)).withNote("other"));
    assertThatThrownBy(() -> u.rates(foreign)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void htsUniverseSplitsTheDrawsHalfAndHalf() {
    Universe u = hts();
    assertThat(u.name()).isEqualTo("hts");
    assertThat(u.bundledCandidates()).isEqualTo(Universe.bundled().candidates().size());
    assertThat(u.htsCandidates()).isGreaterThan(15_000);
    double bundledWeight = 0;
    double htsWeight = 0;
    for (int i = 0; i < u.candidates().size(); i++) {
      double w = u.candidates().get(i).weight();
      if (i < u.bundledCandidates()) {
        bundledWeight += w;
      } else {
        htsWeight += w;
      }
    }
    assertThat(bundledWeight).isEqualTo(htsWeight);
    // every 10-digit line is either a candidate or skipped for one reason
    int skipped = u.skipped().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(u.htsCandidates() + skipped).isEqualTo(u.htsLines());
    assertThat(u.htsLines()).isEqualTo(19_731);
    assertThat(u.skipped().get(Universe.LAYER)).isPositive();
    assertThat(u.skippedUnits()).containsKeys("m3", "Cu kg");
  }

  @Test
  void htsLinesGetTheBundledLayersAndCuratedLinesWin() {
    Universe u = hts();
    for (Scenario s : u.scenarios(5)) {
      Set<String> baseScopes = new HashSet<>();
      for (Measure m : s.schedule().withAll(s.overlays()).measures()) {
        if (m.kind() == MeasureKind.BASE_DUTY) {
          assertThat(baseScopes.add(m.scope().toString())).as(m.id()).isTrue();
        }
      }
    }
    CompiledSchedule peak = u.scenarios(1).get(0).compile();
    assertThat(peak.applicable(ProductCode.parse("6109.90.10.07"), "IN"))
        .extracting(Measure::id)
        .containsExactly("hts-mfn-6109.90.10", "us-ieepa-india-25", "us-ieepa-russian-oil-25");
    assertThat(peak.applicable(ProductCode.parse("6109.90.10.07"), "CN"))
        .extracting(Measure::id)
        .containsExactly("hts-mfn-6109.90.10");
    // a curated 8-digit line keeps its own MFN measure for the 10-digit lines below it
    assertThat(peak.applicable(ProductCode.parse("6109.10.00.12"), "CN"))
        .extracting(Measure::id)
        .noneMatch(id -> id.startsWith("hts-"));
    Set<String> candidates = new HashSet<>();
    u.candidates().forEach(c -> candidates.add(c.code()));
    assertThat(candidates).contains("6109.90.10.07", "2402.20.90.00", "1212.93.00.00");
    // steel bolts (kg, Free): Section 232 on steel content from India, not expressible in SQL;
    // 6109.10.00.12 is under the curated 6109.10.00
    assertThat(candidates).doesNotContain("7318.15.20.10", "6109.10.00.12");
  }

  /** The rates computed once per origin class equal a lookup per origin. */
  @Test
  void ratesEqualAFlatteningPerOrigin() {
    Universe u = hts();
    List<CompiledSchedule> compiled = u.scenarios(5).stream().map(Scenario::compile).toList();
    Map<String, List<List<FlatRates.Layer>>> rates = u.rates(u.scenarios(5));
    assertThat(rates).hasSize(u.candidates().size() * Workload.ORIGINS.size());
    for (int i = 0; i < u.candidates().size(); i += 97) {
      Candidate c = u.candidates().get(i);
      for (String origin : Workload.ORIGINS) {
        for (int s = 0; s < compiled.size(); s++) {
          assertThat(rates.get(c.code() + "|" + origin).get(s))
              .isEqualTo(
                  FlatRates.flatten(
                          compiled.get(s),
                          ProductCode.parse(c.code()),
                          origin,
                          Unit.parse(c.unit()))
                      .orElseThrow());
        }
      }
    }
  }
}
