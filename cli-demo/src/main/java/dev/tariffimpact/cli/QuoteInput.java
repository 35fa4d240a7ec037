package dev.tariffimpact.cli;

import dev.tariffimpact.io.csv.CsvLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code quote --input FILE}: many quotes in one start of the JVM. The file is a CSV whose header
 * names quote options without their dashes ({@code importer,origin,code,value,currency,date,...});
 * each row is one quote, run exactly as {@code tariff-impact quote --importer ... } would run it
 * (same validation, same output), with the bundled data loaded once. {@code -} reads stdin. The
 * repeatable options take a column of {@code ;}-separated values: {@code claims} (or {@code claim})
 * and {@code components} (or {@code component}), as in the batch format.
 *
 * <p>Output: in table format one section per row; in JSON an array of {@code {"row", ...}} objects
 * (the quote's document, or {@code "error"}); in CSV one table with a leading {@code row} column. A
 * bad row is one line on stderr naming its row, the others still run; the exit code is then 2.
 */
final class QuoteInput {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private QuoteInput() {}

  static int run(CommandLine quote, String source, OutputFormat format) throws IOException {
    List<String> lines = read(quote, source);
    if (lines.isEmpty()) {
      throw new ParameterException(quote, "--input " + source + ": empty; expected a header line");
    }
    List<String> header;
    try {
      header = CsvLine.split(lines.get(0).replace("\uFEFF", ""));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(quote, "--input " + source + " header: " + e.getMessage());
    }
    String name = source.equals("-") ? "stdin" : source;
    PrintWriter out = quote.getOut();
    PrintWriter err = quote.getErr();
    ArrayNode array = JSON.createArrayNode();
    boolean csvHeaderDone = false;
    int failed = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      int row = i + 1;
      List<String> cells;
      try {
        cells = CsvLine.split(lines.get(i));
      } catch (IllegalArgumentException e) {
        failed++;
        err.println("tariff-impact: " + name + " row " + row + ": " + e.getMessage());
        if (format == OutputFormat.json) {
          array.addObject().put("row", row).put("error", e.getMessage());
        }
        continue;
      }
      List<String> args = new ArrayList<>(List.of("quote"));
      for (int c = 0; c < header.size() && c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          addOption(args, header.get(c).strip(), cells.get(c).strip());
        }
      }
      args.addAll(List.of("--format", format.name()));
      StringWriter rowOut = new StringWriter();
      StringWriter rowErr = new StringWriter();
      CommandLine cli = TariffImpactCli.commandLine("quote");
      cli.getSubcommands().get("quote").<QuoteCommand>getCommand().readWholeSchedules();
      cli.setOut(new PrintWriter(rowOut, true));
      cli.setErr(new PrintWriter(rowErr, true));
      int code = cli.execute(args.toArray(String[]::new));
      if (code != 0) {
        failed++;
        String message = rowErr.toString().strip().replaceFirst("^tariff-impact: ", "");
        err.println("tariff-impact: " + name + " row " + row + ": " + message);
        if (format == OutputFormat.json) {
          array.addObject().put("row", row).put("error", message);
        }
        continue;
      }
      switch (format) {
        case table -> out.print("== " + name + " row " + row + "\n" + rowOut + "\n");
        case json -> {
          ObjectNode item = array.addObject().put("row", row);
          ((ObjectNode) JSON.readTree(rowOut.toString()))
              .properties()
              .forEach(e -> item.set(e.getKey(), e.getValue()));
        }
        case csv -> {
          List<String> csvLines = rowOut.toString().lines().toList();
          if (!csvHeaderDone) {
            out.println("row," + csvLines.get(0));
            csvHeaderDone = true;
          }
          csvLines.stream().skip(1).forEach(l -> out.println(row + "," + l));
        }
      }
    }
    if (format == OutputFormat.json) {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }
    out.flush();
    return failed == 0 ? 0 : TariffImpactCli.EXIT_BAD_INPUT;
  }

  /**
   * Adds one cell as options. A repeatable option's column ({@code claim} or {@code claims}, {@code
   * component} or {@code components}) holds its values separated by {@code ;}, as the batch columns
   * {@code claims} and {@code components} do; each value becomes one {@code --claim} or {@code
   * --component}.
   */
  static void addOption(List<String> args, String column, String cell) {
    String option =
        switch (column) {
          case "claim", "claims" -> "claim";
          case "component", "components" -> "component";
          default -> null;
        };
    if (option == null) {
      args.add("--" + column);
      args.add(cell);
      return;
    }
    for (String value : cell.split(";")) {
      if (!value.isBlank()) {
        args.add("--" + option);
        args.add(value.strip());
      }
    }
  }

  private static List<String> read(CommandLine quote, String source) throws IOException {
    if (source.equals("-")) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      return in.lines().toList();
    }
    Path file = Path.of(source);
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(quote, "--input: file not found: " + source);
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
