package dev.tariffimpact.economics.analysis;

import dev.tariffimpact.economics.data.ProductTrade;
import dev.tariffimpact.economics.data.TradeData;
import dev.tariffimpact.economics.panel.EffectiveRates;
import dev.tariffimpact.economics.panel.EtrGrouping;
import dev.tariffimpact.economics.panel.ImportWeight;
import dev.tariffimpact.economics.panel.RatePanel;
import dev.tariffimpact.economics.panel.WeightRates;
import dev.tariffimpact.economics.smart.TradeFlow;
import dev.tariffimpact.economics.uncertainty.Band;
import dev.tariffimpact.economics.uncertainty.ImpactModel;
import dev.tariffimpact.economics.uncertainty.MonteCarlo;
import dev.tariffimpact.economics.uncertainty.Output;
import dev.tariffimpact.economics.uncertainty.Sensitivity;
import dev.tariffimpact.economics.uncertainty.Uncertainty;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * What a tariff change between two scenarios does to the partner's trade, the importer's revenue,
 * welfare and prices, with uncertainty bands: the ETR of each group before and after (rate panel),
 * WITS SMART per product against the rest of the world, the Budget Lab price effect, and Monte
 * Carlo bands over the elasticities and the pass-through (docs/economics.md).
 *
 * <p>Example: {@code ImpactAnalysis.run(peak, s122, TradeData.indiaToUs(),
 * EtrGrouping.category(catalog), ImpactOptions.DEFAULT, executor)}.
 */
public final class ImpactAnalysis {

  private ImpactAnalysis() {}

  /**
   * Runs the analysis.
   *
   * @param before the scenario before the change
   * @param after the scenario after
   * @param data the partner's trade weights and elasticities
   * @param grouping how to group products
   * @param options the settings
   * @param executor runs the panel and the Monte Carlo
   * @return the report
   * @throws IllegalArgumentException if the scenarios are for different importers, or not for the
   *     trade data's importer
   */
  public static ImpactReport run(
      Scenario before,
      Scenario after,
      TradeData data,
      EtrGrouping grouping,
      ImpactOptions options,
      Executor executor) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(grouping, "grouping");
    if (!before.schedule().importer().equals(after.schedule().importer())) {
      throw new IllegalArgumentException(
          "Scenarios must be for one importer: "
              + before.name()
              + " is for "
              + before.schedule().importer()
              + ", "
              + after.name()
              + " for "
              + after.schedule().importer());
    }
    if (!before.schedule().importer().equals(TradeData.IMPORTER)) {
      throw new IllegalArgumentException(
          "The trade data are goods of India entering the US; scenario "
              + before.name()
              + " is for importer "
              + before.schedule().importer());
    }
    List<ProductTrade> products = data.products();
    int n = products.size();
    List<ImportWeight> partner = new ArrayList<>();
    List<ImportWeight> both = new ArrayList<>();
    for (ProductTrade p : products) {
      partner.add(new ImportWeight(p.code(), TradeData.PARTNER, p.value()));
    }
    both.addAll(partner);
    for (ProductTrade p : products) {
      both.add(new ImportWeight(p.code(), options.restOfWorldOrigin(), p.value()));
    }
    RatePanel pb = panel(before, options, executor);
    RatePanel pa = panel(after, options, executor);
    WeightRates rb = WeightRates.of(pb, both);
    WeightRates ra = WeightRates.of(pa, partner);
    EffectiveRates eb = EffectiveRates.of(WeightRates.of(pb, partner), grouping);
    EffectiveRates ea = EffectiveRates.of(WeightRates.of(pa, partner), grouping);

