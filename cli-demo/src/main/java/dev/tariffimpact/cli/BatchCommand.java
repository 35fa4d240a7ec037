package dev.tariffimpact.cli;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.batch.BatchOptions;
import dev.tariffimpact.batch.BatchOutput;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.report.LinesCsv;
import dev.tariffimpact.report.RateChanges;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch}: a shipment CSV through several scenarios, with aggregates and rejects. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Assess every line of a shipment CSV under one or more scenarios; write per-line results,"
            + " rejects and aggregates; print the aggregates and the reconciliation.",
    footer = {
      "",
      "A --scenario is a bundled (or --schedule catalogue) scenario or group name, or",
      "LABEL=NAME,NAME to pair one scenario per importer under one label. The first --scenario is",
      "the base of deltas. Scenarios for EU need --vat.",
      "",
      "Examples (the bundled sample has lines into both the US and India, so each label pairs a US",
      "and an India scenario; a line whose importer has no scenario under a label is rejected):",
      "  tariff-impact batch data/sample-shipments.csv --scenario peak=us-in-2025-08-peak,in-us-mfn-2025"
          + " --scenario s122=us-in-2026-s122,in-us-framework-illustrative --by importer --output out/",
      "  tariff-impact batch lines.csv --scenario us-in-2025-08-peak --scenario us-in-2026-s122"
          + " --by category,origin",
      "",
      "Input columns, outputs and reject reasons: docs/batch.md."
    })
