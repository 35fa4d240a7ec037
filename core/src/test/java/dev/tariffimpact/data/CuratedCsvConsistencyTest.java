package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.ComponentRate;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateParser;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.OriginScope;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated CSV files and the bundled JSON schedules say the same: the MFN text of every
 * us-lines.csv row, the dates, rates, headings, origins and confidence of every us-layers.csv row,
 * and every rate of in-lines.csv and in-framework-assumed.csv. Rates are compared both as the text
 * written in the JSON file and as parsed rates.
 */
class CuratedCsvConsistencyTest {

  private static final Path DATA_FOLDER = Path.of("..", "data");
  private static final BundledDataset DATA = BundledDataset.load();

  private static List<Map<String, String>> csv(String file) {
    return BundledDataGenerator.readCsv(DATA_FOLDER.resolve(file));
  }

  /** Measure id to its JSON object, as written in the bundled file. */
  private static Map<String, JsonNode> rawMeasures(String file) throws IOException {
    Map<String, JsonNode> byId = new HashMap<>();
    try (InputStream in =
        file.endsWith(".gz")
            ? new java.util.zip.GZIPInputStream(BundledData.open(file))
            : BundledData.open(file)) {
      for (JsonNode m : JsonMapper.builder().build().readTree(in).get("measures")) {
        byId.put(m.get("id").asString(), m);
      }
    }
    return byId;
  }

  @Test
  void everyUsLineIsOneBaseDutyWithTheCuratedMfnTextExactly() throws IOException {
    TariffSchedule us = DATA.schedule("us-india.json");
    Map<String, JsonNode> raw = rawMeasures("us-india.json");
    List<Map<String, String>> rows = csv("us-lines.csv");
    for (Map<String, String> row : rows) {
      String id = "us-mfn-" + row.get("code");
      assertThat(raw.get(id)).as(id).isNotNull();
      assertThat(raw.get(id).get("rate").asString()).as(id).isEqualTo(row.get("mfn_general"));
      Measure m = us.measure(id).orElseThrow();
      assertThat(m.kind()).isEqualTo(MeasureKind.BASE_DUTY);
      assertThat(m.rate()).as(id).isEqualTo(RateParser.parse(row.get("mfn_general")));
      assertThat(m.scope().contains(ProductCode.parse(row.get("code")))).isTrue();
      assertThat(m.provenance().confidence().name()).isEqualTo(row.get("confidence"));
    }
    assertThat(us.measures())
        .filteredOn(m -> m.kind() == MeasureKind.BASE_DUTY && m.id().startsWith("us-mfn-"))
        .hasSize(rows.size());
    // the full HTS 2025 bundle completes the curated lines, never overlapping them
    assertThat(us.measures())
        .filteredOn(m -> m.id().startsWith("us-hts-mfn-"))
        .hasSizeGreaterThan(10_000)
        .allSatisfy(
            m -> {
              String code = ProductCode.parse(m.id().substring("us-hts-mfn-".length())).digits();
              assertThat(rows)
                  .noneMatch(r -> code.startsWith(ProductCode.parse(r.get("code")).digits()));
            });
  }

  @Test
  void everyUsLayerHasTheCuratedDatesRateHeadingFamilyAndConfidence() throws IOException {
    List<Map<String, String>> rows = csv("us-layers.csv");
    assertThat(rows).hasSizeGreaterThan(40);
    for (Map<String, String> row : rows) {
      String id = row.get("id");
      List<Measure> ms = layers(id);
      assertThat(ms).as(id).isNotEmpty();
      LocalDate from = LocalDate.parse(row.get("from"));
      for (Measure m : ms) {
        assertThat(m.kind())
            .isEqualTo(
                row.get("kind").equals("exemption")
                    ? MeasureKind.EXEMPTION
                    : MeasureKind.ADDITIONAL_DUTY);
        // a dated list may start a window later, never earlier, and end it earlier, never later
        assertThat(m.validity().fromInclusive()).as(id).isAfterOrEqualTo(from);
        if (!row.get("to").isBlank()) {
          assertThat(m.validity().toInclusive()).as(id).isBeforeOrEqualTo(row.get("to"));
        }
        Rate rate = m.rate();
        if (rate instanceof ComponentRate c) {
          assertThat(row.get("base")).as(id).startsWith("content:");
          rate = c.rate();
        }
        String cap = " total-at-most:";
        if (row.get("rate").contains(cap)) {
          String text = row.get("rate");
          assertThat(rate).as(id).isEqualTo(RateParser.parse(text.substring(0, text.indexOf(cap))));
          assertThat(m.total().atMost())
              .as(id)
              .isEqualByComparingTo(
                  text.substring(text.indexOf(cap) + cap.length()).replace("%", "").strip());
        } else if (!row.get("rate").startsWith("total-at-least:")) {
          assertThat(rate).as(id).isEqualTo(RateParser.parse(row.get("rate")));
        } else {
          assertThat(m.total()).as(id).isNotNull();
        }
        assertThat(m.chapter99Heading() == null ? "" : m.chapter99Heading().toString())
            .as(id)
            .isEqualTo(row.get("hts_heading"));
        if (!row.get("origins").equals("list")) {
          assertThat(m.origins()).isEqualTo(OriginScope.parse(row.get("origins")));
        }
        assertThat(m.family()).isEqualTo(row.get("family"));
        assertThat(m.provenance().source()).startsWith(row.get("source"));
        assertThat(m.title()).isEqualTo(row.get("title"));
        if (row.get("confidence").equals("U")) {
          assertThat(m.provenance().confidence()).isEqualTo(Confidence.U);
        }
      }
    }
    assertThat(layer("us-ieepa-india-25").replaces()).containsExactly("us-ieepa-baseline-10");
    assertThat(layer("us-framework-18").replaces())
        .containsExactlyInAnyOrder("us-ieepa-india-25", "us-ieepa-baseline-10");
    assertThat(layer("us-s301-india-proposed").replaces()).containsExactly("us-s301-india-10");
    // one family rule, not per-measure lists
    for (String id : List.of("us-ieepa-baseline-10", "us-s122-10", "us-s301-india-10")) {
      assertThat(layer(id).excludedBy()).containsExactly("family:section-232");
    }
    // note 33(g): auto parts are not subject to the metals annex duties; the IEEPA, Section 122
    // and Section 301 layers are left to the family rule, never listed per measure
    assertThat(layer("us-s232-auto-parts-25").excludes())
        .contains("us-s232-annex-1a-50", "us-s232-annex-1b-25", "us-s232-annex-3-15")
        .noneMatch(ref -> ref.startsWith("us-ieepa") || ref.startsWith("us-s122"));
  }

