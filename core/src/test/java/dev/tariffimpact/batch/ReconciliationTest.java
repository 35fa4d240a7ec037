package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: every row of a file with broken rows is a result or a reject with its reason.
 */
class ReconciliationTest {

  private static final String HEADER =
      "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
          + "incoterm,mode,entry_date,export_date\n";

  private static final String FILE =
      "\uFEFF"
          + HEADER
          // row 2: fine
          + "E1,US,IN,6109.10.00,1000.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,2025-10-01\n"
          // row 3: letter O instead of zero
          + "E1,US,IN,61O9,1000.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,2025-10-01\n"
          // row 4: negative value
          + "E2,US,IN,6109.10.00,-5.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,\n"
          // row 5: cut after the value
          + "E3,US,IN,6109.10.00,1000.00\n"
          // row 6: unknown currency
          + "E4,US,IN,6109.10.00,1000.00,XYZ,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,\n"
          // row 7: two fields too many
          + "E5,US,IN,6109.10.00,1000.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,,x,y\n"
          // row 8: empty line
          + "\n"
          // row 9: 90 cents/pair + 20% without the number of pairs
          + "E6,US,IN,6402.99.80,800.00,USD,,,12,40.00,4.00,FOB,AIR,2025-10-15,\n"
          // row 10: fine, with a quoted field
          + "\"E7\",US,IN,9403.60.80,2000.00,USD,4,No.,80,100.00,10.00,FOB,AIR,2025-10-15,\n";

  @Test
  void everyRowEndsAsAResultOrARejectWithItsReason(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("shipments.csv");
    Files.writeString(in, FILE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    BatchResult r =
        BatchFixtures.engine(BatchOptions.defaults()).build().run(BatchInput.csv(in), out);

    assertThat(r.read()).isEqualTo(9);
    assertThat(r.assessed()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(7);
    assertThat(r.read()).isEqualTo(r.assessed() + r.rejected());
    List<Reject> rejects = r.rejects();
    assertThat(rejects).extracting(Reject::row).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(rejects.get(0).reason()).startsWith("bad code '61O9'");
    assertThat(rejects.get(0).raw()).contains("61O9");
    assertThat(rejects.get(1).reason()).isEqualTo("negative value '-5.00'");
    assertThat(rejects.get(2).reason()).startsWith("missing column 'currency'");
    assertThat(rejects.get(3).reason()).startsWith("unknown currency 'XYZ'");
    assertThat(rejects.get(4).reason()).isEqualTo("too many fields: 17 fields, the header has 15");
    assertThat(rejects.get(5).reason()).isEqualTo("empty line");
    assertThat(rejects.get(6).reason())
        .startsWith("scenario 'before': line 1 (6402.99.80 from IN), measure us-mfn-6402.99.80")
        .contains("needs the quantity (pairs), which was not given");

    List<String> rejectFile = Files.readAllLines(out.resolve("rejects.csv"));
    assertThat(rejectFile).hasSize(8).first().isEqualTo("row,reason,raw");
    assertThat(rejectFile.get(1)).startsWith("3,\"bad code '61O9'");
    assertThat(Files.readString(out.resolve("aggregates.json"))).contains("\"scenario\"");

    // totals under "before", by hand: row 2 customs value 1,000.00 (FOB, US transaction value);
    // duty 16.5% + 25% + 25% = 665.00; MPF 0.3464% = 3.464 raised to the FY2026 minimum 33.58;
    // HMF 0.125% of 1,000.00 = 1.25 (ocean). Row 10: 2,000.00, Free + 50% = 1,000.00; its own entry
    // pays the MPF minimum 33.58 (air, no HMF).
    Aggregate before = r.aggregates().get(0);
    assertThat(before.scenario()).isEqualTo("before");
    assertThat(before.currency()).isEqualTo("USD");
    assertThat(before.lines()).isEqualTo(2);
    assertThat(before.customsValue()).isEqualByComparingTo("3000.00");
    assertThat(before.duty()).isEqualByComparingTo("1665.00");
    assertThat(before.fees()).isEqualByComparingTo("68.41");
    // landed: CIF 1,055.00 + 2,110.00 + charges 1,733.41
    assertThat(before.landedCost()).isEqualByComparingTo("4898.41");
    assertThat(before.effectiveRate()).isEqualByComparingTo("55.5000");
  }

  @Test
  void failFastStopsAtTheFirstRejectNamingItsRow(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("shipments.csv");
    Files.writeString(in, FILE, StandardCharsets.UTF_8);

    BatchEngine engine =
        BatchFixtures.engine(BatchOptions.builder().failFast(true).build()).build();

    assertThatThrownBy(() -> engine.run(BatchInput.csv(in)))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("row 3 rejected (fail-fast): bad code '61O9'");
  }

  @Test
  void aHeaderWithoutARequiredColumnStopsTheBatch(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("shipments.csv");
    Files.writeString(in, HEADER.replace("net_kg,", "") + "E1\n", StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> BatchFixtures.engine(BatchOptions.defaults()).build().run(BatchInput.csv(in)))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("row 1: header lacks column 'net_kg'");
  }

  @Test
  void anUnterminatedQuoteStopsTheBatchNamingTheLastGoodRow(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("shipments.csv");
    Files.writeString(
        in,
        HEADER
            + "E1,US,IN,6109.10.00,1000.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,\n"
            + "\"E2,US,IN,6109.10.00,1000.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,2025-10-15,\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> BatchFixtures.engine(BatchOptions.defaults()).build().run(BatchInput.csv(in)))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("after row 2: malformed CSV");
  }
}