    double restFactor = (1 - options.partnerShare()) / options.partnerShare();
    Map<String, List<Integer>> members = new TreeMap<>();
    List<TradeFlow> flows = new ArrayList<>();
    List<Integer> flowProduct = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ProductTrade p = products.get(i);
      members.computeIfAbsent(grouping.of(p.code(), TradeData.PARTNER), k -> new ArrayList<>());
      Optional<BigDecimal> t0c = rb.rate(i, 0);
      Optional<BigDecimal> t1c = ra.rate(i, 0);
      // The rest of the world keeps its before-rate: the analysis isolates the change in the
      // partner's tariffs (SMART for a partner-specific change). Its imports are sized, not
      // measured, so its own tariff change would swamp the partner's effects with a made-up base.
      Optional<BigDecimal> t0o = rb.rate(n + i, 0);
      Optional<BigDecimal> t1o = t0o;
      if (t0c.isEmpty() || t1c.isEmpty() || t0o.isEmpty()) {
        continue;
      }
      double mc = p.value().doubleValue();
      flows.add(
          TradeFlow.of(
              p.code().toString(),
              mc,
              mc * restFactor,
              fraction(t0c.get()),
              fraction(t1c.get()),
              fraction(t0o.get()),
              fraction(t1o.get())));
      flowProduct.add(i);
      members.get(grouping.of(p.code(), TradeData.PARTNER)).add(flows.size() - 1);
    }

    List<GroupImpact> groups = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> g : members.entrySet()) {
      groups.add(
          group(
              g.getKey(),
              g.getValue(),
              flows,
              flowProduct,
              products,
              eb,
              ea,
              pb,
              pa,
              options,
              executor));
    }
    List<Integer> all = new ArrayList<>();
    for (int f = 0; f < flows.size(); f++) {
      all.add(f);
    }
    EffectiveRates tb = EffectiveRates.of(WeightRates.of(pb, partner), EtrGrouping.total());
    EffectiveRates ta = EffectiveRates.of(WeightRates.of(pa, partner), EtrGrouping.total());
    GroupImpact total =
        group("total", all, flows, flowProduct, products, tb, ta, pb, pa, options, executor);
    List<Sensitivity.Row> sensitivity =
        Sensitivity.of(
            model(all, flows, flowProduct, products, options),
            options.uncertainty(),
            Output.REVENUE_CHANGE);
    return new ImpactReport(
        before, after, groups, total, sensitivity, assumptions(data, total, options), options);
  }

  private static RatePanel panel(Scenario s, ImpactOptions o, Executor executor) {
    TariffSchedule schedule = s.schedule().withAll(s.overlays());
    return RatePanel.build(
        schedule,
        RatePanel.lines(schedule),
        List.of(TradeData.PARTNER, o.restOfWorldOrigin()),
        s.asOf(),
        s.asOf(),
        executor);
  }

  private static double fraction(BigDecimal percent) {
    return percent.doubleValue() / 100;
  }

  private static ImpactModel model(
      List<Integer> member,
      List<TradeFlow> flows,
      List<Integer> flowProduct,
      List<ProductTrade> products,
      ImpactOptions o) {
    List<TradeFlow> f = new ArrayList<>();
    double[] e = new double[member.size()];
    for (int k = 0; k < member.size(); k++) {
      f.add(flows.get(member.get(k)));
      e[k] = products.get(flowProduct.get(member.get(k))).importDemandElasticity();
    }
    return ImpactModel.of(f, e, o.totalImports(), o.priceEffect());
  }

  private static GroupImpact group(
      String name,
      List<Integer> member,
      List<TradeFlow> flows,
      List<Integer> flowProduct,
      List<ProductTrade> products,
      EffectiveRates eb,
      EffectiveRates ea,
      RatePanel pb,
      RatePanel pa,
      ImpactOptions o,
      Executor executor) {
    Optional<EffectiveRates.Row> rowB = eb.on(pb.changeDates().get(0), name);
    Optional<EffectiveRates.Row> rowA = ea.on(pa.changeDates().get(0), name);
    BigDecimal modelled = BigDecimal.ZERO;
    for (int f : member) {
      modelled = modelled.add(products.get(flowProduct.get(f)).value());
    }
    ImpactModel model = model(member, flows, flowProduct, products, o);
    Uncertainty u = o.uncertainty();
    double[] central =
        model.evaluate(
            null,
            u.substitutionMode(),
            u.exportSupplyMin(),
            (u.passThroughMin() + u.passThroughMax()) / 2);
    Map<Output, Band> bands = MonteCarlo.run(model, u, o.draws(), o.seed(), executor).bands();
    return new GroupImpact(
        name,
        rowB.map(EffectiveRates.Row::importValue).orElse(BigDecimal.ZERO),
        rowB.map(EffectiveRates.Row::ratedValue).orElse(BigDecimal.ZERO),
        rowA.map(EffectiveRates.Row::ratedValue).orElse(BigDecimal.ZERO),
        rowB.flatMap(EffectiveRates.Row::etrPercent),
        rowA.flatMap(EffectiveRates.Row::etrPercent),
        modelled,
        central,
        bands);
  }

  private static List<String> assumptions(TradeData data, GroupImpact total, ImpactOptions o) {
    List<String> out = new ArrayList<>();
    out.add(
        "Import values: India's FY2024-25 export statistics by HS6 (DGCI&S EIDB mirror, R), plus"
            + " chapter residuals of US$ "
            + billions(data.unverifiedValue())
            + " bn reconciling chapters 29, 30, 71, 84, 85 and 50-63 to FACTS.md s.4 (product mix U);"
            + " total US$ "
            + billions(data.totalValue())
            + " bn against US$ 87.4 bn published (2024).");
    out.add(
        "Import demand elasticities: Hauk (2012) US HS6 estimates (R) except US$ "
            + billions(data.defaultElasticityValue())
            + " bn of imports on chapter-median defaults (U).");
    out.add(
        "Partial equilibrium covers US$ "
            + billions(total.modelledValue())
            + " bn of US$ "
            + billions(total.importValue())
            + " bn: products rated in both scenarios; the rest (no tariff line in the schedule, or a"
            + " rate that is not ad valorem) is left out, not counted at zero.");
    out.add(
        "An HS6 weight takes the unweighted mean rate of the schedule's lines below it (U: no finer"
            + " weights).");
    out.add(
        String.format(
            "Rest of the world: the schedule's rates for origin %s before the change, held in"
                + " both scenarios (the analysis isolates the change in India's tariffs); its imports"
                + " of each product are sized from India's share %.2f%% of US imports (U).",
            o.restOfWorldOrigin(), 100 * o.partnerShare()));
    out.add(
        String.format(
            "Price effect: Budget Lab formula (R) on the economy-wide ETR change, over US total"
                + " imports of US$ %.1f bn (U); pass-through uniform %.2f-%.2f (Budget Lab measured"
                + " range, R).",
            o.totalImports() / 1e9,
            o.uncertainty().passThroughMin(),
            o.uncertainty().passThroughMax()));
    Uncertainty u = o.uncertainty();
    out.add(
        String.format(
            "Uncertainty (U, this project's assumption): import demand x log-normal(0, %.2f) per"
                + " product; substitution triangular(%.2f, %.2f, %.2f); export supply %s; %d"
                + " draws, seed %d.",
            u.demandLogSd(),
            u.substitutionMin(),
            u.substitutionMode(),
            u.substitutionMax(),
            u.exportSupplyMin() == u.exportSupplyMax()
                ? "fixed at " + u.exportSupplyMin()
                : "uniform(" + u.exportSupplyMin() + ", " + u.exportSupplyMax() + ")",
            o.draws(),
            o.seed()));
    return out;
  }

  private static String billions(BigDecimal usd) {
    return usd.movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
