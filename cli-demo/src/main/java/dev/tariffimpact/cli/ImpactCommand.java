package dev.tariffimpact.cli;

import dev.tariffimpact.economics.analysis.GroupImpact;
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
import dev.tariffimpact.economics.uncertainty.Band;
import dev.tariffimpact.economics.uncertainty.Output;
import dev.tariffimpact.economics.uncertainty.Sensitivity;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
final class ImpactCommand implements Callable<Integer> {

  enum By {
    category,
    chapter,
    origin,
    total
  }

  @Spec private CommandSpec spec;

  @Mixin private FormatOption output;

  @Mixin private ScenarioOptions sources;

  @Option(names = "--scenario", paramLabel = "NAME", description = "A named scenario (repeatable).")
  List<String> scenarios = new ArrayList<>();

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
  public Integer call() {
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
          case category -> EtrGrouping.category(sources.bundled().categories("US"));
          case chapter -> EtrGrouping.chapter();
          case origin -> EtrGrouping.origin();
          case total -> EtrGrouping.total();
        };
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      if (series) {
        printSeries(series(grouping, pool));
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

  private static final Output[] SHOWN = {
    Output.PARTNER_IMPORT_CHANGE,
    Output.REVENUE_CHANGE,
    Output.DEADWEIGHT_LOSS_CHANGE,
    Output.PRICE_EFFECT
  };

  private void printImpact(List<ImpactReport> reports) {
    PrintWriter out = spec.commandLine().getOut();
    switch (output.format) {
      case json -> out.println(json(reports));
      case csv -> out.print(impactTable(reports, true).toCsv());
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
        out.print(impactTable(reports, false).toText());
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
                fmt(s.low(), 3),
                fmt(s.high(), 3),
                millions(s.atLow()[Output.REVENUE_CHANGE.ordinal()]),
                millions(s.atHigh()[Output.REVENUE_CHANGE.ordinal()]),
                millions(s.swing(Output.REVENUE_CHANGE)));
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

  private static Table impactTable(List<ImpactReport> reports, boolean csv) {
    List<String> headers =
        new ArrayList<>(
            List.of("after", "group", "value>", "modelled>", "ETR % before>", "ETR % after>"));
    String[] names = {"import change", "revenue change", "welfare", "price %"};
    for (String n : names) {
      if (csv) {
        // One number per cell: a CSV cell such as "-49.0 [..]" would be neutralised as a formula.
        headers.addAll(List.of(n + ">", n + " P5>", n + " P95>"));
      } else {
        headers.add(n + ">");
      }
    }
    Table t = Table.of(headers.toArray(new String[0]));
    for (ImpactReport r : reports) {
      List<GroupImpact> rows = new ArrayList<>(r.groups());
      if (rows.stream().noneMatch(g -> g.group().equals(r.total().group()))) {
        rows.add(r.total()); // --by total: the only group is the total already
      }
      for (GroupImpact g : rows) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.after().name());
        cells.add(g.group());
        cells.add(millions(g.importValue().doubleValue()));
        cells.add(millions(g.modelledValue().doubleValue()));
        cells.add(g.etrBefore().map(BigDecimal::toPlainString).orElse("n/a"));
        cells.add(g.etrAfter().map(BigDecimal::toPlainString).orElse("n/a"));
        for (Output o : SHOWN) {
          Band b = g.band(o);
          boolean pct = o == Output.PRICE_EFFECT;
          String c = pct ? fmt(100 * g.central(o), 4) : millions(g.central(o));
          String lo = pct ? fmt(100 * b.p5(), 4) : millions(b.p5());
          String hi = pct ? fmt(100 * b.p95(), 4) : millions(b.p95());
          if (csv) {
            cells.addAll(List.of(c, lo, hi));
          } else {
            cells.add(c + " [" + lo + ".." + hi + "]");
          }
        }
        t.row(cells.toArray());
      }
    }
    return t;
  }

  private static String millions(double usd) {
    return fmt(usd / 1e6, 1);
  }

