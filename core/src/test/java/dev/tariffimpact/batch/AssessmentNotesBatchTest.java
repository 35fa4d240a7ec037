package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.io.lists.MetalContentShares;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of assessment note reaches the batch: hand-built lines on the bundled law, each with
 * the notes it must produce, counted per line, per aggregate and in {@code aggregates.json}.
 *
 * <p>US scenario {@code us-in-2025-08-peak} (measures of 2025-09-15): the IEEPA India 25% keeps the
 * old treatment for goods exported on or before 2025-08-06 and entered on or before 2025-10-04, the
 * Russian-oil 25% for goods exported on or before 2025-08-26 and entered on or before 2025-09-16;
 * de minimis (USD 800) for entries up to 2025-08-28; donations exempt from the IEEPA layers when
 * claimed (9903.01.xx, claim {@code donation}). India scenario {@code in-us-mfn-2025}: no IGST on
 * alcoholic liquor (Constitution art. 366(12A)).
 */
class AssessmentNotesBatchTest {

  private static final String HEADER =
      "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
          + "incoterm,mode,entry_date,export_date,components,claims\n";

  /**
   * One line per entry, in row order:
   *
   * <ol>
   *   <li>USD 500 by post entered 2025-08-20: de minimis (500 &lt;= 800, before 2025-08-29); a
   *       what-if (entered 2025-08-20, measures of 2025-09-15); the donation claim is available.
   *   <li>USD 10,000 exported 2025-08-01, entered 2025-09-15: in transit for the India 25% and the
   *       Russian-oil 25% (one line, counted once); the donation claim is available.
   *   <li>USD 1,000 from China: the IEEPA layers are modelled for India only.
   *   <li>USD 1,000 claiming {@code donation}: the claim is used (no IEEPA layer).
   *   <li>USD 1,000 of steel articles with USD 400 steel content: the IEEPA layers are charged on
   *       the USD 600 rest (content split); the donation claim is available for them.
   *   <li>The same without a declared content: estimated from the BEA share (content default), then
   *       split the same way.
   *   <li>India importing USD 1,000 of US bourbon (2208.30) on its scenario's date: no IGST.
   * </ol>
   */
  private static final String LINES =
      HEADER
          + "E1,US,IN,6109.10.00,500.00,USD,5,doz.,12,,,,POSTAL,2025-08-20,,,\n"
          + "E2,US,IN,6109.10.00,10000.00,USD,100,doz.,240,,,,OCEAN,2025-09-15,2025-08-01,,\n"
          + "E3,US,CN,6109.10.00,1000.00,USD,10,doz.,24,,,,OCEAN,2025-09-15,,,\n"
          + "E4,US,IN,6109.10.00,1000.00,USD,10,doz.,24,,,,OCEAN,2025-09-15,,,donation\n"
          + "E5,US,IN,7326.90.86,1000.00,USD,10,No.,50,,,,OCEAN,2025-09-15,,"
          + "steel content=400.00,\n"
          + "E6,US,IN,7326.90.86.10,1000.00,USD,10,No.,50,,,,OCEAN,2025-09-15,,,\n"
          + "E7,IN,US,2208.30,1000.00,USD,12,l,,,,CIF,OCEAN,2025-10-01,,,\n";

  private static BatchEngine engine(GroupBy... by) {
    BundledDataset data = BundledDataset.load();
    return BatchEngine.builder()
        .regime(data.regime("US"))
        .regime(data.regime("IN"))
        .exchangeRates(data.exchangeRates())
        .contentDefault(MetalContentShares.bundled().contentDefault())
        .scenario(
            BatchScenario.of(
                "peak", data.scenario("us-in-2025-08-peak"), data.scenario("in-us-mfn-2025")))
        .options(BatchOptions.builder().groupBy(by).verifySample(50).build())
        .build();
  }

  private static BatchResult run(String csv, Path dir, GroupBy... by) throws IOException {
    Path in = dir.resolve("s.csv");
    Files.writeString(in, csv, StandardCharsets.UTF_8);
    return engine(by).run(BatchInput.csv(in), dir.resolve("out"));
  }

