package dev.tariffimpact.batch;

import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Bounded;
import dev.tariffimpact.rate.GreaterOf;
import dev.tariffimpact.rate.RateDialect;
import dev.tariffimpact.rate.RateParser;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.sample.internal.SampleGenerator;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Schedules built from the bundled curated lines (US MFN rates from us-lines.csv, Indian BCD, AIDC,
 * SWS and IGST from in-lines.csv and in-framework-assumed.csv) and an engine over them.
 */
final class BatchFixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency INR = Currency.getInstance("INR");
  static final Currency EUR = Currency.getInstance("EUR");

  /** USD/INR 85.00 (FACTS.md), EUR/USD 1.10; INR/USD derived as 1/85 at 10 digits HALF_EVEN. */
  static final ExchangeRates RATES =
      ExchangeRates.builder()
          .add(
              ExchangeRate.of(
                  USD,
                  INR,
                  new BigDecimal("85.00"),
                  LocalDate.of(2025, 1, 1),
                  null,
                  "FACTS.md (illustrative)"))
          .add(
              ExchangeRate.of(
                  EUR,
                  USD,
                  new BigDecimal("1.10"),
                  LocalDate.of(2025, 1, 1),
                  null,
                  "round figure (test)"))
          .deriveInverses(Rounding.of(10, RoundingMode.HALF_EVEN))
          .build();

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private BatchFixtures() {}

  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r =
            new BufferedReader(
                new InputStreamReader(BundledData.open(name), StandardCharsets.UTF_8));
        MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(r)) {
      it.nextValue();
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static Measure.Builder measure(String id, MeasureKind kind, String scope) {
    return Measure.builder(id)
        .title(id)
        .kind(kind)
        .scope(scope)
        .origins("*")
        .validity(Validity.always())
        .provenance("test fixture", Confidence.V);
  }

  /**
   * US MFN lines; "before" adds IEEPA India 25% and Russian-oil 25%, "after" Section 122 10%, a
   * greater-of duty on furniture (9403) and a capped duty on bags (4202).
   */
  static TariffSchedule us(boolean after) {
    List<Measure> measures = new ArrayList<>();
    for (String[] row : rows("us-lines.csv")) {
      measures.add(
          measure("us-mfn-" + row[0], MeasureKind.BASE_DUTY, row[0])
              .rate(RateParser.parse(row[4], RateDialect.US_HTS))
              .build());
    }
    if (after) {
      measures.add(measure("us-s122", MeasureKind.ADDITIONAL_DUTY, "*").rate("10%").build());
      // greater-of: in the fast path (the greatest exact amount, then one rounding)
      measures.add(
          measure("us-furniture", MeasureKind.ADDITIONAL_DUTY, "9403")
              .rate(
                  GreaterOf.of(
                      AdValorem.of("5"), Specific.of(new BigDecimal("0.40"), USD, Unit.KG)))
              .build());
      // a capped rate is outside the fast path: those lines take the Assessor, line by line
      measures.add(
          measure("us-bags", MeasureKind.ADDITIONAL_DUTY, "4202")
              .rate(
                  new Bounded(
                      AdValorem.of("8"), null, Specific.of(new BigDecimal("3.00"), USD, Unit.KG)))
              .build());
    } else {
      measures.add(
          measure("us-ieepa-india", MeasureKind.ADDITIONAL_DUTY, "*")
              .origins("IN")
              .rate("25%")
              .build());
      measures.add(
          measure("us-russian-oil", MeasureKind.ADDITIONAL_DUTY, "*")
              .origins("IN")
              .rate("25%")
              .build());
    }
    return TariffSchedule.of("US", USD, measures);
  }

  /** India: BCD, AIDC, SWS 10% on BCD + AIDC where it applies, IGST on value plus duties. */
  static TariffSchedule in(boolean after) {
    List<Measure> measures = new ArrayList<>();
    for (String[] row : rows(after ? "in-framework-assumed.csv" : "in-lines.csv")) {
      String code = row[0];
      String bcd = "in-bcd-" + code;
      String aidc = "in-aidc-" + code;
      measures.add(
          measure(bcd, MeasureKind.BASE_DUTY, code)
              .rate(RateParser.parse(row[3], RateDialect.INDIA))
              .build());
      measures.add(
          measure(aidc, MeasureKind.ADDITIONAL_DUTY, code)
              .rate(RateParser.parse(row[4], RateDialect.INDIA))
              .build());
      if (Boolean.parseBoolean(row[5])) {
        measures.add(
            measure("in-sws-" + code, MeasureKind.SURCHARGE_ON_DUTY, code)
                .base(DutyBase.DUTY_AMOUNT)
                .dutyBaseMeasures(bcd, aidc)
                .rate("10%")
                .build());
      }
      measures.add(
          measure("in-igst-" + code, MeasureKind.TAX, code)
              .base(DutyBase.VALUE_PLUS_DUTIES)
              .rate(RateParser.parse(row[6], RateDialect.INDIA))
              .build());
    }
    return TariffSchedule.of("IN", INR, measures);
  }

  static BatchScenario before() {
    return BatchScenario.of(
        "before",
        Scenario.of("us-before", "US with IEEPA layers.", us(false), LocalDate.of(2025, 9, 15)),
        Scenario.of("in-before", "India applied duties.", in(false), LocalDate.of(2025, 9, 15)));
  }

  static BatchScenario after() {
    return BatchScenario.of(
        "after",
        Scenario.of("us-after", "US with Section 122.", us(true), LocalDate.of(2026, 3, 1)),
        Scenario.of("in-after", "India framework.", in(true), LocalDate.of(2026, 3, 1)));
  }

  /**
   * An engine over the fixtures' scenarios; every run re-assesses a sample of 300 lines with the
   * Assessor ({@link BatchOptions#verifySample}) unless the options ask for another sample.
   */
  static BatchEngine.Builder engine(BatchOptions options) {
    if (options.verifySample() == 0) {
      options = options.withVerifySample(300);
    }
    return BatchEngine.builder()
        .regime(CustomsRegime.US)
        .regime(CustomsRegime.IN)
        .exchangeRates(RATES)
        .scenario(before())
        .scenario(after())
        .options(options);
  }

  static String sample(long seed, int lines) {
    StringWriter w = new StringWriter();
    SampleGenerator.of(seed, SampleGenerator.bundledUniverse())
        .withForeignInvoices(true)
        .write(lines, w);
    return w.toString();
  }
}
