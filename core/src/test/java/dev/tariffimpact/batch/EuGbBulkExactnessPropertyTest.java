package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.RoundingPolicy;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Bounded;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.GreaterOf;
import dev.tariffimpact.rate.LesserOf;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The whole-line comparison of {@code BulkExactnessPropertyTest} for the EU and UK regimes: CIF
 * valuation, the monthly exchange rate looked up on the first day of the entry month (the rates
 * here change on the second day, so a wrong day gives other amounts), VAT as a default tax on value
 * plus duties or a schedule tax, a surcharge on duty, every linear rate shape, a capped rate
 * outside the fast path, low-value consignments (exact path), and rounding HALF_UP or HALF_EVEN
 * (customs values to whole units). Every line's customs value, duty and tax, and every entry's
 * totals, equal the Assessor's.
 */
class EuGbBulkExactnessPropertyTest {

  private static final int LINES = 3_000;
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate NOW = LocalDate.of(2026, 3, 1);
  private static final LocalDate LATER = LocalDate.of(2026, 9, 1);
  private static final String[] CODES = {
    "6109.10.00", "0406.90.00", "2204.21.00", "6403.99.00", "9403.60.00", "8703.23.00", "4202.92.00"
  };

  @Property(tries = 2)
  void bulkResultsEqualTheAssessorForEuAndUkLines(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed, @ForAll boolean halfEven) {
    Map<String, CustomsRegime> regimes = regimes(halfEven);
    List<BatchLine> lines = lines(new Random(seed));
    BatchEngine engine =
        BatchEngine.builder()
            .regime(regimes.get("EU"))
            .regime(regimes.get("GB"))
            .exchangeRates(rates())
            .scenario(BatchScenario.of("now", scenario("EU", EUR, NOW), scenario("GB", GBP, NOW)))
            .scenario(
                BatchScenario.of("later", scenario("EU", EUR, LATER), scenario("GB", GBP, LATER)))
            .options(BatchOptions.builder().chunkSize(200).threads(2).verifySample(300).build())
            .build();

    List<LineResult> results = new ArrayList<>();
    BatchResult r = engine.run(BatchInput.lines(lines), BatchSink.lines(results::add));

    assertThat(r.rejected()).isZero();
    // low-value entries and entries with a capped rate take the Assessor; the rest the fixed point
    assertThat(r.fallbackLines()).isPositive().isLessThan(LINES / 4);
    assertThat(differences(lines, results, regimes)).isZero();
    List<LineResult> fromColumns = new ArrayList<>();
    engine.run(
        BatchInput.columns(ShipmentColumns.of(lines, 333)), BatchSink.lines(fromColumns::add));
    assertThat(fromColumns).isEqualTo(results);
  }

  private static Map<String, CustomsRegime> regimes(boolean halfEven) {
    Map<String, CustomsRegime> m = new HashMap<>();
    for (CustomsRegime r : List.of(CustomsRegime.eu(new BigDecimal("19")), CustomsRegime.GB)) {
      RoundingPolicy p = r.rounding();
      if (halfEven) {
        Rounding cents = Rounding.of(2, RoundingMode.HALF_EVEN);
        p = new RoundingPolicy(Rounding.of(0, RoundingMode.HALF_EVEN), cents, cents, cents, cents);
      }
      m.put(
          r.importer(),
          new CustomsRegime(
              r.importer(),
              r.currency(),
              r.valuation(),
              r.fxDate(),
              p,
              r.freightDefaults(),
              r.fees(),
              r.lowValueRules(),
              r.defaultTax(),
              r.taxExemption(),
              r.assumptions()));
    }
    return m;
  }

  /** Monthly rates published for the 1st; a different rate from the 2nd catches a wrong day. */
  private static ExchangeRates rates() {
    ExchangeRates.Builder b = ExchangeRates.builder();
    String[][] pairs = {
      {"USD", "EUR", "0.9137"},
      {"USD", "GBP", "0.78425"},
      {"EUR", "GBP", "0.8583"},
      {"GBP", "EUR", "1.16510"}
    };
    for (int month = 1; month <= 12; month++) {
      LocalDate first = LocalDate.of(2026, month, 1);
      for (String[] p : pairs) {
        BigDecimal rate = new BigDecimal(p[2]).add(BigDecimal.valueOf(month, 4));
        Currency from = Currency.getInstance(p[0]);
        Currency to = Currency.getInstance(p[1]);
        b.add(ExchangeRate.of(from, to, rate, first, first, "test: the month's rate"));
        b.add(
            ExchangeRate.of(
                from,
                to,
                rate.add(new BigDecimal("0.05")),
                first.plusDays(1),
                first.plusMonths(1).minusDays(1),
                "test: a daily rate the regime must not use"));
      }
    }
    return b.build();
  }

