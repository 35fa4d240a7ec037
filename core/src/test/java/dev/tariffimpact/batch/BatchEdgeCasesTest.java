package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchEdgeCasesTest {

  private static ShipmentLine.Builder line(String code, String value, String date) {
    return ShipmentLine.builder(code, "IN")
        .value(value, "USD")
        .freight(new BigDecimal("10.00"))
        .insurance(new BigDecimal("1.00"))
        .transportMode(TransportMode.AIR)
        .entryDate(LocalDate.parse(date));
  }

  @Test
  void aFailingLineIsRejectedAndTheRestOfItsEntryIsAssessedWithoutIt() {
    List<BatchLine> input =
        List.of(
            new BatchLine(
                "E1",
                "US",
                "textiles-and-apparel",
                line("6109.10.00", "1000.00", "2025-10-15")
                    .quantity(Quantity.of("5", Unit.DOZEN))
                    .build()),
            // 90 cents per pair + 20%, but no number of pairs
            new BatchLine(
                "E1", "US", "leather", line("6402.99.80", "500.00", "2025-10-15").build()));
    List<LineResult> lines = new ArrayList<>();

    BatchResult r =
        BatchFixtures.engine(BatchOptions.defaults())
            .build()
            .run(BatchInput.lines(input), BatchSink.lines(lines::add));

    assertThat(r.read()).isEqualTo(2);
    assertThat(r.assessed()).isEqualTo(1);
    assertThat(r.rejects()).singleElement().satisfies(x -> assertThat(x.row()).isEqualTo(2));
    assertThat(r.rejects().get(0).reason()).contains("needs the quantity (pairs)");
    LineResult before = lines.get(0);
    // 66.5% of 1,000.00 = 665.00, counted once; MPF minimum 33.58 for the remaining line (air)
    assertThat(before.duty()).isEqualByComparingTo("665.00");
    assertThat(before.fees()).isEqualByComparingTo("33.58");
  }

  @Test
  void aDeMinimisEntryGoesThroughTheAssessorAndPaysNothing() {
    // entered 2025-08-01, goods 500.00 <= 800: section 321, no duty and no fees
    List<BatchLine> input =
        List.of(
            new BatchLine(
                "E1",
                "US",
                "",
                line("6109.10.00", "500.00", "2025-08-01")
                    .quantity(Quantity.of("5", Unit.DOZEN))
                    .build()));
    List<LineResult> lines = new ArrayList<>();

    BatchResult r =
        BatchFixtures.engine(BatchOptions.defaults())
            .build()
            .run(BatchInput.lines(input), BatchSink.lines(lines::add));

    assertThat(r.fallbackLines()).isEqualTo(1);
    assertThat(lines).allSatisfy(l -> assertThat(l.totalCharges()).isEqualByComparingTo("0"));
  }

  @Test
  void anImporterWithoutScenarioIsRejected() {
    ShipmentLine gb =
        ShipmentLine.builder("6109.10.00", "IN")
            .value("100.00", "GBP")
            .transportMode(TransportMode.AIR)
            .entryDate(LocalDate.parse("2025-10-15"))
            .build();

    BatchResult r =
        BatchFixtures.engine(BatchOptions.defaults())
            .build()
            .run(BatchInput.lines(List.of(new BatchLine("E1", "GB", "", gb))));

    assertThat(r.rejects())
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.reason())
                    .isEqualTo("importer 'GB' has no regime and scenario in this batch"));
  }

  @Test
  void outputsIgnoreUnknownColumnsAndNeutraliseFormulas(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("s.csv");
    Files.writeString(
        in,
        "comment,entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,"
            + "insurance,incoterm,mode,entry_date,export_date,category\n"
            + "anything,E1,US,IN,6109.10.00,1000.00,USD,5,doz.,12,10.00,1.00,,AIR,2025-10-15,,"
            + "\"=HYPERLINK(\"\"x\"\")\"\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    BatchResult r =
        BatchFixtures.engine(
                BatchOptions.builder()
                    .lineResults(true)
                    .groupBy(GroupBy.CATEGORY)
                    .ignoreUnknownColumns(true)
                    .build())
            .build()
            .run(BatchInput.csv(in), out);

    assertThat(r.assessed()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out.resolve("lines.csv"));
    // 1,000.00 x 66.5% = 665.00 duty; MPF minimum 33.58; CIF 1,011.00 + 698.58 = 1,709.58
    assertThat(lines)
        .hasSize(3)
        .contains(
            "2,E1,US,IN,6109.10.00,\"'=HYPERLINK(\"\"x\"\")\",before,USD,1000.00,665.00,33.58,0.00,"
                + "698.58,1709.58,0.00");
    assertThat(Files.readString(out.resolve("aggregates.csv")))
        .startsWith("scenario,currency,category,chapter,origin,importer,lines,customs_value,")
        .contains("before,USD,\"'=HYPERLINK(\"\"x\"\")\",,,,1,1000.00,665.00,33.58,0.00,698.58,")
        .doesNotContain(",=HYPERLINK");
    assertThat(Files.readString(out.resolve("aggregates.json")))
        .contains("\"effective_rate\" : \"66.5000\"")
        .contains("\"duty\" : \"665.00\"");
  }

  @Test
  void entriesBuiltInCodeGetTheirCategoryFromACatalog() {
    Entry entry =
        Entry.of(
            "US",
            List.of(
                line("6109.10.00", "1000.00", "2025-10-15")
                    .quantity(Quantity.of("5", Unit.DOZEN))
                    .build(),
                line("9403.60.80", "1000.00", "2025-10-15")
                    .quantity(Quantity.of("5", Unit.EACH))
                    .quantity(Quantity.of("80", Unit.KG)) // the "after" greater-of needs it
                    .build()));
    CategoryCatalog catalog =
        CategoryCatalog.of(
            "test",
            CategoryCatalog.Overlap.FIRST_MATCH,
            List.of(
                new Category("textiles", "Textiles", CodeScope.parse("50-63")),
                new Category("furniture", "Furniture", CodeScope.parse("9403"))));
    List<LineResult> lines = new ArrayList<>();

    BatchResult r =
        BatchFixtures.engine(BatchOptions.builder().groupBy(GroupBy.CATEGORY).build())
            .categories(catalog)
            .build()
            .run(BatchInput.entries(List.of(entry)), BatchSink.lines(lines::add));

    assertThat(r.rejected()).isZero();
    assertThat(lines).extracting(LineResult::entryId).containsOnly("E1");
    assertThat(lines).extracting(LineResult::category).contains("textiles", "furniture");
    assertThat(r.aggregates())
        .filteredOn(a -> "furniture".equals(a.category()) && a.scenario().equals("before"))
        .singleElement()
        // Free MFN + 25% + 25% on 1,000.00
        .satisfies(a -> assertThat(a.duty()).isEqualByComparingTo("500.00"));
  }

  private static BatchResult originTotals(String csv, boolean distributions) {
    return BatchFixtures.engine(
            BatchOptions.builder().groupBy(GroupBy.ORIGIN).distributions(distributions).build())
        .build()
        .run(
            BatchInput.csv(
                new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "s"),
            BatchSink.of(l -> {}, r -> {}));
  }

  @Test
  void withoutDistributionsTheMoneyTotalsAreTheSameAndTheStatisticsAbsent() {
    String csv = BatchFixtures.sample(7, 400);
    BatchResult with = originTotals(csv, true);
    BatchResult without = originTotals(csv, false);

    assertThat(without.aggregates()).hasSameSizeAs(with.aggregates()).isNotEmpty();
    for (int k = 0; k < with.aggregates().size(); k++) {
      Aggregate a = with.aggregates().get(k);
      Aggregate b = without.aggregates().get(k);
      assertThat(a.rates()).isNotNull();
      assertThat(a.rates().count()).isPositive();
      assertThat(b.rates()).isNull();
      assertThat(b.deltas()).isNull();
      assertThat(List.of(b.lines(), b.customsValue(), b.duty(), b.fees(), b.taxes(), b.delta()))
          .isEqualTo(
              List.of(a.lines(), a.customsValue(), a.duty(), a.fees(), a.taxes(), a.delta()));
    }
  }
}
