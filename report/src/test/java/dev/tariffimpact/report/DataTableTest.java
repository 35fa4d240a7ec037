package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.report.DataTable.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataTableTest {

  @Test
  void writesExactNumbersWithThousandsSeparatorsAndNeverZeroForMissing() {
    assertThat(DataTable.format(new BigDecimal("222003.81"), Kind.MONEY)).isEqualTo("222,003.81");
    assertThat(DataTable.format(new BigDecimal("-128662.84"), Kind.MONEY)).isEqualTo("-128,662.84");
    assertThat(DataTable.format(new BigDecimal("999.5"), Kind.MONEY)).isEqualTo("999.5");
    assertThat(DataTable.format(1234567L, Kind.COUNT)).isEqualTo("1,234,567");
    assertThat(DataTable.format(new BigDecimal("39.5667"), Kind.PERCENT)).isEqualTo("39.5667");
    assertThat(DataTable.format(new BigDecimal("7"), Kind.POINTS)).isEqualTo("+7");
    assertThat(DataTable.format(new BigDecimal("-40"), Kind.POINTS)).isEqualTo("-40");
    assertThat(DataTable.format(null, Kind.MONEY)).isEqualTo("n/a");
  }

  @Test
  void cellsKeepTheirExactValuesAndTypesAreChecked() {
    DataTable t =
        DataTable.builder("t")
            .column("k", "key", Kind.TEXT)
            .column("v", "value (USD)", Kind.MONEY)
            .row("a", new BigDecimal("1.10"))
            .row("b", null)
            .build();
    assertThat(t.number(0, "v")).isEqualByComparingTo("1.10");
    assertThat(t.number(1, "v")).isNull();
    assertThat(t.display(1, 1)).isEqualTo("n/a");
    assertThatThrownBy(() -> DataTable.builder("t").column("v", "v", Kind.MONEY).row(1.5))
        .hasMessageContaining("column 'v' (MONEY) cannot hold");
    assertThatThrownBy(() -> t.column("x")).hasMessageContaining("no column 'x'");
  }
}