  private static Measure measure(String id, MeasureKind kind, String scope, Rate rate) {
    return Measure.builder(id)
        .title(id)
        .kind(kind)
        .scope(scope)
        .origins("*")
        .validity(dev.tariffimpact.schedule.Validity.always())
        .rate(rate)
        .provenance("test fixture", dev.tariffimpact.schedule.Confidence.V)
        .build();
  }

  /**
   * Base duties of every linear shape, a capped duty on bags, duty on wine with a surcharge on it
   * and a schedule tax on value plus duties (the rest pays the regime's default VAT); "later" adds
   * 25% on Chinese goods.
   */
  private static Scenario scenario(String importer, Currency currency, LocalDate date) {
    List<Measure> m = new ArrayList<>();
    m.add(measure("mfn-6109", MeasureKind.BASE_DUTY, "6109", AdValorem.of("12")));
    m.add(
        measure(
            "mfn-0406",
            MeasureKind.BASE_DUTY,
            "0406",
            Compound.of(
                AdValorem.of("8"), Specific.of(new BigDecimal("1.50"), currency, Unit.KG))));
    m.add(
        measure(
            "mfn-2204",
            MeasureKind.BASE_DUTY,
            "2204",
            new Specific(new BigDecimal("32"), currency, new BigDecimal("100"), Unit.LITRE)));
    m.add(
        Measure.builder("excise-2204")
            .title("surcharge on the wine duty")
            .kind(MeasureKind.SURCHARGE_ON_DUTY)
            .scope("2204")
            .origins("*")
            .validity(dev.tariffimpact.schedule.Validity.always())
            .base(DutyBase.DUTY_AMOUNT)
            .dutyBaseMeasures("mfn-2204")
            .rate(AdValorem.of("10"))
            .provenance("test fixture", dev.tariffimpact.schedule.Confidence.V)
            .build());
    m.add(
        Measure.builder("tax-2204")
            .title("import tax on wine")
            .kind(MeasureKind.TAX)
            .scope("2204")
            .origins("*")
            .validity(dev.tariffimpact.schedule.Validity.always())
            .base(DutyBase.VALUE_PLUS_DUTIES)
            .rate(AdValorem.of("21.5"))
            .provenance("test fixture", dev.tariffimpact.schedule.Confidence.V)
            .build());
    m.add(
        measure(
            "mfn-6403",
            MeasureKind.BASE_DUTY,
            "6403",
            GreaterOf.of(
                AdValorem.of("8"), Specific.of(new BigDecimal("3.50"), currency, Unit.PAIR))));
    m.add(
        measure(
            "mfn-9403",
            MeasureKind.BASE_DUTY,
            "9403",
            LesserOf.of(
                AdValorem.of("20"), Specific.of(new BigDecimal("2.00"), currency, Unit.KG))));
    m.add(measure("mfn-8703", MeasureKind.BASE_DUTY, "8703", AdValorem.of("10")));
    m.add(
        measure(
            "mfn-4202",
            MeasureKind.BASE_DUTY,
            "4202",
            new Bounded(
                AdValorem.of("3.7"),
                null,
                Specific.of(new BigDecimal("4.00"), currency, Unit.KG))));
    if (date.equals(LATER)) {
      m.add(
          Measure.builder("cn-extra")
              .title("additional duty on Chinese goods")
              .kind(MeasureKind.ADDITIONAL_DUTY)
              .scope("*")
              .origins("CN")
              .validity(dev.tariffimpact.schedule.Validity.always())
              .rate(AdValorem.of("25"))
              .provenance("test fixture", dev.tariffimpact.schedule.Confidence.V)
              .build());
    }
    return Scenario.of(
        importer.toLowerCase() + "-" + date,
        "test schedule",
        TariffSchedule.of(importer, currency, m),
        date);
  }

