package dev.tariffimpact.cli;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchOptions;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.BatchSink;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.io.schedule.ScenarioSource;
import dev.tariffimpact.report.RateChanges;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report}: runs a batch and writes one self-contained HTML report with charts (and, with
 * {@code --charts}, each chart as SVG and PNG). Without arguments: the demo batch.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Run shipment lines through scenarios and write one self-contained HTML report: headline,"
            + " duty change by category, effective rate by origin, per-line rate changes,"
            + " assumptions; every chart with the table of its numbers.",
    footer = {
      "",
      "Without FILE and --scenario: the demo (bundled sample shipments, the demo's four moments,",
      "the US headline group of scenarios.json compared with the first: 2026-s122 with 2025-peak).",
      "The first --scenario is the base.",
      "",
      "Examples:",
      "  tariff-impact report --output report.html --charts charts/",
      "  tariff-impact report lines.csv --scenario us-in-2025-08-peak --scenario us-in-2026-s122",
      "",
      "The report: docs/report.md. A report of a batch you run anyway: batch --report FILE."
    })
final class ReportCommand implements Callable<Integer>, SharedOptions.User {

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "Shipment lines CSV (docs/batch.md); default: the bundled sample shipments.")
  private Path file;

  @Option(
      names = "--scenario",
      paramLabel = "NAME|LABEL=NAME,NAME",
      description = "A scenario to run (repeatable; the first is the base); default: the demo's.")
  private List<String> scenarios;

  @Option(
      names = "--compare",
      paramLabel = "LABEL",
      description =
          "The scenario compared with the base (default: the last; demo: the headline group).")
  private String compare;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The HTML file to write (default: report.html).")
  private Path output = Path.of("report.html");

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description = "Also write every chart as SVG and PNG (2x) into DIR, for slides.")
  private Path charts;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
  private String title;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  private Integer threads;

  private ScenarioOptions sources;

  @Override
  public void addSharedOptions(CommandSpec command) {
    sources = ScenarioOptions.addTo(command);
  }

  @Override
  public Integer call() throws IOException {
    boolean demo = scenarios == null;
    // Without --scenario, the demo's moments: the groups of the scenario catalogue.
    List<BatchScenario> runs =
        demo ? sources.groups() : scenarios.stream().map(sources::batchScenario).toList();
    String base = runs.get(0).name();
    String after =
        compare != null ? compare : demo ? demoHeadline(base) : runs.get(runs.size() - 1).name();
    if (runs.stream().noneMatch(r -> r.name().equals(after))) {
      throw new ParameterException(
          spec.commandLine(), "--compare " + after + " is not one of the --scenario labels");
    }
    BatchOptions.Builder options =
        BatchOptions.builder().groupBy(GroupBy.CATEGORY).groupBy(GroupBy.ORIGIN).baseScenario(base);
    if (threads != null) {
      options.threads(threads);
    }
    BatchEngine.Builder engine =
        BatchEngine.builder().exchangeRates(sources.rates()).options(options.build());
    Set<String> importers = new LinkedHashSet<>();
    runs.forEach(r -> importers.addAll(r.byImporter().keySet()));
    for (String importer : importers) {
      engine.regime(sources.regime(importer, null));
    }
    runs.forEach(engine::scenario);
    RateChanges changes = RateChanges.between(base, after);
    BatchResult result;
    String input;
    if (file == null) {
      input = "data/" + DemoCommand.SAMPLE;
      try (InputStream in = BundledData.open(DemoCommand.SAMPLE)) {
        result = engine.build().run(BatchInput.csv(in, input), BatchSink.lines(changes));
      }
    } else {
      input = file.toString();
      result = engine.build().run(BatchInput.csv(file), BatchSink.lines(changes));
    }
    String name = title != null ? title : demo ? "tariff-impact demo: US-India tariffs" : null;
    ReportOutput.write(
        result, runs, changes, input, name, output, charts, spec.commandLine().getErr());
    return 0;
  }

  /**
   * The group the demo report compares with the base: the headline (scenarios.json {@code
   * headlineFor}) of the base group's first importer, the US for the bundled data.
   */
  private String demoHeadline(String base) {
    ScenarioSource source = sources.source();
    String importer = source.group(base).get(0).schedule().importer();
    return DemoCommand.headline(source, importer, source.groups());
  }
}
