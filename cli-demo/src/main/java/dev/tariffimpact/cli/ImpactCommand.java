package dev.tariffimpact.cli;

import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.economics.analysis.ImpactAnalysis;
import dev.tariffimpact.economics.analysis.ImpactOptions;
import dev.tariffimpact.economics.analysis.ImpactReport;
import dev.tariffimpact.economics.data.ProductTrade;
import dev.tariffimpact.economics.data.TradeData;
import dev.tariffimpact.economics.panel.EffectiveRates;
import dev.tariffimpact.economics.panel.EtrGrouping;
import dev.tariffimpact.economics.panel.ImportWeight;
import dev.tariffimpact.economics.panel.RateBand;
import dev.tariffimpact.economics.panel.RatePanel;
import dev.tariffimpact.economics.panel.WeightRates;
import dev.tariffimpact.economics.uncertainty.Output;
import dev.tariffimpact.economics.uncertainty.Sensitivity;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code impact}: what a tariff change does to trade, revenue, welfare and prices, with bands; or
 * the ETR series of a date range. The JSON is a contract documented in docs/cli.md.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description =
        "Effective tariff rates, trade, revenue, welfare and price effects of a tariff change on"
            + " goods of India entering the US, with P5-P95 bands (docs/economics.md).",
    footer = {
      "",
      "Examples:",
      "  tariff-impact impact --scenario us-in-2025-08-peak --scenario us-in-2026-s122",
      "  tariff-impact impact --scenario us-in-2025-08-peak --scenario us-in-2026-current"
          + " --by chapter --draws 2000 --seed 7 --format json",
      "  tariff-impact impact --from-date 2025-01-01 --to-date 2026-09-30 --by category",
      "",
      "The first --scenario is the baseline; each later one is compared with it."
    })
final class ImpactCommand implements Callable<Integer>, SharedOptions.User {

  enum By {
    category,
    chapter,
    origin,
    total
  }

  @Spec private CommandSpec spec;

  private FormatOption output;

  private ScenarioOptions sources;

  @Override
  public void addSharedOptions(CommandSpec command) {
    output = FormatOption.addTo(command);
    sources = ScenarioOptions.addTo(command);
  }

  @Option(names = "--scenario", paramLabel = "NAME", description = "A named scenario (repeatable).")
  List<String> scenarios = new ArrayList<>();

  // issue 18: the HTML report of this run
  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write an HTML report with charts (docs/report.md).")
  Path report;

  @Option(names = "--from-date", paramLabel = "DATE", description = "First day of an ETR series.")
  LocalDate fromDate;

  @Option(names = "--to-date", paramLabel = "DATE", description = "Last day of an ETR series.")
  LocalDate toDate;

  @Option(
      names = "--by",
      defaultValue = "category",
      description = "category, chapter, origin or total (default: ${DEFAULT-VALUE}).")
  By by;

  @Option(
      names = "--draws",
      defaultValue = "1000",
      description = "Monte Carlo draws (default: ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--claim",
      paramLabel = "MEASURE",
      description =
          "With --from-date: a layer whose duty can be recovered by a claim (drawback, refund),"
              + " by measure id (repeatable).")
  List<String> claims = new ArrayList<>();

  @Option(
      names = "--claim-share",
      paramLabel = "SHARE",
      description = "With --claim: the share of that duty claimed, 0 to 1 (a stated assumption).")
  BigDecimal claimShare;

