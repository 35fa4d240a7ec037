package dev.tariffimpact.cli;

import dev.tariffimpact.economics.analysis.GroupImpact;
import dev.tariffimpact.economics.analysis.ImpactReport;
import dev.tariffimpact.economics.data.TradeData;
import dev.tariffimpact.economics.uncertainty.Band;
import dev.tariffimpact.economics.uncertainty.Output;
import dev.tariffimpact.economics.uncertainty.Sensitivity;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The table, CSV and JSON (docs/cli.md) of {@code impact}: formatting only. */
final class ImpactTables {

  private ImpactTables() {}

  static final Output[] SHOWN = {
    Output.PARTNER_IMPORT_CHANGE,
    Output.REVENUE_CHANGE,
    Output.DEADWEIGHT_LOSS_CHANGE,
    Output.PRICE_EFFECT
  };

  static Table impactTable(List<ImpactReport> reports, boolean csv) {
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

  static String millions(double usd) {
    return fmt(usd / 1e6, 1);
  }

  static String fmt(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String money(double usd) {
    return BigDecimal.valueOf(usd).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String json(List<ImpactReport> reports) {
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

  static ObjectNode header(JsonMapper mapper, String format) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", format);
    root.put("version", 1);
    root.put("importer", "US");
    root.put("partner", TradeData.PARTNER);
    root.put("currency", "USD");
    return root;
  }

  static void scenario(ObjectNode n, Scenario s) {
    n.put("scenario", s.name());
    n.put("asOf", s.asOf().toString());
  }

  static void group(ObjectNode n, GroupImpact g) {
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

  static void percent(ObjectNode n, String key, Optional<BigDecimal> value) {
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

  static String usd(BigDecimal v) {
    return v.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }
}