  private static String fmt(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String money(double usd) {
    return BigDecimal.valueOf(usd).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String json(List<ImpactReport> reports) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = header(mapper, "tariff-impact/impact");
    ImpactReport first = reports.get(0);
    root.put("draws", first.options().draws());
    root.put("seed", first.options().seed());
    ArrayNode comparisons = root.putArray("comparisons");
    for (ImpactReport r : reports) {
      ObjectNode c = comparisons.addObject();
      scenario(c.putObject("before"), r.before());
      scenario(c.putObject("after"), r.after());
      ArrayNode groups = c.putArray("groups");
      r.groups().forEach(g -> group(groups.addObject(), g));
      group(c.putObject("total"), r.total());
      ArrayNode sens = c.putArray("sensitivity");
      for (Sensitivity.Row s : r.sensitivity()) {
        ObjectNode n = sens.addObject();
        n.put("parameter", s.parameter());
        n.put("low", fmt(s.low(), 6));
        n.put("high", fmt(s.high(), 6));
        n.put("revenueChangeAtLow", money(s.atLow()[Output.REVENUE_CHANGE.ordinal()]));
        n.put("revenueChangeAtHigh", money(s.atHigh()[Output.REVENUE_CHANGE.ordinal()]));
      }
    }
    ArrayNode assumptions = root.putArray("assumptions");
    first.assumptions().forEach(assumptions::add);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode header(JsonMapper mapper, String format) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", format);
    root.put("version", 1);
    root.put("importer", "US");
    root.put("partner", TradeData.PARTNER);
    root.put("currency", "USD");
    return root;
  }

  private static void scenario(ObjectNode n, Scenario s) {
    n.put("scenario", s.name());
    n.put("asOf", s.asOf().toString());
  }

  private static void group(ObjectNode n, GroupImpact g) {
    n.put("group", g.group());
    n.put("importValue", g.importValue().setScale(0, RoundingMode.HALF_EVEN).toPlainString());
    n.put("modelledValue", g.modelledValue().setScale(0, RoundingMode.HALF_EVEN).toPlainString());
    percent(n, "etrBeforePercent", g.etrBefore());
    percent(n, "etrAfterPercent", g.etrAfter());
    for (Output o : Output.values()) {
      Band b = g.band(o);
      ObjectNode band = n.putObject(key(o));
      boolean pct = o == Output.PRICE_EFFECT;
      band.put("central", pct ? fmt(100 * g.central(o), 6) : money(g.central(o)));
      band.put("p5", pct ? fmt(100 * b.p5(), 6) : money(b.p5()));
      band.put("p50", pct ? fmt(100 * b.p50(), 6) : money(b.p50()));
      band.put("p95", pct ? fmt(100 * b.p95(), 6) : money(b.p95()));
    }
  }

  private static void percent(ObjectNode n, String key, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      n.put(key, value.get().toPlainString());
    } else {
      n.putNull(key);
    }
  }

  static String key(Output o) {
    return switch (o) {
      case PARTNER_IMPORT_CHANGE -> "importChange";
      case TOTAL_IMPORT_CHANGE -> "totalImportChange";
      case TRADE_DIVERSION -> "tradeDiversion";
      case REVENUE_CHANGE -> "revenueChange";
      case CONSUMER_SURPLUS_CHANGE -> "consumerSurplusChange";
      case DEADWEIGHT_LOSS_CHANGE -> "deadweightLossChange";
      case PRICE_EFFECT -> "priceEffectPercent";
    };
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
    ObjectNode root = header(mapper, "tariff-impact/etr-series");
    ObjectNode claimed = root.putObject("claims");
    claims.stream().sorted().forEach(claimed.putArray("measures")::add);
    claimed.put("share", claimShare == null ? "0" : claimShare.toPlainString());
    ArrayNode rows = root.putArray("rows");
    for (EffectiveRates.Row r : etr.rows()) {
      List<Object> cells = new ArrayList<>(List.of(r.from(), r.to(), r.group()));
      cells.add(usd(r.importValue()));
      cells.add(usd(r.ratedValue()));
      cells.add(usd(r.duty()));
      cells.add(r.etrPercent().map(BigDecimal::toPlainString).orElse("n/a"));
      cells.add(r.etrAfterClaimsPercent().map(BigDecimal::toPlainString).orElse("n/a"));
      cells.add(usd(r.notComputableValue()));
      cells.add(usd(r.uncoveredValue()));
      ObjectNode n = rows.addObject();
      n.put("from", r.from().toString());
      n.put("to", r.to().toString());
      n.put("group", r.group());
      n.put("importValue", usd(r.importValue()));
      n.put("ratedValue", usd(r.ratedValue()));
      n.put("duty", r.duty().toPlainString());
      percent(n, "etrPercent", r.etrPercent());
      n.put("claimableDuty", r.claimableDuty().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
      percent(n, "etrAfterClaimsPercent", r.etrAfterClaimsPercent());
      n.put("notComputableValue", usd(r.notComputableValue()));
      n.put("uncoveredValue", usd(r.uncoveredValue()));
      ObjectNode bands = n.putObject("valueByBand");
      for (RateBand b : RateBand.values()) {
        cells.add(usd(r.valueByBand().get(b)));
        bands.put(b.label(), usd(r.valueByBand().get(b)));
      }
      t.row(cells.toArray());
    }
    switch (output.format) {
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

  private static String usd(BigDecimal v) {
    return v.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }
}