final class BatchCommand implements Callable<Integer>, SharedOptions.User {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Shipment lines CSV (see docs/batch.md).")
  private Path file;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "NAME|LABEL=NAME,NAME",
      description = "A scenario to run (repeatable; the first is the base of deltas).")
  private List<String> scenarios;

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "DIM",
      description = "Aggregate by: category, chapter, origin, importer (comma-separated).")
  private List<String> by = List.of("category");

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description =
          "Directory for aggregates.csv/json, rejects.csv, lines.csv and the manifest run.json,"
              + " written all or nothing (default: batch-out).")
  private Path output = Path.of("batch-out");

  @Option(names = "--lines", description = "Also write per-line results (lines.csv).")
  private boolean lineResults;

  @Option(names = "--fail-fast", description = "Stop at the first rejected row.")
  private boolean failFast;

  @Option(
      names = "--ignore-unknown-columns",
      description = "Accept (and skip) header columns the shipment format does not know.")
  private boolean ignoreUnknownColumns;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  private Integer threads;

  @Option(
      names = "--no-distributions",
      description =
          "Skip the distribution statistics (rate_*/delta_* columns left empty); money totals are"
              + " unchanged and large batches run faster.")
  private boolean noDistributions;

  // issue 18: the HTML report of this batch (reads back lines.csv for the per-line histogram)
  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write an HTML report with charts (docs/report.md); implies --lines: the"
              + " histogram of per-line rate changes is drawn from lines.csv.")
  private Path report;

  @Option(
      names = "--vat",
      paramLabel = "PERCENT",
      description = "The EU member state's VAT rate, required when a scenario is for EU (21).")
  private BigDecimal vat;

  private FormatOption format;

  private ScenarioOptions sources;

  private ContentDefaultOption contentDefault;

  @Override
  public void addSharedOptions(CommandSpec command) {
    format = FormatOption.addTo(command);
    sources = ScenarioOptions.addTo(command);
    contentDefault = ContentDefaultOption.addTo(command);
  }

  @Override
  public Integer call() throws IOException {
    Set<GroupBy> dims = EnumSet.noneOf(GroupBy.class);
    for (String d : by) {
      try {
        dims.add(GroupBy.valueOf(d.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--by: '" + d + "' is not a dimension; expected category, chapter, origin or importer");
      }
    }
    List<BatchScenario> runs = new ArrayList<>();
    for (String spec : scenarios) {
      runs.add(sources.batchScenario(spec));
    }
    BatchOptions.Builder options =
        BatchOptions.builder()
            .groupBy(dims.toArray(GroupBy[]::new))
            .baseScenario(runs.get(0).name())
            .lineResults(lineResults || report != null)
            .failFast(failFast)
            .distributions(!noDistributions)
            .ignoreUnknownColumns(ignoreUnknownColumns);
    if (threads != null) {
      if (threads < 1) {
        throw new ParameterException(
            spec.commandLine(), "--threads: '" + threads + "' is too small; expected 1 or more");
      }
      options.threads(threads);
    }
    BatchEngine.Builder engine =
        contentDefault.apply(
            BatchEngine.builder().exchangeRates(sources.rates()).options(options.build()));
    Set<String> importers = new LinkedHashSet<>();
    runs.forEach(r -> importers.addAll(r.byImporter().keySet()));
    if (importers.contains("EU") && vat == null) {
      throw new ParameterException(
          spec.commandLine(),
          "a --scenario is for importer EU: give --vat PERCENT (the member state's VAT rate)");
    }
    if (vat != null && !importers.contains("EU")) {
      throw new ParameterException(
          spec.commandLine(), "--vat applies to EU scenarios, and no --scenario is for EU");
    }
    for (String importer : importers) {
      engine.regime(sources.regime(importer, importer.equals("EU") ? vat : null));
    }
    runs.forEach(engine::scenario);
    BatchResult result = runWithProgress(engine.build());
    print(result);
    if (report != null) {
      writeReport(result, runs);
    }
    return 0;
  }

  /** The report compares the last scenario with the first, as the delta column does. */
  private void writeReport(BatchResult result, List<BatchScenario> runs) throws IOException {
    RateChanges changes = RateChanges.between(runs.get(0).name(), runs.get(runs.size() - 1).name());
    LinesCsv.read(output.resolve("lines.csv"), changes);
    ReportOutput.write(
        result, runs, changes, file.toString(), null, report, null, spec.commandLine().getErr());
  }

  /** A progress bar by bytes read, on stderr, only when a person is watching a terminal. */
  private BatchResult runWithProgress(BatchEngine engine) throws IOException {
    long size = Math.max(Files.size(file), 1); // 0 for a FIFO
    boolean terminal = StderrTerminal.isTerminal();
    BatchOutput target =
        BatchOutput.to(output)
            .withSource(file)
            .withCommand(spec.commandLine().getParseResult().originalArgs());
    for (Path input : sources.inputFiles()) {
      target = target.withInput(input.equals(sources.ratesFile()) ? "rates" : "schedule", input);
    }
    try (InputStream raw = Files.newInputStream(file)) {
      if (!terminal) {
        return engine.run(BatchInput.csv(raw, file.toString()), target);
      }
      try (ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName("batch")
              .setInitialMax(size)
              .setUnit(" MiB", 1 << 20)
              .setStyle(ProgressBarStyle.ASCII)
              .continuousUpdate()
              .build()) {
        InputStream counted =
            new FilterInputStream(raw) {
              @Override
              public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                  bar.stepBy(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                  bar.stepBy(n);
                }
                return n;
              }
            };
        return engine.run(BatchInput.csv(counted, file.toString()), target);
      }
    }
  }

  private void print(BatchResult result) {
    PrintWriter out = spec.commandLine().getOut();
    Table t =
        Table.of(
            "scenario",
            "currency",
            "category",
            "chapter",
            "origin",
            "importer",
            "lines>",
            "customs value>",
            "duty>",
            "fees>",
            "taxes>",
            "rate %>",
            "delta>");
    for (Aggregate a : result.aggregates()) {
      t.row(
          a.scenario(),
          a.currency(),
          text(a.category()),
          text(a.chapter()),
          text(a.origin()),
          text(a.importer()),
          a.lines(),
          a.customsValue().toPlainString(),
          a.duty().toPlainString(),
          a.fees().toPlainString(),
          a.taxes().toPlainString(),
          decimal(a.effectiveRate()),
          a.delta().toPlainString());
    }
    switch (format.format()) {
      case table -> {
        t.printText(out);
        notes(result).forEach(line -> out.println("note " + line));
      }
      case csv -> t.printCsv(out);
      case json -> {
        try {
          out.println(Files.readString(output.resolve("aggregates.json")));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "read "
            + result.read()
            + ", assessed "
            + result.assessed()
            + ", rejected "
            + result.rejected()
            + notes(result).stream()
                .map(line -> "; " + line.split(": ", 2)[0])
                .reduce("", String::concat)
            + " (outputs, rejects.csv and run.json in "
            + output
            + ")");
  }

  /**
   * One line per note some line has, with its count under each scenario, for example {@code
   * entry-date-differs: 40 lines under peak, 40 under after: entry date differs ...}.
   */
  private static List<String> notes(BatchResult result) {
    List<String> lines = new ArrayList<>();
    for (BatchNote note : BatchNote.values()) {
      List<String> counts = new ArrayList<>();
      result
          .notes()
          .forEach(
              (scenario, notes) -> {
                long n = notes.getOrDefault(note, 0L);
                if (n > 0) {
                  counts.add(n + (counts.isEmpty() ? " lines" : "") + " under " + scenario);
                }
              });
      if (!counts.isEmpty()) {
        lines.add(note.code() + " " + String.join(", ", counts) + ": " + note.description());
      }
    }
    return lines;
  }

  private static String text(String value) {
    return Objects.toString(value, "");
  }

  private static String decimal(BigDecimal value) {
    return value == null ? "n/a" : value.toPlainString();
  }
}