  private static List<BatchLine> lines(Random r) {
    List<BatchLine> out = new ArrayList<>();
    String[] origins = {"CN", "US", "IN", "TR"};
    Incoterm[] terms = {Incoterm.FOB, Incoterm.CIF, Incoterm.CFR, Incoterm.EXW, Incoterm.DAP};
    int entry = 0;
    while (out.size() < LINES) {
      entry++;
      String importer = r.nextBoolean() ? "EU" : "GB";
      Currency own = importer.equals("EU") ? EUR : GBP;
      Currency currency =
          new Currency[] {own, own, USD, importer.equals("EU") ? GBP : EUR}[r.nextInt(4)];
      LocalDate entryDate = LocalDate.of(2026, 3 + r.nextInt(8), 1 + r.nextInt(28));
      LocalDate exportDate = entryDate.minusDays(r.nextInt(30));
      boolean lowValue = r.nextInt(10) == 0;
      int n = 1 + r.nextInt(6);
      for (int k = 0; k < n && out.size() < LINES; k++) {
        // bags (a capped rate) are rare: with a low-value rule in force the whole entry of such a
        // line takes the Assessor
        String code = r.nextInt(40) == 0 ? CODES[6] : CODES[r.nextInt(CODES.length - 1)];
        long cents =
            lowValue ? 500 + r.nextInt(2000) : (long) Math.exp(12 + r.nextGaussian() * 1.5);
        BigDecimal value = BigDecimal.valueOf(Math.max(cents, 100), 2);
        BigDecimal freight = value.multiply(BigDecimal.valueOf(r.nextInt(12))).movePointLeft(2);
        BigDecimal insurance =
            value.multiply(new BigDecimal("0.0037")).setScale(2, RoundingMode.HALF_UP);
        ShipmentLine.Builder b =
            ShipmentLine.builder(code, origins[r.nextInt(origins.length)])
                .value(value, currency)
                .freight(freight)
                .insurance(insurance)
                .incoterm(terms[r.nextInt(terms.length)])
                .transportMode(TransportMode.values()[r.nextInt(4)])
                .entryDate(entryDate)
                .exportDate(exportDate);
        BigDecimal kg = BigDecimal.valueOf(1 + r.nextInt(500_000), 3);
        switch (code.substring(0, 4)) {
          case "6403" -> b.quantity(Quantity.of(BigDecimal.valueOf(1 + r.nextInt(400)), Unit.PAIR));
          case "2204" ->
              b.quantity(Quantity.of(BigDecimal.valueOf(1 + r.nextInt(9000), 2), Unit.LITRE));
          case "6109" -> b.quantity(Quantity.of(BigDecimal.valueOf(1 + r.nextInt(50)), Unit.DOZEN));
          default -> {}
        }
        b.quantity(Quantity.of(kg, Unit.KG));
        out.add(new BatchLine("E" + entry, importer, "", b.build()));
      }
    }
    return out;
  }

  private static int differences(
      List<BatchLine> lines, List<LineResult> results, Map<String, CustomsRegime> regimes) {
    Map<String, Map<Long, LineResult>> byScenario = new HashMap<>();
    for (LineResult r : results) {
      byScenario.computeIfAbsent(r.scenario(), k -> new HashMap<>()).put(r.row(), r);
    }
    Map<String, CompiledSchedule[]> schedules = new HashMap<>();
    for (String importer : List.of("EU", "GB")) {
      Currency c = importer.equals("EU") ? EUR : GBP;
      schedules.put(
          importer,
          new CompiledSchedule[] {
            scenario(importer, c, NOW).compile(), scenario(importer, c, LATER).compile()
          });
    }
    String[] names = {"now", "later"};
    int differences = 0;
    int compared = 0;
    int start = 0;
    while (start < lines.size()) {
      int end = start + 1;
      while (end < lines.size() && lines.get(end).entryId().equals(lines.get(start).entryId())) {
        end++;
      }
      String importer = lines.get(start).importer();
      List<ShipmentLine> entryLines = new ArrayList<>();
      for (int i = start; i < end; i++) {
        entryLines.add(lines.get(i).line());
      }
      Assessor assessor = Assessor.of(regimes.get(importer), rates());
      for (int s = 0; s < 2; s++) {
        Assessment a =
            assessor.assess(Entry.of(importer, entryLines), schedules.get(importer)[s], names[s]);
        BigDecimal duty = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        // an entry-level flat duty (EU low-value parcels) is allocated to the lines by value
        boolean entryLevel = a.components().stream().anyMatch(AssessmentComponent::isEntryLevel);
        for (int k = 0; k < entryLines.size(); k++) {
          LineResult got = byScenario.get(names[s]).get(start + k + 1L);
          compared++;
          if (got.customsValue().compareTo(a.lines().get(k).customsValue()) != 0
              || !entryLevel
                  && got.duty().compareTo(sum(a, k, AssessmentComponent.Category.DUTY)) != 0
              || got.taxes().compareTo(sum(a, k, AssessmentComponent.Category.TAX)) != 0
              || got.fees().signum() != 0) {
            differences++;
          }
          duty = duty.add(got.duty());
          taxes = taxes.add(got.taxes());
        }
        if (duty.compareTo(a.dutyTotal()) != 0 || taxes.compareTo(a.taxTotal()) != 0) {
          differences++;
        }
      }
      start = end;
    }
    assertThat(compared).isEqualTo(2 * LINES);
    return differences;
  }

  private static BigDecimal sum(Assessment a, int line, AssessmentComponent.Category category) {
    return a.components(line).stream()
        .filter(c -> c.category() == category)
        .map(AssessmentComponent::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
