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

  @Test
  void terminalCellsAreCappedWithAnEllipsisAndControlCharactersHidden() {
    Table t =
        Table.of("category", "duty>").row("c".repeat(1_000_000), "1.00").row("a\u001b[2Jb", "2.00");

    String text = t.toText();

    assertThat(text.lines().mapToInt(String::length).max().orElseThrow())
        .isEqualTo(Table.MAX_CELL + 2 + 4);
    assertThat(text).contains("c".repeat(Table.MAX_CELL - 1) + "…").contains("a?[2Jb");
    assertThat(t.toCsv()).contains("c".repeat(1_000_000));
  }

  @Test
  void printTextWritesTheSameLinesAsToText() {
    java.io.StringWriter w = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(w);
    table.printText(out);
    out.flush();
    assertThat(w.toString()).isEqualTo(table.toText());
  }
}
