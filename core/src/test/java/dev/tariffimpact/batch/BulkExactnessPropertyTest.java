package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The bulk engine gives, to the cent, what the single-line Assessor gives for the same entries: 2 x
 * 6,000 generated lines per run, both directions, two scenarios each.
 */
class BulkExactnessPropertyTest {

  private static final int LINES = 6_000;
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  @Property(tries = 2)
  void bulkResultsEqualTheSingleLineAssessorToTheCent(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
    String csv = BatchFixtures.sample(seed, LINES);
    List<ReferenceEntry> entries = entries(csv);
    BatchEngine engine =
        BatchFixtures.engine(BatchOptions.builder().chunkSize(500).build()).build();

    List<LineResult> fromCsv = new ArrayList<>();
    BatchResult result =
        engine.run(
            BatchInput.csv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sample"),
            BatchSink.of(fromCsv::add, r -> {}));
    assertThat(result.rejected()).isZero();
    // only bags under "after" (a capped rate) are assessed by the Assessor, line by line
    assertThat(result.fallbackLines()).isPositive().isLessThan(LINES / 5);
    assertThat(differences(csv, entries, fromCsv, 0)).isZero();

    // the same lines built in code (quantities in g and carats as generated, not converted):
    // as a list and as columns converted once, with chunks of another size
    List<BatchLine> lines = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      for (ShipmentLine l : entries.get(k).lines) {
        lines.add(new BatchLine("E" + k, entries.get(k).importer, "", l));
      }
    }
    assertThat(lines)
        .anyMatch(
            l ->
                l.line().quantity(Dimension.MASS).isPresent()
                    && l.line().quantity(Dimension.MASS).get().unit() != Unit.KG);
    List<LineResult> fromList = new ArrayList<>();
    BatchResult listResult = engine.run(BatchInput.lines(lines), BatchSink.lines(fromList::add));
    List<LineResult> fromColumns = new ArrayList<>();
    BatchResult columnsResult =
        engine.run(
            BatchInput.columns(ShipmentColumns.of(lines, 333)), BatchSink.lines(fromColumns::add));
    for (BatchResult r : List.of(listResult, columnsResult)) {
      assertThat(r.rejected()).isZero();
      assertThat(r.assessed()).isEqualTo(LINES);
      // a mass in g or carats is converted exactly to kg, as in the CSV path: no more fallback
      assertThat(r.fallbackLines()).isEqualTo(result.fallbackLines());
    }
    assertThat(differences(csv, entries, fromList, 1)).isZero();
    assertThat(differences(csv, entries, fromColumns, 1)).isZero();
  }

  /**
   * Lines and entries whose bulk amounts differ from the Assessor's; asserts all were compared.
   * {@code rowOffset}: 0 for CSV results (the header is row 1), 1 for in-memory lines (from 1).
   */
  private static int differences(
      String csv, List<ReferenceEntry> entries, List<LineResult> bulk, int rowOffset) {
    Map<String, Map<Long, LineResult>> byScenario = new HashMap<>();
    for (LineResult r : bulk) {
      byScenario.computeIfAbsent(r.scenario(), k -> new HashMap<>()).put(r.row(), r);
    }
    Map<String, CompiledSchedule[]> schedules =
        Map.of(
            "US",
            new CompiledSchedule[] {
              BatchFixtures.before().byImporter().get("US").compile(),
              BatchFixtures.after().byImporter().get("US").compile()
            },
            "IN",
            new CompiledSchedule[] {
              BatchFixtures.before().byImporter().get("IN").compile(),
              BatchFixtures.after().byImporter().get("IN").compile()
            });
    String[] names = {"before", "after"};
    int differences = 0;
    long compared = 0;
    for (ReferenceEntry e : entries) {
      Assessor assessor = Assessor.of(CustomsRegime.of(e.importer), BatchFixtures.RATES);
      Entry entry = Entry.of(e.importer, e.lines);
      for (int s = 0; s < 2; s++) {
        Assessment a = assessor.assess(entry, schedules.get(e.importer)[s], names[s]);
        Map<Long, LineResult> got = byScenario.get(names[s]);
        BigDecimal duty = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        for (int k = 0; k < e.lines.size(); k++) {
          LineResult r = got.get(e.rows.get(k) - rowOffset); // list rows count from 1, CSV from 2
          LineValuation v = a.lines().get(k);
          BigDecimal lineDuty = sum(a, k, AssessmentComponent.Category.DUTY);
          BigDecimal lineTax = sum(a, k, AssessmentComponent.Category.TAX);
          BigDecimal lineFee = sum(a, k, AssessmentComponent.Category.FEE);
          compared++;
          BigDecimal landed =
              v.cif() == null ? null : v.cif().add(lineDuty).add(lineTax).add(r.fees());
          if (r.customsValue().compareTo(v.customsValue()) != 0
              || r.duty().compareTo(lineDuty) != 0
              || r.taxes().compareTo(lineTax) != 0
              || r.fees().compareTo(lineFee) < 0
              || (landed == null
                  ? r.landedCost() != null
                  : r.landedCost() == null || r.landedCost().compareTo(landed) != 0)) {
            differences++;
          }
          duty = duty.add(r.duty());
          fees = fees.add(r.fees());
          taxes = taxes.add(r.taxes());
        }
        if (duty.compareTo(a.dutyTotal()) != 0
            || fees.compareTo(a.feeTotal()) != 0
            || taxes.compareTo(a.taxTotal()) != 0) {
          differences++;
        }
      }
    }
    assertThat(compared).isEqualTo(2L * LINES);
    assertThat(csv).contains(",EUR,").contains(",INR,"); // conversions both ways are exercised
    return differences;
  }

  private static BigDecimal sum(Assessment a, int line, AssessmentComponent.Category category) {
    return a.components(line).stream()
        .filter(c -> c.category() == category)
        .map(AssessmentComponent::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private record ReferenceEntry(String importer, List<ShipmentLine> lines, List<Long> rows) {}

  /** Parses the generated file independently of the engine, straight into ShipmentLines. */
  private static List<ReferenceEntry> entries(String csv) {
    List<ReferenceEntry> out = new ArrayList<>();
    try (MappingIterator<String[]> it =
        CSV.readerFor(String[].class).readValues(new StringReader(csv))) {
      String[] header = it.nextValue();
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        col.put(header[i], i);
      }
      long row = 1;
      String current = null;
      ReferenceEntry entry = null;
      while (it.hasNextValue()) {
        String[] c = it.nextValue();
        row++;
        String id = c[col.get("entry_id")];
        if (!id.equals(current)) {
          entry = new ReferenceEntry(c[col.get("importer")], new ArrayList<>(), new ArrayList<>());
          out.add(entry);
          current = id;
        }
        ShipmentLine.Builder b =
            ShipmentLine.builder(c[col.get("code")], c[col.get("origin")])
                .value(c[col.get("value")], c[col.get("currency")])
                .incoterm(Incoterm.valueOf(c[col.get("incoterm")]))
                .transportMode(TransportMode.valueOf(c[col.get("mode")]))
                .entryDate(LocalDate.parse(c[col.get("entry_date")]))
                .exportDate(LocalDate.parse(c[col.get("export_date")]));
        if (!c[col.get("freight")].isEmpty()) {
          b.freight(new BigDecimal(c[col.get("freight")]));
        }
        if (!c[col.get("insurance")].isEmpty()) {
          b.insurance(new BigDecimal(c[col.get("insurance")]));
        }
        Quantity q = Quantity.of(c[col.get("quantity")], Unit.parse(c[col.get("unit")]));
        b.quantity(q);
        if (!c[col.get("net_kg")].isEmpty() && q.unit().dimension() != Dimension.MASS) {
          b.quantity(Quantity.of(c[col.get("net_kg")], Unit.KG));
        }
        entry.lines().add(b.build());
        entry.rows().add(row);
      }
    }
    return out;
  }
}
