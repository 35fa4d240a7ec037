package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTest {

  private final Table table =
      Table.of("category", "duty>").row("textiles", "1650.00").row("=cmd, \"x\"", "-4000.00");

  @Test
  void textAlignsNumbersRight() {
    assertThat(table.toText())
        .isEqualTo(
            // widths: 9 (the longest cell, =cmd, "x") and 8 (-4000.00), two spaces between
            "category       duty\n"
                + "---------  --------\n"
                + "textiles    1650.00\n"
                + "=cmd, \"x\"  -4000.00\n");
  }

  @Test
  void csvQuotesAndNeutralisesFormulasButKeepsNegativeNumbers() {
    assertThat(table.toCsv())
        .isEqualTo("category,duty\n" + "textiles,1650.00\n" + "\"'=cmd, \"\"x\"\"\",-4000.00\n");
  }
}
