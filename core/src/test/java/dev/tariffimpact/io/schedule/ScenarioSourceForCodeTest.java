package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.io.hts.HtsLine;
import dev.tariffimpact.io.hts.HtsMfnSchedule;
import dev.tariffimpact.io.json.AssessmentJson;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A quote reads the bundled source narrowed to its code ({@link ScenarioSource#forCode}): one HTS
 * heading instead of the whole table. Every assessment of that code, every error, and the rated
 * codes an error lists must be those of the full source, for every bundled scenario and for the
 * dated US and IN schedules, over a spread of codes across the whole HTS.
 */
class ScenarioSourceForCodeTest {

  private static final ScenarioSource FULL = ScenarioSource.bundled();

  /** Every 500th HTS line (about 60 codes over every chapter) and codes chosen by hand. */
  private static List<ProductCode> codes() {
    Set<ProductCode> codes = new LinkedHashSet<>();
    List<HtsLine> lines = HtsMfnSchedule.bundled().table().lines();
    for (int i = 0; i < lines.size(); i += 500) {
      codes.add(lines.get(i).code());
    }
    Stream.of(
            "6109.10.00", // the README's T-shirts, a curated line
            "6109.10.00.12", // a statistical line inheriting 16.5%
            "6403.59", // a subheading without a rate of its own: the error lists lines under it
            "61", // a chapter
            "0306.16.00", // heading 0306 has a description spanning two lines in the file
            "2836.99.50",
            "8703.23.01", // cars: Section 232 layers
            "9999.99.99") // no such line
        .map(ProductCode::parse)
        .forEach(codes::add);
    return List.copyOf(codes);
  }

  @Test
  void everyScenarioAndDatedScheduleAssessesEachCodeAsTheFullSourceDoes() {
    List<Function<ScenarioSource, Scenario>> scenarios = new ArrayList<>();
    for (String name : FULL.scenarioNames()) {
      scenarios.add(source -> source.scenario(name));
    }
    scenarios.add(source -> source.asOf("US", LocalDate.parse("2026-03-01")));
    scenarios.add(source -> source.asOf("IN", LocalDate.parse("2025-10-01")));
    int compared = 0;
    List<ProductCode> codes = codes();
    for (int i = 0; i < codes.size(); i++) {
      ProductCode code = codes.get(i);
      ScenarioSource view = FULL.forCode(code); // one view per code, as a quote makes
      for (Function<ScenarioSource, Scenario> pick : scenarios) {
        Scenario full = pick.apply(FULL);
        if (full.schedule().importer().equals("IN") && i % 8 != 0) {
          continue; // India's files are not narrowed; a few codes show it (2.8 MB read per view)
        }
        Scenario narrow = pick.apply(view);
        assertThat(narrow.name()).isEqualTo(full.name());
        assertThat(narrow.coverageEnd()).isEqualTo(full.coverageEnd());
        assertThat(outcome(view, narrow, code))
            .as("%s under %s", code, full.name())
            .isEqualTo(outcome(FULL, full, code));
        assertThat(ratedUnder(narrow, code))
            .as("%s under %s", code, full.name())
            .isEqualTo(ratedUnder(full, code));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(6 * 60);
  }

  @Test
  void everyIndiaLineAndItsParentsAreAssessedAndExplainedAsTheFullSourceDoes() {
    // India's files are narrowed to the measures a quote of the code meets (MeasureSelection):
    // every code a bundled India measure names, every 4th one's heading and chapter, and codes of
    // no India line; every India scenario and dated schedule; no claim, then each claim a measure
    // covering the code offers; and the lookup explanation (lookup --all).
    List<Function<ScenarioSource, Scenario>> scenarios = new ArrayList<>();
    for (String name : FULL.scenarioNames()) {
      if (FULL.scenario(name).schedule().importer().equals("IN")) {
        scenarios.add(source -> source.scenario(name));
      }
    }
    for (String day : List.of("2025-05-29", "2025-10-01", "2026-03-01")) {
      scenarios.add(source -> source.asOf("IN", LocalDate.parse(day)));
    }
    Set<ProductCode> codes = new LinkedHashSet<>();
    List<ProductCode> named = new ArrayList<>();
    for (Measure m : FULL.scenario("in-us-mfn-2025").schedule().measures()) {
      for (CodeRange r : m.scope().includes()) {
        if (!named.contains(r.first())) {
          named.add(r.first());
        }
      }
    }
    for (int i = 0; i < named.size(); i++) {
      codes.add(named.get(i));
      if (i % 4 == 0) {
        codes.add(named.get(i).truncate(Math.min(4, named.get(i).length())));
        codes.add(named.get(i).truncate(2));
      }
    }
    Stream.of("9999.99", "8471.30.00", "0802", "01").map(ProductCode::parse).forEach(codes::add);
    int compared = 0;
    for (ProductCode code : codes) {
      ScenarioSource view = FULL.forCode(code);
      for (Function<ScenarioSource, Scenario> pick : scenarios) {
        Scenario full = pick.apply(FULL);
        Scenario narrow = pick.apply(view);
        assertThat(narrow.name()).isEqualTo(full.name());
        List<String> claims = new ArrayList<>(List.of(""));
        for (var c : full.compile().explain(code, "US").considered()) {
          if (c.measure().isConditional() && !claims.contains(c.measure().claim())) {
            claims.add(c.measure().claim());
          }
        }
        for (String claim : claims.subList(0, Math.min(4, claims.size()))) {
          String[] declared = claim.isEmpty() ? new String[0] : new String[] {claim};
          assertThat(outcome(view, narrow, code, declared))
              .as("%s under %s claiming %s", code, full.name(), claim)
              .isEqualTo(outcome(FULL, full, code, declared));
          compared++;
        }
        assertThat(explained(narrow, code))
            .as("%s under %s", code, full.name())
            .isEqualTo(explained(full, code));
        assertThat(ratedUnder(narrow, code)).isEqualTo(ratedUnder(full, code));
        assertThat(narrow.schedule().measures().size())
            .as("%s under %s is narrowed", code, full.name())
            .isLessThan(full.schedule().measures().size());
      }
    }
    assertThat(compared).isGreaterThan(1_000);
  }

  /** What lookup --all lists: each measure considered, its verdict and what decided it. */
  private static List<String> explained(Scenario scenario, ProductCode code) {
    return scenario.compile().explain(code, "US").considered().stream()
        .map(c -> c.measure().id() + " " + c.verdict() + " " + c.by() + " " + c.matchLength())
        .toList();
  }

  @Test
  void theViewHoldsOnlyTheHtsLinesOfTheCodeAndEveryCuratedMeasure() {
    ProductCode tShirts = ProductCode.parse("6109.10.00.12");
    Scenario full = FULL.asOf("US", LocalDate.parse("2025-09-15"));
    Scenario view = FULL.forCode(tShirts).asOf("US", LocalDate.parse("2025-09-15"));
    List<String> htsIds =
        view.schedule().measures().stream()
            .map(Measure::id)
            .filter(id -> id.startsWith("us-hts-mfn-"))
            .toList();
    // 6109.10.00 is curated (us-mfn-6109.10.00); of heading 6109 the HTS adds 6109.90.xx only,
    // none of which is at or above 6109.10.00.12 or below it
    assertThat(htsIds).isEmpty();
    assertThat(view.schedule().measures())
        .containsAll(
            full.schedule().measures().stream()
                .filter(m -> !m.id().startsWith("us-hts-mfn-"))
                .toList());
    Scenario heading = FULL.forCode(ProductCode.parse("6109")).asOf("US", full.asOf());
    assertThat(heading.schedule().measures().stream().map(Measure::id))
        .contains("us-hts-mfn-6109.90.10", "us-hts-mfn-6109.90.80")
        .noneMatch(id -> id.startsWith("us-hts-mfn-6110"));
    assertThat(heading.schedule().measures().size()).isLessThan(full.schedule().measures().size());
  }

  @Test
  void aSourceOfTheUsersFilesIsItsOwnView() throws Exception {
    ScenarioSource files =
        ScenarioSource.fromFiles(
            List.of(
                java.nio.file.Path.of(
                    ScenarioSourceForCodeTest.class
                        .getResource("/sources/gb-eu-scenarios.json")
                        .toURI())));
    assertThat(files.forCode(ProductCode.parse("6109.10.00"))).isSameAs(files);
  }

  /** The assessment as JSON, or the error's class and message. */
  private static String outcome(
      ScenarioSource source, Scenario scenario, ProductCode code, String... claims) {
    String importer = scenario.schedule().importer();
    CustomsRegime regime = source.regime(importer, null);
    try {
      ShipmentLine.Builder b =
          ShipmentLine.builder(code.toString(), importer.equals("US") ? "IN" : "US")
              .value("1000.00", regime.currency().getCurrencyCode())
              .quantity(Quantity.of("12", Unit.EACH))
              .quantity(Quantity.of("25", Unit.KG))
              .transportMode(TransportMode.OCEAN)
              .entryDate(scenario.asOf());
      for (String claim : claims) {
        b.claim(claim);
      }
      ShipmentLine line = b.build();
      return AssessmentJson.single(
          Assessor.of(regime, source.exchangeRates()).assess(Entry.of(importer, line), scenario));
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The base duties strictly below the code, as the quote's error message lists them. */
  private static List<String> ratedUnder(Scenario scenario, ProductCode code) {
    List<String> ids = new ArrayList<>();
    Stream.concat(scenario.schedule().measures().stream(), scenario.overlays().stream())
        .filter(m -> m.kind() == MeasureKind.BASE_DUTY)
        .forEach(
            m -> {
              List<CodeRange> in = m.scope().includes();
              if (in.size() == 1
                  && in.get(0).first().length() > code.length()
                  && in.get(0).first().isWithin(code)
                  && in.get(0).last().isWithin(code)) {
                ids.add(m.id());
              }
            });
    return ids;
  }
}
