package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.testing.SharedReference;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled HTS 2025 basic edition (data/us/hts-2025-mfn.csv.gz). */
class HtsMfnScheduleTest {

  private static final HtsMfnSchedule BUNDLED = HtsMfnSchedule.bundled();

  private static HtsLine line(String code) {
    return BUNDLED.line(ProductCode.parse(code)).orElseThrow();
  }

  @Test
  void everyCodeCanBeLookedUpWithTheRateAsPrinted() {
    // FACTS.md s.2 examples (V): 6109.10.00 16.5%, 3926.90.99 5.3%, 0802.12.00 24¢/kg, 9403.60.80
    // Free; a 10-digit line inherits from its 8-digit parent.
    assertThat(line("6109.10.00").generalText()).isEqualTo("16.5%");
    assertThat(line("6109.10.00.12").generalText()).isEqualTo("16.5%");
    assertThat(line("6109.10.00.12").inherited()).isTrue();
    assertThat(line("3926.90.99").generalText()).isEqualTo("5.3%");
    assertThat(line("0802.12.00").generalText()).isEqualTo("24¢/kg");
    assertThat(line("9403.60.80").generalText()).isEqualTo("Free");
    assertThat(line("6109.10.00.12").unitsOfQuantity()).containsExactly("doz.", "kg");
    assertThat(BUNDLED.line(ProductCode.parse("6109.10.00.99"))).isEmpty();
  }

  @Test
  void aHeadingReadAloneHasExactlyTheLinesOfThatHeadingInTheWholeTable() {
    // every heading of the table (each read from its chapter's gzip member through the chapter
    // index), among them those whose descriptions span lines inside quotes (0306, 2836, 2846, 2926,
    // 3204), and a chapter
    List<String> prefixes =
        new java.util.ArrayList<>(
            BUNDLED.table().lines().stream()
                .map(l -> l.code().digits().substring(0, 4))
                .distinct()
                .toList());
    assertThat(prefixes).hasSizeGreaterThan(1_000).contains("0306", "2836", "2846", "2926", "3204");
    prefixes.add("61");
    for (String prefix : prefixes) {
      List<HtsLine> alone =
          HtsMfnSchedule.bundledHeading(ProductCode.ofDigits(prefix)).table().lines();
      List<HtsLine> inTable =
          BUNDLED.table().lines().stream()
              .filter(l -> l.code().digits().startsWith(prefix))
              .toList();
      assertThat(inTable).as(prefix).isNotEmpty();
      assertThat(alone).as(prefix).isEqualTo(inTable);
    }
    // a full code selects its heading: 6109.10.00.12 reads 6109 and its lines, nothing of 6110
    List<HtsLine> tShirts =
        HtsMfnSchedule.bundledHeading(ProductCode.parse("6109.10.00.12")).table().lines();
    assertThat(tShirts.get(0).code()).isEqualTo(ProductCode.parse("6109"));
    assertThat(tShirts).contains(line("6109.10.00.12"), line("6109.90.10"));
    assertThat(tShirts).allMatch(l -> l.code().digits().startsWith("6109"));
  }

  @Test
  void baseDutiesAreOneMeasurePerLineWithItsOwnParsedRate() {
    List<Measure> all = BUNDLED.baseDuties(code -> true);
    long ownParsed =
        BUNDLED.table().lines().stream()
            .filter(l -> l.hasOwnRate() && l.general().isPresent())
            .count();
    assertThat(all).hasSize((int) ownParsed);
    assertThat(all).allMatch(m -> m.kind() == MeasureKind.BASE_DUTY);
    Measure tshirt =
        all.stream().filter(m -> m.id().equals("us-hts-mfn-6109.10.00")).findFirst().orElseThrow();
    assertThat(tshirt.rate().toString()).isEqualTo("16.5%");
    // A reference rate ("The duty provided in the applicable subheading") keeps its measure, with
    // a rate that is not computable: an assessment then names it instead of charging zero.
    Set<String> referenceIds =
        BUNDLED.table().lines().stream()
            .filter(l -> l.status() instanceof RateStatus.Reference && l.hasOwnRate())
            .map(l -> "us-hts-mfn-" + l.code())
            .collect(Collectors.toSet());
    assertThat(referenceIds).isNotEmpty();
    assertThat(all)
        .filteredOn(m -> referenceIds.contains(m.id()))
        .hasSize(referenceIds.size())
        .allMatch(m -> !m.rate().isComputable());
    // The keep filter leaves curated codes to the curated schedule: 6109 has five lines with a
    // rate of their own (6109.10.00, 6109.90.10, 6109.90.15, 6109.90.40, 6109.90.80).
    assertThat(BUNDLED.baseDuties(code -> !code.toString().startsWith("6109")))
        .hasSize(all.size() - 5);
  }

  @Test
  void bundledCopyHasEveryNumberedLineOfTheReferenceFileWithTheSameRateAndStatus() {
    HtsTable reference =
        HtsReader.read(SharedReference.require("us-hts/hts_2025_basic_edition.csv"));
    assertThat(BUNDLED.table().lines()).hasSameSizeAs(reference.lines());
    for (int i = 0; i < reference.lines().size(); i++) {
      HtsLine r = reference.lines().get(i);
      HtsLine b = BUNDLED.table().lines().get(i);
      assertThat(b.code()).isEqualTo(r.code());
      assertThat(b.generalText()).as(r.code().toString()).isEqualTo(r.generalText());
      assertThat(b.status().label()).as(r.code().toString()).isEqualTo(r.status().label());
      assertThat(b.description()).isEqualTo(r.description());
      assertThat(b.unitsOfQuantity()).isEqualTo(r.unitsOfQuantity());
    }
  }
}
