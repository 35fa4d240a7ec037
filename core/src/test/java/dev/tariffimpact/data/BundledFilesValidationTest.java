package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue acceptance: every bundled file loads and is valid; no dangling category; no two measures of
 * one kind apply together without a stacking rule (unless FACTS.md says they stack); every measure
 * has a source and a confidence; every scenario resolves; every applicable U measure is listed as
 * an assumption.
 */
class BundledFilesValidationTest {

  private static final Path DATA_FOLDER = Path.of("..", "data");
  private static final BundledDataset DATA = BundledDataset.load();

  /**
   * Pairs of one kind that apply together by design, each from FACTS.md s.2 or us-layers.csv: the
   * Russian-oil duty stacks on the India country rate; Section 122 and the reported Section 301
   * both apply on 2026-07-24 (the dates FACTS.md gives); Section 301 (either version, assumed) adds
   * to Section 232.
   */
  private static final Set<Set<String>> STACK_BY_DESIGN =
      Set.of(
          Set.of("us-ieepa-india-25", "us-ieepa-russian-oil-25"),
          // goods in transit at the India rate's start keep the baseline until entries of
          // 2025-10-04; from 2025-09-17 they pay the Russian-oil duty on top of it
          Set.of("us-ieepa-baseline-10", "us-ieepa-russian-oil-25"));

