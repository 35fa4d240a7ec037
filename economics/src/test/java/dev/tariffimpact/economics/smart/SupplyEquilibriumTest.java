package dev.tariffimpact.economics.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SupplyEquilibriumTest {

  @Test
  void unitSupplyElasticitySolvedByHand() {
    // e_m = 1, e_x = 1, t 0 -> 0.5 (r = 1.5): 1 - (1.5 p - 1) = p  =>  p = 2 / 2.5 = 0.8
    double p = SupplyEquilibrium.exportPrice(0, 0.5, 1, 1);
    assertThat(p).isCloseTo(0.8, within(1e-11));
    assertThat(SupplyEquilibrium.importRatio(0, 0.5, 1, 1)).isCloseTo(0.8, within(1e-11));
  }

  @Test
  void supplyElasticityTwoSolvedByHand() {
    // e_m = 1, e_x = 2, r = 1.5: 1 - (1.5 p - 1) = p^2  =>  p^2 + 1.5 p - 2 = 0
    double p = (-1.5 + Math.sqrt(1.5 * 1.5 + 8)) / 2; // 0.850781...
    assertThat(SupplyEquilibrium.exportPrice(0, 0.5, 1, 2)).isCloseTo(p, within(1e-11));
    // The exporter bears part of the tariff: imports fall to p^2 = 0.7238 of before.
    assertThat(SupplyEquilibrium.importRatio(0, 0.5, 1, 2)).isCloseTo(p * p, within(1e-10));
  }

  @Test
  void aTariffCutRaisesTheExportPrice() {
    // e_m = 1, e_x = 1, t 0.5 -> 0 (r = 2/3): 1 - (2p/3 - 1) = p  =>  p = 2 / (5/3) = 1.2
    assertThat(SupplyEquilibrium.exportPrice(0.5, 0, 1, 1)).isCloseTo(1.2, within(1e-11));
  }

  @Test
  void atSupplyElasticity99TheSolverReproducesTheSmartClosedForm() {
    SmartParameters p = SmartParameters.of(2).withExportSupply(99);
    for (double dt : new double[] {0.001, 0.01}) {
      double closed = SmartModel.creation(100, 0.1, 0.1 + dt, p);
      double solved = 100 * (SupplyEquilibrium.importRatio(0.1, 0.1 + dt, 2, 99) - 1);
      // The closed form is the first-order term: the gap is second order in dt.
      assertThat(solved).isCloseTo(closed, within(Math.abs(closed) * 20 * dt));
    }
  }

  @Test
  void asSupplyBecomesInfiniteTheSolvedImportsTendToTheLinearDemand() {
    // Infinite supply: imports fall to 1 - e_m * dt / (1 + t0) = 1 - 2 * 0.2 / 1.1.
    double limit = 1 - 2 * 0.2 / 1.1;
    double previousGap = Double.MAX_VALUE;
    for (double ex : new double[] {10, 100, 1000, 10000}) {
      double gap = Math.abs(SupplyEquilibrium.importRatio(0.1, 0.3, 2, ex) - limit);
      assertThat(gap).isLessThan(previousGap);
      previousGap = gap;
    }
    assertThat(previousGap).isLessThan(1e-3);
  }

  @Test
  void finiteSupplyModelUsesTheSolvedPrice() {
    TradeFlow f = TradeFlow.of("X", 100, 0, 0, 0.5, 0, 0);
    SmartResult r = SmartModel.evaluate(f, new SmartParameters(1, 1.5, 1));
    // p = 0.8 (hand-solved above): imports 80, creation -20, revenue 0.5 * 0.8 * 80 = 32.
    assertThat(r.exporterPriceChange()).isCloseTo(-0.2, within(1e-10));
    assertThat(r.tradeCreation()).isCloseTo(-20, within(1e-8));
    assertThat(r.revenueChange()).isCloseTo(32, within(1e-8));
    // Domestic price 0.8 * 1.5 = 1.2: consumer surplus -(1.2 - 1) * (100 + 80) / 2 = -18.
    assertThat(r.consumerSurplusChange()).isCloseTo(-18, within(1e-8));
  }
}
