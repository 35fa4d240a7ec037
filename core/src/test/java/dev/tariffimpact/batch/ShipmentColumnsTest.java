package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns converted once: same answers as the list path, rejects kept, never written by a run. */
class ShipmentColumnsTest {

  private static BatchLine furniture(String entry, String date, String grams) {
    ShipmentLine line =
        ShipmentLine.builder("9403.60.80", "IN")
            .value("1000.00", "USD")
            .freight(new BigDecimal("10.00"))
            .insurance(new BigDecimal("1.00"))
            .transportMode(TransportMode.AIR)
            .entryDate(LocalDate.parse(date))
            .quantity(Quantity.of("5", Unit.EACH))
            .quantity(Quantity.of(grams, Unit.G)) // the "after" greater-of needs the mass
            .build();
    return new BatchLine(entry, "US", "", line);
  }

  private static final CategoryCatalog CATALOG =
      CategoryCatalog.of(
          "test",
          CategoryCatalog.Overlap.FIRST_MATCH,
          List.of(new Category("furniture", "Furniture", CodeScope.parse("9403"))));

  @Test
  void runsGiveTheListPathsAnswersAndKeepTheRejectsOfEveryRun() {
    List<BatchLine> lines =
        List.of(
            furniture("E1", "2025-10-15", "80000"),
            furniture("E1", "2025-10-16", "80000"), // same entry, another date: rejected
            furniture("E2", "2025-10-15", "80000"));
    ShipmentColumns columns = ShipmentColumns.of(lines, 1);
    BatchEngine withCatalog =
        BatchFixtures.engine(BatchOptions.builder().groupBy(GroupBy.CATEGORY).build())
            .categories(CATALOG)
            .build();
    BatchEngine without =
        BatchFixtures.engine(BatchOptions.builder().groupBy(GroupBy.CATEGORY).build()).build();

    List<LineResult> first = new ArrayList<>();
    BatchResult a = withCatalog.run(BatchInput.columns(columns), BatchSink.lines(first::add));
    List<LineResult> second = new ArrayList<>();
    BatchResult b = without.run(BatchInput.columns(columns), BatchSink.lines(second::add));

    for (BatchResult r : List.of(a, b)) {
      assertThat(r.read()).isEqualTo(3);
      assertThat(r.assessed()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(1);
      assertThat(r.rejects())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.row()).isEqualTo(2);
                assertThat(x.reason()).contains("entry_date 2025-10-16 differs");
              });
      assertThat(r.fallbackLines()).isZero(); // 80,000 g is 80 kg exactly: the fast path
    }
    // Free MFN + 25% + 25% of 1,000.00 under "before", for each of the two assessed lines
    assertThat(first)
        .filteredOn(l -> l.scenario().equals("before"))
        .extracting(LineResult::duty)
        .allSatisfy(d -> assertThat(d).isEqualByComparingTo("500.00"))
        .hasSize(2);
    // the catalog of the first run filled the categories of its results, not of the columns
    assertThat(first).extracting(LineResult::category).containsOnly("furniture");
    assertThat(second).extracting(LineResult::category).containsOnly("");
    // and the list path says the same, line for line
    List<LineResult> fromList = new ArrayList<>();
    withCatalog.run(BatchInput.lines(lines), BatchSink.lines(fromList::add));
    assertThat(first).isEqualTo(fromList);
  }

  @Test
  void aRejectedLineIsDescribedFromTheColumns() {
    ShipmentColumns columns =
        ShipmentColumns.of(
            List.of(
                furniture("E1", "2025-10-15", "80000"),
                new BatchLine(
                    "E2",
                    "XX", // no regime in the batch
                    "",
                    furniture("E2", "2025-10-15", "1000").line())));
    BatchResult r =
        BatchFixtures.engine(BatchOptions.defaults()).build().run(BatchInput.columns(columns));

    assertThat(r.rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.row()).isEqualTo(2);
              assertThat(x.reason()).contains("importer 'XX' has no regime");
              assertThat(x.raw()).startsWith("E2,XX,").contains("9403.60.80");
            });
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> ShipmentColumns.of(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunkSize must be at least 1, got 0");
    assertThatThrownBy(() -> ShipmentColumns.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(ShipmentColumns.of(List.of()).size()).isZero();
    assertThat(ShipmentColumns.of(List.of(furniture("E1", "2025-10-15", "1")), 5).toString())
        .isEqualTo("ShipmentColumns{lines=1, chunks=1}");
  }
}