  /** The measures generated from one us-layers.csv row: its id, or its id plus a window date. */
  private static List<Measure> layers(String id) {
    List<Measure> out = new java.util.ArrayList<>();
    for (String file : DATA.scheduleFiles()) {
      for (Measure m : DATA.schedule(file).measures()) {
        if (m.id().equals(id)
            || m.id().matches(java.util.regex.Pattern.quote(id) + "-\\d{4}-\\d{2}-\\d{2}")) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static Measure layer(String id) {
    for (String file : DATA.scheduleFiles()) {
      Optional<Measure> m = DATA.schedule(file).measure(id);
      if (m.isPresent()) {
        return m.get();
      }
    }
    throw new AssertionError("no bundled measure " + id);
  }

  @Test
  void everyIndiaLineHasItsTariffBcdSwsAndIgstLayersAndNoAverageRate() throws IOException {
    TariffSchedule in = DATA.schedule("india-us.json.gz");
    Map<String, JsonNode> raw = rawMeasures("india-us.json.gz");
    for (Map<String, String> row : csv("in-lines.csv")) {
      String item = row.get("code").replace(".", "");
      String bcd = raw.get("in-bcd-" + item).get("rate").asString();
      if (row.get("note").contains("simple average")) {
        // the WTO averages (13.5%, 39%) are not law: the line says its rate was not found
        assertThat(bcd).as("BCD of %s", item).startsWith("REF(\"standard BCD");
      } else {
        assertThat(bcd).as("BCD of %s", item).isEqualTo(row.get("bcd"));
      }
      assertThat(in.measure("in-sws-" + item)).as("SWS layer of %s", item).isPresent();
      assertThat(in.measure("in-aidc-nil-" + item)).as("AIDC residual of %s", item).isPresent();
      assertThat(in.measure("in-igst-1-2017-" + item).isPresent())
          .as("IGST layer of %s (none on alcohol)", item)
          .isEqualTo(!Boolean.parseBoolean(row.get("alcohol")));
    }
  }

  @Test
  void everyIllustrativeFrameworkLineHasTheAssumedRatesAllU() throws IOException {
    TariffSchedule fw = DATA.schedule("india-us-framework-illustrative.json");
    Map<String, JsonNode> raw = rawMeasures("india-us-framework-illustrative.json");
    Map<String, Map<String, String>> before = new HashMap<>();
    csv("in-lines.csv").forEach(r -> before.put(r.get("code"), r));
    for (Map<String, String> row : csv("in-framework-assumed.csv")) {
      String code = row.get("code");
      assertThat(raw.get("in-fw-bcd-" + code).get("rate").asString()).isEqualTo(row.get("bcd"));
      assertThat(raw.get("in-fw-aidc-" + code).get("rate").asString()).isEqualTo(row.get("aidc"));
      // Unchanged columns need no overlay measure: the schedule's SWS and IGST stay.
      assertThat(row.get("sws_applies")).isEqualTo(before.get(code).get("sws_applies"));
      assertThat(row.get("igst")).isEqualTo(before.get(code).get("igst"));
    }
    assertThat(fw.measures())
        .allSatisfy(
            m -> {
              assertThat(m.provenance().confidence()).isEqualTo(Confidence.U);
              assertThat(m.origins()).isEqualTo(OriginScope.parse("US"));
            });
  }
}
