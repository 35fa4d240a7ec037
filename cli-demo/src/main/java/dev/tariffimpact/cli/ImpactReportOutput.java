package dev.tariffimpact.cli;

import dev.tariffimpact.economics.analysis.GroupImpact;
import dev.tariffimpact.economics.analysis.ImpactReport;
import dev.tariffimpact.economics.panel.EffectiveRates;
import dev.tariffimpact.economics.uncertainty.Band;
import dev.tariffimpact.economics.uncertainty.Output;
import dev.tariffimpact.report.Assumptions;
import dev.tariffimpact.report.DataTable;
import dev.tariffimpact.report.DataTable.Kind;
import dev.tariffimpact.report.Figure;
import dev.tariffimpact.report.Figure.ChartType;
import dev.tariffimpact.report.Headline;
import dev.tariffimpact.report.Report;
import dev.tariffimpact.report.Section;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report of {@code impact --report}: the effective-rate series with each change of the law
 * marked, or each comparison's trade, revenue and welfare effects with their P5-P95 bands.
 * Formatting only: every figure comes from the economics module.
 */
final class ImpactReportOutput {

  private static final int MAX_SERIES_CHARTS = 4;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private ImpactReportOutput() {}

  static void series(EffectiveRates etr, Path file, PrintWriter err) throws IOException {
    Map<String, List<EffectiveRates.Row>> byGroup = new LinkedHashMap<>();
    etr.rows().forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
    List<Figure> figures = new ArrayList<>();
    List<DataTable> tables = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, List<EffectiveRates.Row>> e : byGroup.entrySet()) {
      DataTable.Builder t =
          DataTable.builder("Effective rate of " + e.getKey() + " at each change of the law")
              .column("from", "from", Kind.TEXT)
              .column("to", "to", Kind.TEXT)
              .column("value", "import value (USD)", Kind.MONEY)
              .column("duty", "duty (USD)", Kind.MONEY)
              .column("etr", "effective rate (%)", Kind.PERCENT)
              .column("change", "change no.", Kind.TEXT);
      int n = 0;
      for (EffectiveRates.Row r : e.getValue()) {
        t.row(
            r.from().toString(),
            r.to().toString(),
            r.importValue(),
            r.duty(),
            r.etrPercent().orElse(null),
            n++ == 0 ? "" : String.valueOf(n - 1));
      }
      if (i++ < MAX_SERIES_CHARTS) {
        figures.add(
            new Figure(
                "etr-" + slug(e.getKey()),
                "Effective tariff rate on goods of India, " + e.getKey(),
                ChartType.STEP_SERIES,
                t.build(),
                "from",
                List.of("etr"),
                "Effective rate (% of import value)",
                "Date",
                "The import-weighted duty rate on each day; each dotted line is a change of the law,"
                    + " numbered as in the table.",
                "change"));
      } else {
        tables.add(t.build());
      }
    }
    List<String> notes = new ArrayList<>();
    if (byGroup.size() > MAX_SERIES_CHARTS) {
      notes.add(
          "Charts for the first " + MAX_SERIES_CHARTS + " groups; the others are tables only.");
    }
    Section section =
        new Section("etr-series", "Effective tariff rate over time", null, notes, figures, tables);
    write(
        new Report(
            "Effective tariff rate on goods of India entering the US",
            "From the rate panel of the bundled US schedule, weighted by India's exports to the US.",
            List.of(),
            List.of(section),
            new Assumptions(List.of(), null, "the dates of the series"),
            List.of()),
        file,
        err);
  }

  static void comparisons(List<ImpactReport> reports, Path file, PrintWriter err)
      throws IOException {
    List<Section> sections = new ArrayList<>();
    for (ImpactReport r : reports) {
      String id = "impact-" + slug(r.after().name());
      GroupImpact total = r.total();
      Headline headline =
          new Headline(
              List.of(
                  new Headline.KeyFigure(
                      "etr-before",
                      "Effective rate, " + r.before().name(),
                      "%",
                      total.etrBefore().orElse(null),
                      Kind.PERCENT),
                  new Headline.KeyFigure(
                      "etr-after",
                      "Effective rate, " + r.after().name(),
                      "%",
                      total.etrAfter().orElse(null),
                      Kind.PERCENT)),
              List.of(
                  "Bands are P5 to P95 of "
                      + r.options().draws()
                      + " draws (seed "
                      + r.options().seed()
                      + ") over elasticities and pass-through."));
      DataTable.Builder t =
          DataTable.builder("Effects of " + r.after().name() + " against " + r.before().name())
              .column("effect", "effect (US$ million)", Kind.TEXT)
              .column("p5", "P5", Kind.POINTS)
              .column("p50", "P50", Kind.POINTS)
              .column("p95", "P95", Kind.POINTS);
      for (Output o :
          List.of(
              Output.PARTNER_IMPORT_CHANGE,
              Output.TOTAL_IMPORT_CHANGE,
              Output.REVENUE_CHANGE,
              Output.DEADWEIGHT_LOSS_CHANGE)) {
        Band b = total.band(o);
        t.row(label(o), millions(b.p5()), millions(b.p50()), millions(b.p95()));
      }
      Figure effects =
          new Figure(
              id + "-effects",
              "Trade, revenue and welfare effects, " + r.after().name() + " (US$ million)",
              ChartType.INTERVAL,
              t.build(),
              "effect",
              List.of("p5", "p50", "p95"),
              "Change (US$ million)",
              "Effect",
              "Each bar spans the P5 to P95 band of one effect, the dot is the median (P50).");
      sections.add(
          new Section(
              id,
              r.before().name() + " to " + r.after().name(),
              headline,
              List.of(),
              List.of(effects),
              List.of()));
    }
    List<Assumptions.Item> items =
        reports.get(0).assumptions().stream()
            .map(a -> new Assumptions.Item(a, "tariff-impact economics", confidence(a), List.of()))
            .toList();
    write(
        new Report(
            "Impact of tariff changes on goods of India entering the US",
            "Partial equilibrium (WITS SMART) per HS6 product, with Monte Carlo bands.",
            reports.stream()
                .map(r -> r.after().name() + " (as of " + r.after().asOf() + ")")
                .toList(),
            sections,
            new Assumptions(
                List.of(new Assumptions.Group("Impact model and data", items)),
                null,
                "see the scenarios' dates"),
            List.of()),
        file,
        err);
  }

  private static void write(Report report, Path file, PrintWriter err) throws IOException {
    report.writeHtml(file);
    err.println("report: " + file + " (" + report.figures().size() + " charts)");
    err.flush();
  }

  private static BigDecimal millions(double usd) {
    return BigDecimal.valueOf(usd).divide(MILLION, 1, RoundingMode.HALF_EVEN);
  }

  private static String confidence(String assumption) {
    return assumption.contains("(R)") ? "R" : "U";
  }

  private static String label(Output o) {
    return switch (o) {
      case PARTNER_IMPORT_CHANGE -> "imports from India";
      case TOTAL_IMPORT_CHANGE -> "total imports";
      case REVENUE_CHANGE -> "tariff revenue";
      case DEADWEIGHT_LOSS_CHANGE -> "deadweight loss";
      default -> o.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "x" : s;
  }
}
