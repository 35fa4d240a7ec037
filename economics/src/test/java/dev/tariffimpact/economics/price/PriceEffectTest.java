package dev.tariffimpact.economics.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriceEffectTest {

  @Test
  void budgetLabFormulaByHand() {
    // 0.10 x 0.31471 x 0.20570 x 1.5 - 0.10 x 0.174 x 0.31471 x 0.20570
    double gm = 0.31471 * 0.20570; // 0.064735847
    double expected = 0.10 * gm * 1.5 - 0.10 * 0.174 * gm; // 0.0085839734
    assertThat(PriceEffect.BUDGET_LAB.of(0.10)).isCloseTo(expected, within(1e-15));
    assertThat(expected).isCloseTo(0.00858397, within(1e-8));
  }

  @Test
  void passThroughScalesTheEffect() {
    assertThat(PriceEffect.BUDGET_LAB.withPassThrough(0.7).of(0.10))
        .isCloseTo(0.7 * PriceEffect.BUDGET_LAB.of(0.10), within(1e-15));
    assertThat(PriceEffect.BUDGET_LAB.of(-0.02)).isNegative();
  }

  @Test
  void rejectsSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> PriceEffect.BUDGET_LAB.withPassThrough(1.2))
        .hasMessageContaining("passThrough");
  }
}
