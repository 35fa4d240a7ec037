package dev.tariffimpact.cli;

import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.report.Assumptions;
import dev.tariffimpact.report.BatchReport;
import dev.tariffimpact.report.BundledAssumptions;
import dev.tariffimpact.report.RateChanges;
import dev.tariffimpact.report.Report;
import dev.tariffimpact.schedule.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Writes the HTML report (and the chart files) of a batch for {@code report} and {@code batch}. */
final class ReportOutput {

  private ReportOutput() {}

  /**
   * Builds the report of a batch and writes it.
   *
   * @param result the batch result
   * @param runs the scenarios the batch ran, in order (the first is the base)
   * @param changes per-line rate changes between the base and the compared scenario
   * @param input the input's name for the subtitle
   * @param title the document title, or null for the default
   * @param html the report file
   * @param charts a folder for SVG and PNG charts, or null
   * @param err where to say what was written
   * @throws IOException if a file cannot be written
   */
  static void write(
      BatchResult result,
      List<BatchScenario> runs,
      RateChanges changes,
      String input,
      String title,
      Path html,
      Path charts,
      PrintWriter err)
      throws IOException {
    BatchReport.Builder b =
        BatchReport.builder(result)
            .input(input)
            .base(changes.base())
            .compare(changes.compare())
            .scenarios(runs)
            .rateChanges(changes)
            .assumptions(assumptions(BundledDataset.load(), runs));
    if (title != null) {
      b.title(title);
    }
    Report report = b.build();
    report.writeHtml(html);
    err.println("report: " + html + " (" + report.figures().size() + " charts)");
    if (charts != null) {
      List<Path> files = report.writeCharts(charts);
      err.println("charts: " + files.size() + " files (SVG and PNG) in " + charts);
    }
    err.flush();
  }

  /** The bundled data's assumptions when every scenario is a bundled one, else a plain note. */
  private static Assumptions assumptions(BundledDataset data, List<BatchScenario> runs) {
    for (BatchScenario run : runs) {
      for (Scenario s : run.byImporter().values()) {
        if (!data.scenarioNames().contains(s.name()) || !data.scenario(s.name()).equals(s)) {
          return new Assumptions(
              List.of(),
              null,
              "scenarios from --schedule files: their measures carry their own provenance;"
                  + " this report lists assumptions for bundled scenarios only.");
        }
      }
    }
    return BundledAssumptions.of(data, runs);
  }
}
