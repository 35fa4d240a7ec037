package dev.tariffimpact.economics.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffimpact.economics.price.PriceEffect;
import dev.tariffimpact.economics.smart.TradeFlow;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  // The two products of SmartModelTest; total imports 10,000 for the economy-wide ETR.
  static final ImpactModel MODEL =
      ImpactModel.of(
          List.of(
              TradeFlow.of("A", 100, 900, 0.10, 0.20, 0.10, 0.10),
              TradeFlow.of("B", 50, 50, 0.25, 0.05, 0.05, 0.05)),
          new double[] {2, 1},
          10_000,
          PriceEffect.BUDGET_LAB);

  @Test
  void slicesOfTheBlocksGiveTheSameDrawsAsOneRun() {
    // 100 draws = 7 blocks of 16 (the last holds 4); slices [0,3), [3,4), [4,7) as three
    // machines would take them must give each draw the value it has in the single run.
    MonteCarlo.Result whole = MonteCarlo.run(MODEL, Uncertainty.DEFAULT, 100, 42, Runnable::run);
    assertThat(MonteCarlo.blocks(100)).isEqualTo(7);
    double[][] a = MonteCarlo.slice(MODEL, Uncertainty.DEFAULT, 100, 42, 0, 3);
    double[][] b = MonteCarlo.slice(MODEL, Uncertainty.DEFAULT, 100, 42, 3, 4);
    double[][] c = MonteCarlo.slice(MODEL, Uncertainty.DEFAULT, 100, 42, 4, 7);
    assertThat(a[0]).hasSize(48);
    assertThat(b[0]).hasSize(16);
    assertThat(c[0]).hasSize(36);
    double[][] joined = new double[Output.values().length][100];
    for (int o = 0; o < joined.length; o++) {
      System.arraycopy(a[o], 0, joined[o], 0, 48);
      System.arraycopy(b[o], 0, joined[o], 48, 16);
      System.arraycopy(c[o], 0, joined[o], 64, 36);
      assertThat(joined[o]).containsExactly(whole.samples().get(Output.values()[o]));
    }
    assertThat(MonteCarlo.of(100, 42, joined).bands()).isEqualTo(whole.bands());
  }

  @Test
  void aSliceOutsideTheRunIsRefused() {
    assertThatThrownBy(() -> MonteCarlo.slice(MODEL, Uncertainty.DEFAULT, 100, 42, 6, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[6, 8)");
  }

  @Test
  void sameSeedSameBandsAtOneAndFourThreads() {
    MonteCarlo.Result one = MonteCarlo.run(MODEL, Uncertainty.DEFAULT, 1000, 42, Runnable::run);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      MonteCarlo.Result four = MonteCarlo.run(MODEL, Uncertainty.DEFAULT, 1000, 42, pool);
      for (Output o : Output.values()) {
        assertThat(four.samples().get(o)).containsExactly(one.samples().get(o));
        assertThat(four.band(o)).isEqualTo(one.band(o));
      }
    } finally {
      pool.shutdown();
    }
    MonteCarlo.Result other = MonteCarlo.run(MODEL, Uncertainty.DEFAULT, 1000, 43, Runnable::run);
    assertThat(other.band(Output.REVENUE_CHANGE)).isNotEqualTo(one.band(Output.REVENUE_CHANGE));
  }

  @Test
  void priceBandConvergesToTheUniformPassThroughQuantiles() {
    // The price effect depends on the pass-through only: uniform 0.61..0.80, so its exact P5, P50
    // and P95 are the price at 0.61 + 0.19 x {0.05, 0.5, 0.95} = 0.6195, 0.705, 0.7905.
    // dETR = (0.1 x 100 - 0.2 x 50) / 10,000 = 0: use a model with a non-zero ETR change.
    ImpactModel m =
        ImpactModel.of(
            List.of(TradeFlow.of("A", 1000, 0, 0, 0.5, 0, 0)),
            new double[] {1},
            10_000,
            PriceEffect.BUDGET_LAB);
    assertThat(m.etrChange()).isCloseTo(0.05, within(1e-15));
    double full = PriceEffect.BUDGET_LAB.of(0.05);
    MonteCarlo.Result r = MonteCarlo.run(m, Uncertainty.DEFAULT, 20_000, 7, Runnable::run);
    Band b = r.band(Output.PRICE_EFFECT);
    assertThat(b.p5()).isCloseTo(0.6195 * full, within(0.005 * full));
    assertThat(b.p50()).isCloseTo(0.705 * full, within(0.005 * full));
    assertThat(b.p95()).isCloseTo(0.7905 * full, within(0.005 * full));
  }

  @Test
  void estimatesSettleAsDrawsGrow() {
    // The spread of the estimated P50 over 8 seeds shrinks with more draws (about 1/sqrt(n)).
    double small = spreadOfMedian(64);
    double large = spreadOfMedian(4096);
    assertThat(large).isLessThan(small / 3);
  }

  private static double spreadOfMedian(int draws) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (long seed = 1; seed <= 8; seed++) {
      double p50 =
          MonteCarlo.run(MODEL, Uncertainty.DEFAULT, draws, seed, Runnable::run)
              .band(Output.REVENUE_CHANGE)
              .p50();
      min = Math.min(min, p50);
      max = Math.max(max, p50);
    }
    return max - min;
  }

  @Test
  void centralDrawReproducesThePointEstimate() {
    // With no uncertainty at all, every draw is the SMART point estimate of SmartModelTest.
    Uncertainty none = new Uncertainty(0, 1.5, 1.5, 1.5, 99, 99, 1, 1);
    MonteCarlo.Result r = MonteCarlo.run(MODEL, none, 17, 1, Runnable::run);
    double tcA = -(20.0 / 1.1) * 99.0 / 101.0;
    Band b = r.band(Output.TOTAL_IMPORT_CHANGE);
    assertThat(b.p5()).isCloseTo(tcA + 7.92, within(1e-9));
    assertThat(b.p95()).isCloseTo(tcA + 7.92, within(1e-9));
  }

  @Test
  void sensitivityRanksTheParameters() {
    List<Sensitivity.Row> rows =
        Sensitivity.of(MODEL, Uncertainty.DEFAULT, Output.TOTAL_IMPORT_CHANGE);
    assertThat(rows).extracting(Sensitivity.Row::parameter).hasSize(4);
    // Total imports move only with the import demand elasticity (creation), not with sigma
    // (diversion nets out) or the pass-through.
    assertThat(rows.get(0).parameter()).isEqualTo("import-demand");
    assertThat(rows.get(0).swing(Output.TOTAL_IMPORT_CHANGE)).isPositive();
    Sensitivity.Row pass =
        rows.stream().filter(r -> r.parameter().equals("pass-through")).findFirst().orElseThrow();
    assertThat(pass.swing(Output.TOTAL_IMPORT_CHANGE)).isZero();
    assertThat(pass.low()).isCloseTo(0.6195, within(1e-12));
  }
}
