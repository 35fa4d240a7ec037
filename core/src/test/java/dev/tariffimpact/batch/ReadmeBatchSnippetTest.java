package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the bulk snippet of README.md ("Millions of lines"); keep the two in step. */
class ReadmeBatchSnippetTest {

  @Test
  void theReadmeBatchSnippetRunsAndGivesTheCottonFigures(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lines.csv");
    Files.writeString(
        file,
        "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
            + "incoterm,mode,entry_date,export_date,category\n"
            + "E1,US,IN,6109.10.00,10000.00,USD,400,doz.,,,,FOB,OCEAN,2025-09-15,,\n",
        StandardCharsets.UTF_8);
    List<BatchLine> lines =
        List.of(
            new BatchLine(
                "E1",
                "US",
                "",
                ShipmentLine.builder("6109.10.00", "IN")
                    .value("10000.00", "USD")
                    .quantity(Quantity.of("400", Unit.DOZEN))
                    .transportMode(TransportMode.OCEAN)
                    .entryDate(LocalDate.parse("2025-09-15"))
                    .build()));

    // the snippet
    BundledDataset data = BundledDataset.load();
    BatchEngine engine =
        BatchEngine.builder()
            .regime(CustomsRegime.US)
            .exchangeRates(data.exchangeRates())
            .scenario(BatchScenario.of("peak", data.scenario("us-in-2025-08-peak")))
            .scenario(BatchScenario.of("s122", data.scenario("us-in-2026-s122")))
            .options(BatchOptions.builder().groupBy(GroupBy.ORIGIN).build())
            .build();
    BatchResult result = engine.run(BatchInput.csv(file));
    BatchResult fromColumns = engine.run(BatchInput.columns(ShipmentColumns.of(lines)));

    for (BatchResult r : List.of(result, fromColumns)) {
      assertThat(r.read()).isEqualTo(r.assessed() + r.rejected()).isEqualTo(1);
      // FACTS.md section 2: 16.5% + 25% + 25% = 66.5% of 10,000 at the peak; 16.5% + 10% under
      // Section 122; MPF 34.64 and HMF 12.50 in both
      List<Aggregate> totals = r.aggregates().stream().filter(a -> a.origin() == null).toList();
      assertThat(totals).extracting(Aggregate::scenario).containsExactly("peak", "s122");
      assertThat(totals.get(0).duty()).isEqualByComparingTo("6650.00");
      assertThat(totals.get(1).duty()).isEqualByComparingTo("2650.00");
      assertThat(totals.get(0).fees()).isEqualByComparingTo("47.14");
      assertThat(totals.get(1).fees()).isEqualByComparingTo("47.14");
      assertThat(totals.get(1).delta()).isEqualByComparingTo("-4000.00");
    }
  }
}