  @Test
  void eachLineCarriesTheNotesItsAssessmentHas(@TempDir Path dir) throws IOException {
    List<LineResult> lines = new ArrayList<>();
    Path in = dir.resolve("s.csv");
    Files.writeString(in, LINES, StandardCharsets.UTF_8);
    List<Reject> rejects = new ArrayList<>();
    BatchResult r = engine().run(BatchInput.csv(in), BatchSink.of(lines::add, rejects::add));

    assertThat(rejects).isEmpty();
    assertThat(r.assessed()).isEqualTo(7);
    assertThat(lines)
        .extracting(LineResult::notes)
        .containsExactly(
            set(BatchNote.DE_MINIMIS, BatchNote.ENTRY_DATE_DIFFERS, BatchNote.CLAIM_AVAILABLE),
            set(BatchNote.IN_TRANSIT, BatchNote.CLAIM_AVAILABLE),
            set(BatchNote.ORIGIN_NOT_MODELLED),
            set(BatchNote.CLAIM_USED),
            set(BatchNote.CONTENT_SPLIT, BatchNote.CLAIM_AVAILABLE),
            set(BatchNote.CONTENT_DEFAULT, BatchNote.CONTENT_SPLIT, BatchNote.CLAIM_AVAILABLE),
            set(BatchNote.NO_IMPORT_TAX));
  }

  @Test
  void aggregatesCountTheLinesOfEachKindAndTheJsonNamesThemByCode(@TempDir Path dir)
      throws IOException {
    BatchResult r = run(LINES, dir, GroupBy.IMPORTER);

    // totals: the six US lines and the Indian one, each kind counted once per line
    assertThat(r.notes().get("peak"))
        .containsExactly(
            Map.entry(BatchNote.ENTRY_DATE_DIFFERS, 1L),
            Map.entry(BatchNote.DE_MINIMIS, 1L),
            Map.entry(BatchNote.IN_TRANSIT, 1L),
            Map.entry(BatchNote.CLAIM_USED, 1L),
            Map.entry(BatchNote.CLAIM_AVAILABLE, 4L),
            Map.entry(BatchNote.CONTENT_SPLIT, 2L),
            Map.entry(BatchNote.CONTENT_DEFAULT, 1L),
            Map.entry(BatchNote.NO_IMPORT_TAX, 1L),
            Map.entry(BatchNote.ORIGIN_NOT_MODELLED, 1L));
    Aggregate india =
        r.aggregates().stream().filter(a -> "IN".equals(a.importer())).findFirst().orElseThrow();
    assertThat(india.notes()).containsExactly(Map.entry(BatchNote.NO_IMPORT_TAX, 1L));
    String json = Files.readString(dir.resolve("out/aggregates.json"));
    assertThat(json)
        .contains(
            "\"notes\" : {\n"
                + "    \"entry-date-differs\" : 1,\n"
                + "    \"de-minimis\" : 1,\n"
                + "    \"in-transit\" : 1,\n"
                + "    \"claim-used\" : 1,\n"
                + "    \"claim-available\" : 4,\n"
                + "    \"content-split\" : 2,\n"
                + "    \"content-default\" : 1,\n"
                + "    \"origin-not-modelled\" : 1\n"
                + "  }")
        .contains("\"notes\" : {\n    \"no-import-tax\" : 1\n  }");
  }

  @Test
  void theFastPathCountsTheNotesOfTheLinesItTakes(@TempDir Path dir) throws IOException {
    // no claim, no content, no in-transit date, no low value: the fixed-point path takes them
    String csv =
        HEADER
            + "E1,US,CN,6109.10.00,1000.00,USD,10,doz.,24,,,,OCEAN,2025-09-15,,,\n"
            + "E2,US,IN,6109.10.00,1000.00,USD,10,doz.,24,,,,OCEAN,2025-09-15,,,\n"
            + "E3,IN,US,2208.30,1000.00,USD,12,l,,,,CIF,OCEAN,2025-10-01,,,\n";

    BatchResult r = run(csv, dir);

    assertThat(r.fallbackLines()).isZero();
    assertThat(r.notes().get("peak"))
        .containsExactly(
            Map.entry(BatchNote.CLAIM_AVAILABLE, 1L),
            Map.entry(BatchNote.NO_IMPORT_TAX, 1L),
            Map.entry(BatchNote.ORIGIN_NOT_MODELLED, 1L));
  }

  private static Set<BatchNote> set(BatchNote first, BatchNote... rest) {
    return EnumSet.of(first, rest);
  }
}
