package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.AssessmentNote;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.ContentDefault;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.InTransit;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.TotalLimit;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The bulk engine and the single-line Assessor agree to the cent on lines whose layers depend on
 * what they declare: claims of conditional exemptions, export dates under an in-transit rule, metal
 * content of a Section 232 duty on content (the rest of the value then pays Section 122: the
 * content split), and a top-up. Such lines take the exact fallback (fail closed); the others keep
 * the fast path.
 */
class BulkDeclarationExactnessTest {

  private static final LocalDate ENTRY = LocalDate.of(2026, 2, 25);
  private static final String[] CODES = {"6109.10.00", "8807.30.00", "7326.90.86", "4016.99.60"};

  private static Measure.Builder m(String id, MeasureKind kind, String scope, String rate) {
    return Measure.builder(id)
        .kind(kind)
        .scope(scope)
        .validity(Validity.parse("2025-01-01.."))
        .rate(rate)
        .provenance("test", Confidence.V);
  }

  /**
   * Section 122 (in transit until entries of 2026-02-27), its civil-aircraft claim, 232, top-up.
   */
  private static TariffSchedule schedule() {
    return TariffSchedule.of(
        "US",
        Currency.getInstance("USD"),
        List.of(
            m("mfn-6109", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build(),
            m("mfn-8807", MeasureKind.BASE_DUTY, "8807.30.00", "Free").build(),
            m("mfn-7326", MeasureKind.BASE_DUTY, "7326.90.86", "2.9%").build(),
            m("mfn-4016", MeasureKind.BASE_DUTY, "4016.99.60", "2.5%").build(),
            m("s122", MeasureKind.ADDITIONAL_DUTY, "*", "10%")
                .validity(Validity.parse("2026-02-24..2026-07-23"))
                .excludedBy("family:section-232")
                .inTransit(InTransit.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 27)))
                .build(),
            m("s122-civil-aircraft", MeasureKind.EXEMPTION, "8807", "Free")
                .excludes("s122")
                .claim("civil-aircraft")
                .build(),
            m(
                    "s232-steel-derivatives",
                    MeasureKind.ADDITIONAL_DUTY,
                    "7326",
                    "ON(\"steel content\"; 50%)")
                .family("section-232")
                .build(),
            m("s232-annex-3", MeasureKind.ADDITIONAL_DUTY, "4016.99.60", "Free")
                .family("section-232")
                .total(TotalLimit.atLeast(new BigDecimal("15")))
                .build(),
            // modelled for India only: a line from elsewhere gets the origin-not-modelled note
            m("ieepa-in", MeasureKind.ADDITIONAL_DUTY, "*", "25%")
                .origins("IN")
                .excludedBy("family:section-232")
                .build()));
  }

  @Property(tries = 3)
  void bulkEqualsTheAssessorOnDeclaredLines(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
    Random random = new Random(seed);
    List<BatchLine> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String code = CODES[random.nextInt(CODES.length)];
      BigDecimal value = BigDecimal.valueOf(100 + random.nextInt(2_000_000), 2);
      ShipmentLine.Builder b =
          ShipmentLine.builder(code, "IN")
              .value(value, Currency.getInstance("USD"))
              .transportMode(random.nextBoolean() ? TransportMode.OCEAN : TransportMode.AIR)
              .entryDate(ENTRY)
              .exportDate(ENTRY.minusDays(random.nextInt(6)));
      if (random.nextInt(3) == 0) {
        b.claim("civil-aircraft");
      }
      if (code.startsWith("7326")) {
        b.componentValue(
            "steel content", value.multiply(BigDecimal.valueOf(random.nextInt(101), 2)));
      }
      lines.add(new BatchLine("E" + i, "US", "", b.build()));
    }
    Scenario scenario = Scenario.of("s", "Declared lines.", schedule(), ENTRY);
    BatchEngine engine =
        BatchEngine.builder()
            .regime(CustomsRegime.US)
            .scenario(BatchScenario.of("s", scenario))
            .build();
    List<LineResult> results = new ArrayList<>();
    BatchResult result = engine.run(BatchInput.lines(lines), BatchSink.lines(results::add));
    assertThat(result.rejected()).isZero();
    assertThat(result.fallbackLines()).isPositive().isLessThan(lines.size());

    CompiledSchedule compiled = scenario.compile();
    Assessor assessor = Assessor.of(CustomsRegime.US);
    int differences = 0;
    int splits = 0;
    for (int i = 0; i < lines.size(); i++) {
      ShipmentLine line = lines.get(i).line();
      Assessment a = assessor.assess(Entry.of("US", line), compiled, "s");
      // content split: Section 122 on the rest of the value (value less the steel content)
      if (line.code().toString().startsWith("7326")) {
        BigDecimal rest = line.value().subtract(line.componentValues().get("steel content"));
        if (a.component("s122", 0).isPresent()) {
          splits++;
          assertThat(a.component("s122", 0).orElseThrow().base()).isEqualByComparingTo(rest);
        }
      }
      LineResult r = results.get(i);
      BigDecimal duty = BigDecimal.ZERO;
      for (AssessmentComponent c : a.components(0)) {
        if (c.category() == AssessmentComponent.Category.DUTY) {
          duty = duty.add(c.amount());
        }
      }
      if (r.duty().compareTo(duty) != 0 || r.fees().compareTo(a.feeTotal()) != 0) {
        differences++;
      }
    }
    assertThat(differences).isZero();
    assertThat(splits).as("lines with a content split").isPositive();
  }

  /** 40% of the value is steel content for 7326 (a stand-in for the BEA shares), none otherwise. */
  private static final ContentDefault STEEL_40 =
      new ContentDefault() {
        @Override
        public Optional<BigDecimal> share(ProductCode code, String component) {
          return code.toString().startsWith("7326") && component.equals("steel content")
              ? Optional.of(new BigDecimal("0.40"))
              : Optional.empty();
        }

        @Override
        public String source() {
          return "test: 40% steel";
        }
      };

  /**
   * Entry dates: the scenario's, a day after it (what-if), and two before (one within the US de
   * minimis rule, which ends with entries of 2025-08-28).
   */
  private static final LocalDate[] ENTRY_DATES = {
    ENTRY, ENTRY.plusDays(1), LocalDate.of(2025, 8, 20), LocalDate.of(2025, 9, 15)
  };

  @Property(tries = 3)
  void bulkGivesEachLineTheNoteKindsOfTheAssessor(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
    Random random = new Random(seed);
    List<BatchLine> lines = new ArrayList<>();
    List<List<ShipmentLine>> entries = new ArrayList<>();
    for (int e = 0; e < 300; e++) {
      LocalDate entryDate = ENTRY_DATES[random.nextInt(ENTRY_DATES.length)];
      List<ShipmentLine> entry = new ArrayList<>();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        String code = CODES[random.nextInt(CODES.length)];
        // a quarter are low values: an entry of them may stay within the USD 800 de minimis
        int cents =
            random.nextInt(4) == 0 ? 100 + random.nextInt(40_000) : 100 + random.nextInt(2_000_000);
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        ShipmentLine.Builder b =
            ShipmentLine.builder(code, random.nextInt(3) == 0 ? "CN" : "IN")
                .value(value, Currency.getInstance("USD"))
                .transportMode(random.nextBoolean() ? TransportMode.POSTAL : TransportMode.OCEAN)
                .entryDate(entryDate)
                .exportDate(entryDate.minusDays(random.nextInt(6)));
        if (random.nextInt(3) == 0) {
          b.claim("civil-aircraft");
        }
        if (code.startsWith("7326") && random.nextBoolean()) {
          b.componentValue(
              "steel content", value.multiply(BigDecimal.valueOf(random.nextInt(101), 2)));
        } // else the content default estimates it
        ShipmentLine line = b.build();
        entry.add(line);
        lines.add(new BatchLine("E" + e, "US", "", line));
      }
      entries.add(entry);
    }
    Scenario scenario = Scenario.of("s", "Declared lines.", schedule(), ENTRY);
    BatchEngine engine =
        BatchEngine.builder()
            .regime(CustomsRegime.US)
            .contentDefault(STEEL_40)
            .scenario(BatchScenario.of("s", scenario))
            // the run's own check re-assesses a sample by the Assessor: notes included
            .options(BatchOptions.builder().verifySample(200).build())
            .build();
    List<LineResult> results = new ArrayList<>();
    BatchResult result = engine.run(BatchInput.lines(lines), BatchSink.lines(results::add));
    assertThat(result.rejected()).isZero();
    assertThat(result.fallbackLines()).isPositive().isLessThan(lines.size());

    CompiledSchedule compiled = scenario.compile();
    Assessor assessor = Assessor.of(CustomsRegime.US).withContentDefault(STEEL_40);
    Map<BatchNote, Integer> seen = new EnumMap<>(BatchNote.class);
    int i = 0;
    for (List<ShipmentLine> entry : entries) {
      Assessment a = assessor.assess(Entry.of("US", entry), compiled, "s");
      for (int k = 0; k < entry.size(); k++, i++) {
        Set<BatchNote> expected = EnumSet.noneOf(BatchNote.class);
        for (AssessmentNote note : a.assessmentNotes()) {
          if (note.concerns(k)) {
            expected.add(BatchNote.of(note.kind()));
          }
        }
        if (!entry.get(k).entryDate().equals(ENTRY)) {
          expected.add(BatchNote.ENTRY_DATE_DIFFERS);
        }
        assertThat(results.get(i).notes())
            .as("notes of line %d, %s", i, entry.get(k))
            .isEqualTo(expected);
        expected.forEach(n -> seen.merge(n, 1, Integer::sum));
      }
    }
    // every kind this schedule and regime can produce was exercised
    assertThat(seen.keySet())
        .containsExactlyInAnyOrder(
            BatchNote.ENTRY_DATE_DIFFERS,
            BatchNote.DE_MINIMIS,
            BatchNote.IN_TRANSIT,
            BatchNote.CLAIM_USED,
            // a civil-aircraft claim on a code no such measure covers
            BatchNote.CLAIM_NOT_USED,
            BatchNote.CLAIM_AVAILABLE,
            BatchNote.CONTENT_SPLIT,
            BatchNote.CONTENT_DEFAULT,
            BatchNote.ORIGIN_NOT_MODELLED);
    // and the totals count the same lines
    Map<BatchNote, Long> counted = result.notes().get("s");
    seen.forEach(
        (note, n) -> assertThat(counted.get(note)).as(note.code()).isEqualTo(n.longValue()));
  }
}
