package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final Path SAMPLE = Path.of("..", "data", "sample-shipments.csv");

  @Test
  void reportOfTheDemoWritesOneHtmlFileAndEveryChartAsSvgAndPng(@TempDir Path dir)
      throws IOException {
    Path html = dir.resolve("report.html");
    Path charts = dir.resolve("charts");
    CliRun run = CliRun.of("report", "--output", html.toString(), "--charts", charts.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("report: " + html + " (6 charts)", "charts: 12 files");
    String text = Files.readString(html);
    assertThat(text)
        .contains("Imports in USD", "Imports in INR", "2026-s122 compared with 2025-peak");
    try (Stream<Path> files = Files.list(charts)) {
      List<Path> all = files.sorted().toList();
      assertThat(all).hasSize(12);
      for (Path f : all) {
        byte[] head = Files.readAllBytes(f);
        if (f.toString().endsWith(".png")) {
          assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        } else {
          assertThat(new String(head, 0, 60, java.nio.charset.StandardCharsets.UTF_8))
              .startsWith("<?xml");
        }
      }
    }
  }

  @Test
  void batchReportShowsTheAggregatesTheBatchPrints(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("batch-report.html");
    CliRun run =
        CliRun.of(
            "batch",
            SAMPLE.toString(),
            "--scenario",
            "us-in-2025-08-peak",
            "--scenario",
            "us-in-2026-s122",
            "--output",
            dir.resolve("out").toString(),
            "--report",
            html.toString(),
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("out").resolve("lines.csv")).exists();
    // the totals rows of the batch's own CSV output (empty category): duty and rate
    Map<String, String[]> totals = new HashMap<>();
    for (String line : run.out().split("\\R")) {
      String[] c = line.split(",", -1);
      if (c.length > 11 && c[2].isEmpty() && !c[0].equals("scenario")) {
        totals.put(c[0], c);
      }
    }
    assertThat(totals).containsOnlyKeys("us-in-2025-08-peak", "us-in-2026-s122");
    String report = Files.readString(html);
    // columns: scenario,currency,category,chapter,origin,importer,lines,customs
    // value,duty,fees,taxes,rate,delta
    assertThat(kpi(report, "duty-before")).isEqualTo(totals.get("us-in-2025-08-peak")[8]);
    assertThat(kpi(report, "duty-after")).isEqualTo(totals.get("us-in-2026-s122")[8]);
    assertThat(kpi(report, "rate-after")).isEqualTo(totals.get("us-in-2026-s122")[11]);
    assertThat(kpi(report, "charges-change")).isEqualTo(totals.get("us-in-2026-s122")[12]);
    assertThat(kpi(report, "lines")).isEqualTo(totals.get("us-in-2026-s122")[6]);
  }

  @Test
  void aCompareLabelNotRunIsBadInput(@TempDir Path dir) {
    CliRun run =
        CliRun.of(
            "report",
            "--scenario",
            "us-in-2026-s122",
            "--compare",
            "nope",
            "--output",
            dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--compare nope is not one of the --scenario labels");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void impactReportShowsTheBandsTheImpactCommandPrints(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("impact.html");
    CliRun run =
        CliRun.of(
            "impact",
            "--scenario",
            "us-in-2025-08-peak",
            "--scenario",
            "us-in-2026-s122",
            "--draws",
            "50",
            "--by",
            "total",
            "--report",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String report = Files.readString(html);
    // the revenue row of the report's table: P5 and P95 as the command's table prints the band
    Matcher m =
        Pattern.compile(
                "tariff revenue</th><td data-key=\"p5\" class=\"num\">([^<]+)</td>"
                    + "<td data-key=\"p50\" class=\"num\">[^<]+</td>"
                    + "<td data-key=\"p95\" class=\"num\">([^<]+)</td>")
            .matcher(report);
    assertThat(m.find()).isTrue();
    assertThat(run.out()).contains("[" + m.group(1) + ".." + m.group(2) + "]");
    assertThat(report).contains("class=\"chart\"", "Impact model and data");
  }

  @Test
  void impactSeriesReportMarksEachChangeOfTheLaw(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("etr.html");
    CliRun run =
        CliRun.of(
            "impact",
            "--from-date",
            "2025-01-01",
            "--to-date",
            "2026-09-30",
            "--by",
            "total",
            "--report",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String report = Files.readString(html);
    Matcher rows = Pattern.compile("data-key=\"etr\" class=\"num\">([0-9.]+)<").matcher(report);
    int n = 0;
    while (rows.find()) {
      // every rate of the report's table is one the command printed
      assertThat(run.out()).contains(rows.group(1));
      n++;
    }
    assertThat(n).isGreaterThan(4);
    assertThat(report).contains("id=\"etr-total-svg\"");
  }

  /** A headline number of the report's first section, without thousands separators. */
  private static String kpi(String html, String key) {
    Matcher m =
        Pattern.compile("data-key=\"" + key + "\">.*?<span class=\"num\">([^<]+)</span>")
            .matcher(html);
    assertThat(m.find()).as(key).isTrue();
    return m.group(1).replace(",", "");
  }
}