  @Override
  public Integer call() throws java.io.IOException {
    boolean series = fromDate != null || toDate != null;
    if (series == !scenarios.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "give either --scenario A --scenario B ... or --from-date and --to-date");
    }
    if (series && (fromDate == null || toDate == null)) {
      throw new ParameterException(spec.commandLine(), "--from-date needs --to-date and back");
    }
    if ((claims.isEmpty() != (claimShare == null)) || (!claims.isEmpty() && !series)) {
      throw new ParameterException(
          spec.commandLine(), "--claim and --claim-share go together, with --from-date/--to-date");
    }
    if (!series && scenarios.size() < 2) {
      throw new ParameterException(spec.commandLine(), "give at least two --scenario");
    }
    if (draws < 1 || draws > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--draws must be 1..1000000");
    }
    EtrGrouping grouping =
        switch (by) {
          case category -> EtrGrouping.category(BundledDataset.load().categories("US"));
          case chapter -> EtrGrouping.chapter();
          case origin -> EtrGrouping.origin();
          case total -> EtrGrouping.total();
        };
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      if (series) {
        EffectiveRates etr = series(grouping, pool);
        printSeries(etr);
        if (report != null) {
          ImpactReportOutput.series(etr, report, spec.commandLine().getErr());
        }
      } else {
        List<Scenario> named = scenarios.stream().map(sources::byName).toList();
        ImpactOptions options = ImpactOptions.DEFAULT.withDraws(draws, seed);
        List<ImpactReport> reports = new ArrayList<>();
        for (Scenario after : named.subList(1, named.size())) {
          reports.add(
              ImpactAnalysis.run(
                  named.get(0), after, TradeData.indiaToUs(), grouping, options, pool));
        }
        printImpact(reports);
        if (report != null) {
          ImpactReportOutput.comparisons(reports, report, spec.commandLine().getErr());
        }
      }
    } finally {
      pool.shutdown();
    }
    return 0;
  }

  private EffectiveRates series(EtrGrouping grouping, ExecutorService pool) {
    Scenario base = sources.byDate("US", fromDate);
    TariffSchedule schedule = base.schedule().withAll(base.overlays());
    RatePanel panel =
        RatePanel.build(
            schedule,
            RatePanel.lines(schedule),
            List.of(TradeData.PARTNER),
            fromDate,
            toDate,
            pool);
    List<ImportWeight> weights = new ArrayList<>();
    for (ProductTrade p : TradeData.indiaToUs().products()) {
      weights.add(new ImportWeight(p.code(), TradeData.PARTNER, p.value()));
    }
    EffectiveRates.Claims claimed =
        claims.isEmpty()
            ? EffectiveRates.Claims.NONE
            : EffectiveRates.Claims.of(Set.copyOf(claims), claimShare);
    return EffectiveRates.of(WeightRates.of(panel, weights), grouping, claimed);
  }

  // ---- output: formatting only ----

  private void printImpact(List<ImpactReport> reports) {
    PrintWriter out = spec.commandLine().getOut();
    switch (output.format()) {
      case json -> out.println(ImpactTables.json(reports));
      case csv -> out.print(ImpactTables.impactTable(reports, true).toCsv());
      case table -> {
        ImpactReport first = reports.get(0);
        out.printf(
            "Goods of India entering the US. Baseline: %s (%s). Amounts in US$ million; bands are"
                + " P5..P95 of %d draws (seed %d).%n",
            first.before().name(),
            first.before().asOf(),
            first.options().draws(),
            first.options().seed());
        out.println(
            "import change = imports from India (creation + diversion); welfare = change in"
                + " deadweight loss (+ = larger loss); price = consumer price level, %.");
        out.println();
        out.print(ImpactTables.impactTable(reports, false).toText());
        out.println();
        out.println(
            "Sensitivity of the total revenue change (US$ million), each parameter at P5 and P95:");
        for (ImpactReport r : reports) {
          Table t =
              Table.of(
                  "after", "parameter", "P5", "P95", "revenue at P5>", "revenue at P95>", "swing>");
          for (Sensitivity.Row s : r.sensitivity()) {
            t.row(
                r.after().name(),
                s.parameter(),
                ImpactTables.fmt(s.low(), 3),
                ImpactTables.fmt(s.high(), 3),
                ImpactTables.millions(s.atLow()[Output.REVENUE_CHANGE.ordinal()]),
                ImpactTables.millions(s.atHigh()[Output.REVENUE_CHANGE.ordinal()]),
                ImpactTables.millions(s.swing(Output.REVENUE_CHANGE)));
          }
          out.print(t.toText());
        }
        out.println();
        out.println(
            "Assumptions (unverified figures and modelling choices these results rest on):");
        for (String a : first.assumptions()) {
          out.println("  - " + a);
        }
      }
    }
  }

  private void printSeries(EffectiveRates etr) {
    PrintWriter out = spec.commandLine().getOut();
    Table t =
        Table.of(
            "from",
            "to",
            "group",
            "value>",
            "rated>",
            "duty>",
            "ETR %>",
            "ETR % after claims>",
            "not computable>",
            "uncovered>",
            "0%>",
            "(0,10]>",
            "(10,25]>",
            "(25,50)>",
            ">=50%>");
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = ImpactTables.header(mapper, "tariff-impact/etr-series");
    ObjectNode claimed = root.putObject("claims");
    claims.stream().sorted().forEach(claimed.putArray("measures")::add);
    claimed.put("share", claimShare == null ? "0" : claimShare.toPlainString());
    ArrayNode rows = root.putArray("rows");
    for (EffectiveRates.Row r : etr.rows()) {
      List<Object> cells = new ArrayList<>(List.of(r.from(), r.to(), r.group()));
      cells.add(ImpactTables.usd(r.importValue()));
      cells.add(ImpactTables.usd(r.ratedValue()));
      cells.add(ImpactTables.usd(r.duty()));
      cells.add(r.etrPercent().map(BigDecimal::toPlainString).orElse("n/a"));
      cells.add(r.etrAfterClaimsPercent().map(BigDecimal::toPlainString).orElse("n/a"));
      cells.add(ImpactTables.usd(r.notComputableValue()));
      cells.add(ImpactTables.usd(r.uncoveredValue()));
      ObjectNode n = rows.addObject();
      n.put("from", r.from().toString());
      n.put("to", r.to().toString());
      n.put("group", r.group());
      n.put("importValue", ImpactTables.usd(r.importValue()));
      n.put("ratedValue", ImpactTables.usd(r.ratedValue()));
      n.put("duty", r.duty().toPlainString());
      ImpactTables.percent(n, "etrPercent", r.etrPercent());
      n.put("claimableDuty", r.claimableDuty().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
      ImpactTables.percent(n, "etrAfterClaimsPercent", r.etrAfterClaimsPercent());
      n.put("notComputableValue", ImpactTables.usd(r.notComputableValue()));
      n.put("uncoveredValue", ImpactTables.usd(r.uncoveredValue()));
      ObjectNode bands = n.putObject("valueByBand");
      for (RateBand b : RateBand.values()) {
        cells.add(ImpactTables.usd(r.valueByBand().get(b)));
        bands.put(b.label(), ImpactTables.usd(r.valueByBand().get(b)));
      }
      t.row(cells.toArray());
    }
    switch (output.format()) {
      case json -> out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      case csv -> out.print(t.toCsv());
      case table -> {
        out.println(
            "Effective tariff rate on goods of India entering the US, at each change of the law"
                + " (amounts in US$; ETR over the rated value only).");
        out.print(t.toText());
      }
    }
  }
}
