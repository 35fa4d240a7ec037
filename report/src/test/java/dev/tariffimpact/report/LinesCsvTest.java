package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.batch.LineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinesCsvTest {

  private static final String HEADER =
      "row,entry_id,importer,origin,code,category,scenario,currency,customs_value,duty,fees,"
          + "taxes,total_charges,landed_cost,delta\n";

  @Test
  void readsLinesByColumnNameAndUndoesTheSpreadsheetQuote(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        HEADER
            + "2,E1,US,IN,6109.10.00,textiles,'-minus,USD,10000.00,6650.00,34.64,0,6684.64,,0\n"
            + "2,E1,US,IN,6109.10.00,textiles,after,USD,10000.00,2650.00,34.64,0,2684.64,"
            + "13172.14,-4000.00\n");
    List<LineResult> lines = new ArrayList<>();
    LinesCsv.read(csv, lines::add);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).scenario()).isEqualTo("-minus");
    assertThat(lines.get(0).landedCost()).isNull();
    assertThat(lines.get(1).duty()).isEqualByComparingTo("2650.00");
    assertThat(lines.get(1).landedCost()).isEqualByComparingTo("13172.14");
    assertThat(lines.get(1).row()).isEqualTo(2);
    assertThat(LinesCsv.unsafe("'plain")).isEqualTo("'plain");
  }

  @Test
  void aBadCellNamesTheFileRowAndColumn(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(csv, HEADER + "2,E1,US,IN,6109.10.00,t,a,USD,ten,1.00,0,0,1.00,,0\n");
    assertThatThrownBy(() -> LinesCsv.read(csv, l -> {}))
        .hasMessageContaining("row 2: customs_value 'ten' is not a decimal number");
    Files.writeString(csv, "row,scenario\n2,a\n");
    assertThatThrownBy(() -> LinesCsv.read(csv, l -> {}))
        .hasMessageContaining("row 1: header lacks column(s) [entry_id, importer");
  }
}
