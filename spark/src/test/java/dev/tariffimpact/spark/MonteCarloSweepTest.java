package dev.tariffimpact.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.economics.price.PriceEffect;
import dev.tariffimpact.economics.smart.TradeFlow;
import dev.tariffimpact.economics.uncertainty.ImpactModel;
import dev.tariffimpact.economics.uncertainty.MonteCarlo;
import dev.tariffimpact.economics.uncertainty.Output;
import dev.tariffimpact.economics.uncertainty.Uncertainty;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloSweepTest {

  /** The two products of economics' MonteCarloTest; total imports 10,000. */
  static ImpactModel model() {
    return ImpactModel.of(
        List.of(
            TradeFlow.of("A", 100, 900, 0.10, 0.20, 0.10, 0.10),
            TradeFlow.of("B", 50, 50, 0.25, 0.05, 0.05, 0.05)),
        new double[] {2, 1},
        10_000,
        PriceEffect.BUDGET_LAB);
  }

  @Test
  void drawsOnTheClusterAreTheLocalDrawsBitForBit() {
    // 1,000 draws = 63 blocks over 5 tasks (uneven ranges); every draw must be the local one
    MonteCarlo.Result local =
        MonteCarlo.run(model(), Uncertainty.DEFAULT, 1_000, 42, Runnable::run);
    MonteCarlo.Result spark =
        MonteCarloSweep.run(LocalSpark.session(), MonteCarloSweepTest::model, 1_000, 42, 5);
    for (Output o : Output.values()) {
      assertThat(spark.samples().get(o)).containsExactly(local.samples().get(o));
    }
    assertThat(spark.bands()).isEqualTo(local.bands());
    assertThat(spark.draws()).isEqualTo(1_000);
  }

  @Test
  void anotherSeedGivesOtherDraws() {
    MonteCarlo.Result a =
        MonteCarloSweep.run(LocalSpark.session(), MonteCarloSweepTest::model, 100, 1, 2);
    MonteCarlo.Result b =
        MonteCarloSweep.run(LocalSpark.session(), MonteCarloSweepTest::model, 100, 2, 2);
    assertThat(a.samples().get(Output.REVENUE_CHANGE))
        .isNotEqualTo(b.samples().get(Output.REVENUE_CHANGE));
  }
}
