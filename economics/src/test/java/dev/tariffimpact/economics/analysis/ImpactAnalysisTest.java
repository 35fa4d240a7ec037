package dev.tariffimpact.economics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.economics.data.TradeData;
import dev.tariffimpact.economics.panel.EtrGrouping;
import dev.tariffimpact.economics.uncertainty.Band;
import dev.tariffimpact.economics.uncertainty.Output;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {

  static final BundledDataset DATA = BundledDataset.load();

  static ImpactReport peakToS122() {
    return ImpactAnalysis.run(
        DATA.scenario("us-in-2025-08-peak"),
        DATA.scenario("us-in-2026-s122"),
        TradeData.indiaToUs(),
        EtrGrouping.category(DATA.categories("US")),
        ImpactOptions.DEFAULT.withDraws(200, 42),
        Runnable::run);
  }

  @Test
  void peakToSection122LowersTextileRatesAndRaisesImports() {
    ImpactReport r = peakToS122();
    GroupImpact textiles =
        r.groups().stream()
            .filter(g -> g.group().equals("textiles-and-apparel"))
            .findFirst()
            .orElseThrow();
    // FACTS.md s.2: a cotton knit garment goes from 66.5% to 26.5%; the group's ETR falls by the
    // 40 points of IEEPA duties the Section 122 10% replaced (50 - 10) wherever it is rated.
    BigDecimal drop =
        textiles.etrBefore().orElseThrow().subtract(textiles.etrAfter().orElseThrow());
    assertThat(drop).isEqualByComparingTo("40.0000");
    assertThat(textiles.central(Output.PARTNER_IMPORT_CHANGE)).isPositive();
    assertThat(textiles.central(Output.REVENUE_CHANGE)).isNegative();
    assertThat(textiles.central(Output.DEADWEIGHT_LOSS_CHANGE)).isNegative();
    Band b = textiles.band(Output.PARTNER_IMPORT_CHANGE);
    assertThat(b.p5()).isLessThanOrEqualTo(b.p50());
    assertThat(b.p50()).isLessThanOrEqualTo(b.p95());
    assertThat(r.total().central(Output.PRICE_EFFECT)).isNegative();
    assertThat(r.assumptions()).anyMatch(a -> a.contains("(U)"));
    assertThat(r.sensitivity()).hasSize(4);
  }

  @Test
  void refusesScenariosOfTwoImporters() {
    assertThatThrownBy(
            () ->
                ImpactAnalysis.run(
                    DATA.scenario("us-in-2025-08-peak"),
                    DATA.scenario("in-us-mfn-2025"),
                    TradeData.indiaToUs(),
                    EtrGrouping.total(),
                    ImpactOptions.DEFAULT,
                    Runnable::run))
        .hasMessageContaining("one importer");
    assertThatThrownBy(
            () ->
                ImpactAnalysis.run(
                    DATA.scenario("in-us-mfn-2025"),
                    DATA.scenario("in-us-framework-illustrative"),
                    TradeData.indiaToUs(),
                    EtrGrouping.total(),
                    ImpactOptions.DEFAULT,
                    Runnable::run))
        .hasMessageContaining("entering the US");
  }
}
