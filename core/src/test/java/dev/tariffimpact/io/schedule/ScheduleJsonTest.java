package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleJsonTest {

  private static final Path DIR = Path.of("src/test/resources/schedule");

  private static final String VALID =
      "{\"id\": \"m\", \"kind\": \"ADDITIONAL_DUTY\", \"scope\": \"*\", \"origins\": \"IN\","
          + " \"validFrom\": \"2025-01-01\", \"rate\": \"10%\","
          + " \"provenance\": {\"source\": \"s\", \"confidence\": \"V\"}}";

  /** A file whose fourth measure ($.measures[3]) is {@code fourth}. */
  private static String file(String fourth) {
    return "{\"format\": \"tariff-impact/schedule\", \"version\": 1, \"importer\": \"US\","
        + " \"currency\": \"USD\", \"measures\": ["
        + VALID.replace("\"m\"", "\"m0\"")
        + ", "
        + VALID.replace("\"m\"", "\"m1\"")
        + ", "
        + VALID.replace("\"m\"", "\"m2\"")
        + ", "
        + fourth
        + "]}";
  }

  @Test
  void readsTheExampleWithProductListScopes() {
    TariffSchedule us = ScheduleJson.read(DIR.resolve("us-india.json"));
    assertThat(us.importer()).isEqualTo("US");
    assertThat(us.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(us.size()).isEqualTo(11);
    Measure baseline = us.measure("us-ieepa-baseline").orElseThrow();
    // "* except 98" plus the four codes of lists/annex2-sample.csv
    assertThat(baseline.scope())
        .isEqualTo(
            CodeScope.parse(
                "* except 98, 3004.90.92.01, 3004.90.92.02, 3004.90.92.04, 8542.31.00.00"));
    assertThat(baseline.provenance().confidence()).isEqualTo(Confidence.V);
    assertThat(baseline.chapter99Text()).isEqualTo("9903.01.25");
    assertThat(baseline.validity().toString()).isEqualTo("2025-04-05..2026-02-23");
    assertThat(us.measure("us-ieepa-india").orElseThrow().replaces())
        .containsExactly("us-ieepa-baseline");
    assertThat(us.measure("us-232-steel").orElseThrow().excludes()).hasSize(4);
  }

  @Test
  void writeThenReadGivesAnEqualSchedule(@TempDir Path tmp) {
    TariffSchedule us = ScheduleJson.read(DIR.resolve("us-india.json"));
    Path out = tmp.resolve("copy.json");
    ScheduleJson.write(us, out);
    assertThat(ScheduleJson.read(out)).isEqualTo(us);
    assertThat(ScheduleJson.toJson(ScheduleJson.read(out))).isEqualTo(ScheduleJson.toJson(us));
  }

  @Test
  void aGzippedScheduleFileReadsAsItsJsonAndAFileNotGzipIsAOneLineError(@TempDir Path tmp)
      throws Exception {
    TariffSchedule us = ScheduleJson.read(DIR.resolve("us-india.json"));
    Path gz = tmp.resolve("copy.json.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(ScheduleJson.toJson(us).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ScheduleJson.read(gz)).isEqualTo(us);
    Path plain = tmp.resolve("plain.json.gz");
    Files.copy(DIR.resolve("us-india.json"), plain);
    assertThatThrownBy(() -> ScheduleJson.read(plain))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("plain.json.gz")
        .hasMessageContaining("Not in GZIP format");
  }

  @Test
  void overlayFilesMayNameMeasuresOfAnotherFileAndAreWrittenAsOverlays() {
    TariffSchedule overlay = ScheduleJson.read(DIR.resolve("us-india-framework.json"));
    assertThat(overlay.measures()).extracting(Measure::id).containsExactly("us-framework-18");
    assertThat(ScheduleJson.toJson(overlay)).contains("\"overlay\" : true");
    assertThat(ScheduleJson.toJson(ScheduleJson.read(DIR.resolve("us-india.json"))))
        .doesNotContain("overlay");
  }

  @Test
  void readsFromAStream() {
    TariffSchedule s =
        ScheduleJson.read(
            new ByteArrayInputStream(
                file(VALID.replace("\"m\"", "\"m3\"")).getBytes(StandardCharsets.UTF_8)),
            "stream.json",
            DIR);
    assertThat(s.measures()).extracting(Measure::kind).containsOnly(MeasureKind.ADDITIONAL_DUTY);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"rate\": \"10%\"          | \"rate\": \"16,5 %\"              | schedule.json: $.measures[3].rate: ",
        "\"kind\": \"ADDITIONAL_DUTY\" | \"kind\": \"BASE\"             | schedule.json: $.measures[3].kind: must be one of BASE_DUTY, PREFERENCE",
        "\"origins\": \"IN\"        | \"origins\": \"IN, XX\"            | schedule.json: $.measures[3].origins: Invalid origin 'IN, XX': unknown country 'XX'",
        "\"validFrom\": \"2025-01-01\" | \"validFrom\": \"2025-02-30\"  | schedule.json: $.measures[3].validFrom: must be an ISO date YYYY-MM-DD, was '2025-02-30'",
        "\"validFrom\": \"2025-01-01\" | \"validFrom\": \"2025-01-01\", \"validTo\": \"2024-12-31\" | schedule.json: $.measures[3].validTo: Validity must end on or after its start",
        "\"scope\": \"*\"           | \"scope\": \"61O9\"               | schedule.json: $.measures[3].scope: Invalid product code '61O9'",
        "\"scope\": \"*\"           | \"scope\": {\"includes\": \"*\"}  | schedule.json: $.measures[3].scope.includes: unknown property",
        "\"scope\": \"*\"           | \"scope\": {\"include\": \"*\", \"excludeLists\": [\"missing.csv\"]} | schedule.json: $.measures[3].scope.excludeLists[0]: product list",
        "\"scope\": \"*\"           | \"scope\": 61                     | schedule.json: $.measures[3].scope: must be scope text or an object",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"excludes\": [\"nope\"] | schedule.json: $.measures[3].excludes[0]: names no measure 'nope'",
        "\"id\": \"m\"              | \"id\": \"m1\"                    | schedule.json: $.measures[3].id: duplicate measure id 'm1' (also $.measures[1])",
        "\"id\": \"m\"              | \"id\": \"m 3\"                   | schedule.json: $.measures[3].id: must be non-blank without white space",
        "\"confidence\": \"V\"      | \"confidence\": \"X\"             | schedule.json: $.measures[3].provenance.confidence: must be one of V, R, U, was 'X'",
        ", \"provenance\": {\"source\": \"s\", \"confidence\": \"V\"} |   | schedule.json: $.measures[3].provenance: is required",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"valdTo\": \"2026-01-01\" | schedule.json: $.measures[3].valdTo: ",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"excludes\": \"m0\" | schedule.json: $.measures[3].excludes: ",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"base\": \"DUTY_AMOUNT\" | schedule.json: $.measures[3]: Measure 'm' : base DUTY_AMOUNT",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"chapter99\": \"6109\" | schedule.json: $.measures[3]: Measure 'm': chapter99Heading must be in chapter 99",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"rate\": \"5%\" | schedule.json: $.measures[3]",
        "\"rate\": \"10%\"          | \"rate\": \"10%\", \"replaces\": [\"m0\"], \"excludedBy\": [\"m0\"] | schedule.json: $.measures: Stacking rules",
      })
  void errorsNameTheFileAndJsonPath(String find, String replace, String expected, @TempDir Path tmp)
      throws Exception {
    String fourth = VALID.replace("\"m\"", "\"m3\"");
    replace = replace == null ? "" : replace;
    if (expected.contains("Measure 'm'")) {
      expected =
          expected
              .replace("Measure 'm' :", "Measure 'm3':")
              .replace("Measure 'm':", "Measure 'm3':");
    }
    if (!find.startsWith("\"id\"")) {
      assertThat(fourth).contains(find);
    }
    String mutated =
        find.startsWith("\"id\"") ? VALID.replace(find, replace) : fourth.replace(find, replace);
    Path file = tmp.resolve("schedule.json");
    Files.writeString(file, file(mutated));
    assertThatThrownBy(() -> ScheduleJson.read(file))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageStartingWith(tmp.resolve("schedule.json").toString())
        .hasMessageContaining(expected);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"format\": \"tariff-impact/schedule\", \"version\": 1, | bad.json: $",
        "{\"format\": \"schedule\", \"version\": 1, \"importer\": \"US\", \"currency\": \"USD\", \"measures\": []} | bad.json: $.format: must be \"tariff-impact/schedule\"",
        "{\"format\": \"tariff-impact/schedule\", \"version\": 2, \"importer\": \"US\", \"currency\": \"USD\", \"measures\": []} | bad.json: $.version: must be 1",
        "{\"format\": \"tariff-impact/schedule\", \"version\": 1, \"importer\": \"US\", \"currency\": \"usd\", \"measures\": []} | bad.json: $.currency: must be an ISO 4217 code",
        "{\"format\": \"tariff-impact/schedule\", \"version\": 1, \"importer\": \"USA\", \"currency\": \"USD\", \"measures\": []} | bad.json: $.importer: Invalid origin 'USA'",
        "{\"format\": \"tariff-impact/schedule\", \"version\": 1, \"importer\": \"US\", \"currency\": \"USD\"} | bad.json: $.measures: is required",
        "{\"format\": \"tariff-impact/schedule\", \"version\": 1, \"importer\": \"US\", \"currency\": \"USD\", \"measures\": [], \"@class\": \"java.lang.Runtime\"} | bad.json: $.@class: ",
        "[] | bad.json: $: ",
      })
  void topLevelErrorsNameTheFileAndPath(String json, String expected) {
    assertThatThrownBy(() -> ScheduleJson.parse(json, "bad.json", DIR))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageStartingWith(expected);
  }

  @Test
  void productListErrorsNameBothFiles(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("list.csv"), "hts8\n61091000\n6109X\n");
    String fourth =
        VALID
            .replace("\"m\"", "\"m3\"")
            .replace(
                "\"scope\": \"*\"",
                "\"scope\": {\"include\": \"*\", \"excludeLists\": [\"list.csv\"]}");
    assertThatThrownBy(() -> ScheduleJson.parse(file(fourth), "schedule.json", tmp))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageStartingWith(
            "schedule.json: $.measures[3].scope.excludeLists[0]: "
                + tmp.resolve("list.csv")
                + ": line 3: Invalid product code '6109X'");
  }

  @Test
  void scopeObjectsCombineTextAndLists(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("in.csv"), "code\n6109.10.00\n\"6110\"\n");
    String fourth =
        VALID
            .replace("\"m\"", "\"m3\"")
            .replace(
                "\"scope\": \"*\"",
                "\"scope\": {\"include\": \"72\", \"includeLists\": [\"in.csv\"], \"exclude\": \"7208\"}");
    Measure m = ScheduleJson.parse(file(fourth), "s.json", tmp).measure("m3").orElseThrow();
    assertThat(m.scope()).isEqualTo(CodeScope.parse("72, 6109.10.00, 6110 except 7208"));
    assertThat(m.scope().contains(ProductCode.parse("6110.20.20"))).isTrue();
    assertThat(m.scope().contains(ProductCode.parse("7208.51.00"))).isFalse();
  }

  @Test
  void oversizedFilesAreRefused(@TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("big.json");
    try (var out = Files.newOutputStream(big)) {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i <= 64; i++) {
        out.write(block);
      }
    }
    assertThatThrownBy(() -> ScheduleJson.read(big))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("more than the limit of 64 MiB");
  }

  @Test
  void emptyScheduleRoundTrips() {
    TariffSchedule empty = TariffSchedule.of("IN", Currency.getInstance("INR"), List.of());
    assertThat(ScheduleJson.parse(ScheduleJson.toJson(empty), "e.json", DIR)).isEqualTo(empty);
  }
}