  @Test
  void everyIndexedFileLoads() throws IOException {
    assertThat(BundledData.fileNames())
        .contains(
            "scenarios.json",
            "us-india.json",
            "us-india-framework-18.json",
            "india-us.json.gz",
            "india-us-framework-illustrative.json");
    JsonMapper json = JsonMapper.builder().build();
    for (String name : BundledData.fileNames()) {
      try (InputStream in = BundledData.open(name)) {
        byte[] bytes = in.readAllBytes();
        assertThat(bytes).as(name).isNotEmpty();
        if (name.endsWith(".json")) {
          json.readTree(bytes);
        } else if (name.endsWith(".json.gz")) {
          json.readTree(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)));
        }
      }
      if (name.matches(".*\\.json(\\.gz)?") && !name.equals("scenarios.json")) {
        assertThat(DATA.scheduleFiles()).as("a scenario uses %s", name).contains(name);
      }
    }
    assertThat(DATA.scheduleFiles())
        .allSatisfy(f -> assertThat(BundledData.fileNames()).contains(f));
  }

  @Test
  void everyScenarioResolvesAndStatesWhatItIsInOneSentence() {
    assertThat(DATA.scenarioNames())
        .containsExactly(
            "us-in-2025-08-peak",
            "us-in-2026-framework-18",
            "us-in-2026-s122",
            "us-in-2026-current",
            "us-in-2026-s301-proposed",
            "in-us-mfn-2025",
            "in-us-2026-03-01",
            "in-us-2026-current",
            "in-us-framework-illustrative");
    // load() no longer compiles every scenario (a quote builds only its own): this is the check.
    for (Scenario s : DATA.scenarios()) {
      assertThat(s.compile().asOf()).isEqualTo(s.asOf());
      assertThat(s.description()).as(s.name()).endsWith(".").doesNotContain(". ");
      assertThat(s.note()).as(s.name()).isNotBlank();
    }
    assertThat(DATA.scenario("us-in-2026-framework-18").overlays())
        .extracting(Measure::status)
        .containsOnly(dev.tariffimpact.schedule.MeasureStatus.ANNOUNCED);
    assertThat(DATA.scenario("us-in-2026-framework-18").note()).contains("NEVER IN FORCE");
    // The alternative Section 301 row stays out of the schedule every default scenario uses.
    assertThat(DATA.schedule("us-india.json").measure("us-s301-india-proposed")).isEmpty();
  }

  @Test
  void everyMeasureHasASourceAndAConfidenceAndEveryUHasItsReasoning() {
    for (String file : DATA.scheduleFiles()) {
      for (Measure m : DATA.schedule(file).measures()) {
        assertThat(m.provenance().source()).as("%s %s source", file, m.id()).isNotBlank();
        assertThat(m.provenance().confidence()).as("%s %s", file, m.id()).isNotNull();
        if (m.provenance().confidence() == Confidence.U) {
          assertThat(m.provenance().note()).as("%s %s note", file, m.id()).contains("(U)");
        }
      }
    }
  }

  @Test
  void noDanglingCategoryAndEveryCuratedLineFallsInExactlyItsCategory() {
    check("US", "us-lines.csv");
    check("IN", "in-lines.csv");
    check("IN", "in-framework-assumed.csv");
  }

  private static void check(String side, String file) {
    for (Map<String, String> row : BundledDataGenerator.readCsv(DATA_FOLDER.resolve(file))) {
      ProductCode code = ProductCode.parse(row.get("code"));
      assertThat(DATA.categories(side).category(row.get("category")))
          .as("%s %s names category %s", file, code, row.get("category"))
          .isPresent();
      assertThat(DATA.categories(side).categoriesOf(code))
          .as("%s %s", file, code)
          .extracting(Category::name)
          .containsExactly(row.get("category"));
    }
  }

  @Test
  void everyCsvRowHasASourceAndAConfidence() {
    for (String file :
        List.of(
            "us-lines.csv",
            "us-layers.csv",
            "in-lines.csv",
            "in-framework-assumed.csv",
            "exchange-rates.csv",
            "trade-values.csv")) {
      for (Map<String, String> row : BundledDataGenerator.readCsv(DATA_FOLDER.resolve(file))) {
        assertThat(row.get("source")).as("%s source", file).isNotBlank();
        assertThat(row.get("confidence")).as("%s confidence", file).isIn("V", "R", "U");
      }
    }
    for (Map<String, String> row :
        BundledDataGenerator.readCsv(DATA_FOLDER.resolve("trade-values.csv"))) {
      CodeScope.parse(row.get("hs_chapter"));
      assertThat(new BigDecimal(row.get("value_usd"))).isPositive();
    }
  }

  /**
   * On every date where a measure starts or ends (and the day after an end), for every curated
   * code: base duties never tie in specificity without a replaces rule, and two applying measures
   * of a stacking kind have a stacking rule between them or are a documented stack.
   */
  @Test
  void noOverlappingMeasuresOfOneKindWithoutAStackingRule() {
    List<ProductCode> usCodes = codes("us-lines.csv");
    List<ProductCode> inCodes = codes("in-lines.csv");
    inCodes.add(ProductCode.parse("2208.60"));
    checkOverlaps(
        DATA.schedule("us-india.json"), boundaries(DATA.schedule("us-india.json")), usCodes, "IN");
    checkOverlaps(
        DATA.schedule("india-us.json.gz"),
        boundaries(DATA.schedule("india-us.json.gz")),
        inCodes,
        "US");
    for (Scenario s : DATA.scenarios()) {
      TariffSchedule all = s.schedule().withAll(s.overlays());
      boolean us = all.importer().equals("US");
      checkOverlaps(all, Set.of(s.asOf()), us ? usCodes : inCodes, us ? "IN" : "US");
    }
  }

  private static List<ProductCode> codes(String file) {
    List<ProductCode> codes = new ArrayList<>();
    for (Map<String, String> row : BundledDataGenerator.readCsv(DATA_FOLDER.resolve(file))) {
      codes.add(ProductCode.parse(row.get("code")));
    }
    return codes;
  }

  private static Set<LocalDate> boundaries(TariffSchedule schedule) {
    Set<LocalDate> dates = new TreeSet<>();
    for (Measure m : schedule.measures()) {
      dates.add(m.validity().fromInclusive());
      if (m.validity().isBounded()) {
        dates.add(m.validity().toInclusive());
        dates.add(m.validity().toInclusive().plusDays(1));
      }
    }
    return dates;
  }

  private static void checkOverlaps(
      TariffSchedule schedule, Set<LocalDate> dates, List<ProductCode> codes, String origin) {
    for (LocalDate date : dates) {
      CompiledSchedule compiled = CompiledSchedule.of(schedule, date);
      for (ProductCode code : codes) {
        LookupExplanation e = compiled.explain(code, origin);
        List<Consideration> live =
            e.considered().stream()
                .filter(
                    c ->
                        c.verdict() != Verdict.OUT_OF_DATES
                            && c.verdict() != Verdict.NOT_IN_SCOPE
                            && c.verdict() != Verdict.SCOPE_EXCLUDED
                            && c.verdict() != Verdict.ORIGIN_NOT_COVERED)
                .toList();
        for (int i = 0; i < live.size(); i++) {
          for (int j = i + 1; j < live.size(); j++) {
            Measure a = live.get(i).measure();
            Measure b = live.get(j).measure();
            // two conditional measures are alternatives: the importer claims one of them
            if (a.kind() != b.kind()
                || !a.kind().isCharged()
                || linked(a, b)
                || (a.isConditional() && b.isConditional())) {
              continue;
            }
            String where =
                code + " from " + origin + " on " + date + ": " + a.id() + " and " + b.id();
            if (a.kind().isExclusivePerLine()) {
              if (live.get(i).matchLength() == live.get(j).matchLength()) {
                fail("equally specific base duties without a stacking rule, " + where);
              }
            } else if (!STACK_BY_DESIGN.contains(Set.of(a.id(), b.id()))
                && !onDifferentContent(a, b)
                && !ofDifferentLevies(a, b)) {
              fail("measures of one kind apply together without a stacking rule, " + where);
            }
          }
        }
      }
    }
  }

  /**
   * Section 232 duties on the steel and on the aluminum content of one derivative article stack by
   * design: each is charged on its own metal's value.
   */
  private static boolean onDifferentContent(Measure a, Measure b) {
    return a.rate() instanceof dev.tariffimpact.rate.ComponentRate ca
        && b.rate() instanceof dev.tariffimpact.rate.ComponentRate cb
        && !ca.component().equals(cb.component());
  }

  /** Two levies of different legal families stack by law (India: AIDC and Health Cess). */
  private static boolean ofDifferentLevies(Measure a, Measure b) {
    return !a.family().isEmpty() && !b.family().isEmpty() && !a.family().equals(b.family());
  }

  private static boolean linked(Measure a, Measure b) {
    return names(a, b) || names(b, a);
  }

  private static boolean names(Measure source, Measure target) {
    for (Set<String> refs : List.of(source.excludes(), source.replaces(), target.excludedBy())) {
      for (String ref : refs) {
        if (Measure.designates(ref, target) || Measure.designates(ref, source)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every U measure that applies to a curated line in a scenario is listed among the assessment's
   * assumptions (by its id), and every assessment with an invoice in another currency lists the
   * exchange-rate assumption.
   */
  @Test
  void everyApplicableUnverifiedMeasureIsListedAsAnAssumption() {
    List<ProductCode> usCodes = codes("us-lines.csv");
    List<ProductCode> inCodes = codes("in-lines.csv");
    int checked = 0;
    for (Scenario s : DATA.scenarios()) {
      boolean us = s.schedule().importer().equals("US");
      CompiledSchedule compiled = s.compile();
      for (ProductCode code : us ? usCodes : inCodes) {
        String origin = us ? "IN" : "US";
        // contents of 3,000 each: the three together stay within the value (content split)
        ShipmentLine line =
            ShipmentLine.builder(code, origin)
                .value("10000", "USD")
                .incoterm(us ? Incoterm.FOB : Incoterm.CIF)
                .quantity(Quantity.of("100", Unit.KG))
                .quantity(Quantity.of("100", Unit.EACH))
                .quantity(Quantity.of("100", Unit.PAIR))
                .componentValue("steel content", new BigDecimal("3000"))
                .componentValue("aluminum content", new BigDecimal("3000"))
                .componentValue("copper content", new BigDecimal("3000"))
                .transportMode(TransportMode.OCEAN)
                .entryDate(s.asOf())
                .build();
        Assessment a;
        try {
          a = DATA.assess(Entry.of(s.schedule().importer(), line), s.name());
        } catch (dev.tariffimpact.customs.AssessmentException e) {
          // India: a line whose rate needs a claim or was not found says so instead of a zero
          assertThat(us).as("%s %s: %s", s.name(), code, e.getMessage()).isFalse();
          // (the placeholder's own text, e.g. "claim one of ...", not its REF(...) form)
          assertThat(e.getMessage()).contains("not computable: ").doesNotContain("REF(");
          continue;
        }
        List<String> texts = a.assumptions().stream().map(Assumption::text).toList();
        for (Measure m : compiled.applicable(code, origin)) {
          if (m.provenance().confidence() == Confidence.U) {
            checked++;
            assertThat(texts)
                .as("%s: %s in %s", s.name(), m.id(), code)
                .anyMatch(t -> t.contains(m.id()));
          }
        }
        if (!us) {
          // the CBIC table of the day (confidence R) or the flat assumed rate (U) after it
          assertThat(texts).anyMatch(t -> t.startsWith("Exchange rate USD->INR "));
        }
      }
    }
    assertThat(checked).as("U measures seen").isGreaterThan(50);
  }

  @Test
  void stackingKindsUsedByTheIndiaSchedule() {
    TariffSchedule in = DATA.schedule("india-us.json.gz");
    List<Measure> sws = in.measures().stream().filter(m -> m.id().startsWith("in-sws-0")).toList();
    assertThat(sws).isNotEmpty();
    for (Measure m : sws) {
      assertThat(m.kind()).isEqualTo(MeasureKind.SURCHARGE_ON_DUTY);
      // BCD (a claimed 45/2025 entry is a PREFERENCE in its place) and the line's AIDC layers
      // only: never the Health Cess (Finance Act 2020 s.141)
      assertThat(m.dutyBaseMeasures())
          .contains("BASE_DUTY", "PREFERENCE")
          .allMatch(
              r -> r.equals("BASE_DUTY") || r.equals("PREFERENCE") || r.startsWith("in-aidc-"));
    }
    assertThat(in.measures())
        .filteredOn(m -> m.kind() == MeasureKind.TAX)
        .allSatisfy(
            m ->
                assertThat(m.base())
                    .isEqualTo(dev.tariffimpact.schedule.DutyBase.VALUE_PLUS_DUTIES));
  }
}
