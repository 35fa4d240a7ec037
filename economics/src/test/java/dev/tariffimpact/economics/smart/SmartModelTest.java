package dev.tariffimpact.economics.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmartModelTest {

  private static final double EPS = 1e-9;

  // Product A: the partner's tariff rises 10% -> 20%; M_c = 100, M_o = 900, e_m = 2, defaults.
  private static final TradeFlow A = TradeFlow.of("A", 100, 900, 0.10, 0.20, 0.10, 0.10);
  private static final SmartParameters PA = SmartParameters.of(2);
  // Product B: the partner's tariff falls 25% -> 5%; M_c = 50, M_o = 50, e_m = 1, defaults.
  private static final TradeFlow B = TradeFlow.of("B", 50, 50, 0.25, 0.05, 0.05, 0.05);
  private static final SmartParameters PB = SmartParameters.of(1);

  @Test
  void productAByHand() {
    SmartResult r = SmartModel.evaluate(A, PA);
    // TC = -100 * 2 * 0.1 / 1.1 / (1 + 2/99) = -(200 * 0.1 / 1.1) * 99 / 101
    double tc = -(20.0 / 1.1) * 99.0 / 101.0;
    assertThat(r.tradeCreation()).isCloseTo(tc, within(EPS));
    assertThat(tc).isCloseTo(-17.8217821782, within(1e-9));
    // TD = -1.5 * (100 * 900 / 1000) * (1.2 / 1.1 - 1) = -135 / 11
    assertThat(r.tradeDiversion()).isCloseTo(-135.0 / 11, within(EPS));
    assertThat(r.restTradeCreation()).isZero();
    assertThat(r.partnerImportChange()).isCloseTo(tc - 135.0 / 11, within(EPS));
    assertThat(r.restImportChange()).isCloseTo(135.0 / 11, within(EPS));
    assertThat(r.totalImportChange()).isCloseTo(tc, within(EPS));
    // Revenue: 0.2 * (100 + dMc) - 0.1 * 100 + 0.1 * (900 + 135/11) - 0.1 * 900
    double mc1 = 100 + tc - 135.0 / 11;
    assertThat(r.revenueChange()).isCloseTo(0.2 * mc1 - 10 + 0.1 * (135.0 / 11), within(EPS));
    // Consumer surplus: -(1.2 - 1.1) * (100 + Mc1) / 2; the rest's price does not move.
    assertThat(r.consumerSurplusChange()).isCloseTo(-0.1 * (100 + mc1) / 2, within(EPS));
    // Deadweight loss grows: -0.5 * |0.1| * TC = 0.891...
    assertThat(r.deadweightLossChange()).isCloseTo(-0.5 * 0.1 * tc, within(EPS));
    assertThat(r.deadweightLossChange()).isPositive();
    assertThat(r.exporterPriceChange()).isZero();
  }

  @Test
  void productBByHand() {
    SmartResult r = SmartModel.evaluate(B, PB);
    // TC = -50 * 1 * (-0.2) / 1.25 / (1 + 1/99) = 8 * 99 / 100 = 7.92
    assertThat(r.tradeCreation()).isCloseTo(7.92, within(EPS));
    // TD = -1.5 * (50 * 50 / 100) * ((1.05 / 1.25) / 1 - 1) = -1.5 * 25 * (-0.16) = 6
    assertThat(r.tradeDiversion()).isCloseTo(6.0, within(EPS));
    assertThat(r.partnerImportChange()).isCloseTo(13.92, within(EPS));
    assertThat(r.restImportChange()).isCloseTo(-6.0, within(EPS));
    // Revenue: 0.05 * 63.92 - 0.25 * 50 + 0.05 * 44 - 0.05 * 50 = 3.196 - 12.5 - 0.3 = -9.604
    assertThat(r.revenueChange()).isCloseTo(-9.604, within(EPS));
    // Consumer surplus: -(1.05 - 1.25) * (50 + 63.92) / 2 = 0.2 * 56.96 = 11.392
    assertThat(r.consumerSurplusChange()).isCloseTo(11.392, within(EPS));
    // Deadweight loss shrinks: -0.5 * 0.2 * 7.92 = -0.792
    assertThat(r.deadweightLossChange()).isCloseTo(-0.792, within(EPS));
  }

  @Test
  void twoProductTotalsAreTheSumsOfTheHandFigures() {
    SmartResult total = SmartModel.evaluate(A, PA).plus(SmartModel.evaluate(B, PB));
    double tcA = -(20.0 / 1.1) * 99.0 / 101.0;
    assertThat(total.tradeCreation()).isCloseTo(tcA + 7.92, within(EPS));
    assertThat(total.tradeDiversion()).isCloseTo(-135.0 / 11 + 6.0, within(EPS));
    assertThat(total.totalImportChange()).isCloseTo(tcA + 7.92, within(EPS));
    double mc1 = 100 + tcA - 135.0 / 11;
    assertThat(total.revenueChange())
        .isCloseTo((0.2 * mc1 - 10 + 0.1 * (135.0 / 11)) - 9.604, within(EPS));
    assertThat(total.deadweightLossChange()).isCloseTo(-0.05 * tcA - 0.792, within(EPS));
  }

  @Test
  void diversionIsCappedAtExistingTrade() {
    // sigma 50 would divert 50 * 0.5 * 0.5 * 1.0 ... far more than the 1 unit the partner had.
    TradeFlow f = TradeFlow.of("C", 1, 1, 0, 1, 0, 0);
    SmartResult r = SmartModel.evaluate(f, new SmartParameters(0, 50, 99));
    // No creation (e_m = 0); TD would be -50 * 0.5 * 1 = -25, capped at the partner's 1.
    assertThat(r.tradeDiversion()).isEqualTo(-1.0);
    assertThat(r.partnerImportChange()).isEqualTo(-1.0);
  }

  @Test
  void creationNeverTakesImportsBelowZero() {
    // -10 * 5 * 1 / 1 / (1 + 5/99) would be about -47.6; imports can only fall by 10.
    assertThat(SmartModel.creation(10, 0, 1, SmartParameters.of(5))).isEqualTo(-10.0);
  }

  @Test
  void noTariffChangeNoEffect() {
    SmartResult r = SmartModel.evaluate(TradeFlow.of("D", 10, 10, 0.1, 0.1, 0.2, 0.2), PA);
    double[] all = {
      r.tradeCreation(),
      r.restTradeCreation(),
      r.tradeDiversion(),
      r.partnerImportChange(),
      r.restImportChange(),
      r.revenueChange(),
      r.consumerSurplusChange(),
      r.deadweightLossChange(),
      r.exporterPriceChange()
    };
    for (double v : all) {
      assertThat(Math.abs(v)).isZero();
    }
  }

  @Test
  void rejectsNegativeInputsNamingThem() {
    assertThatThrownBy(() -> TradeFlow.of("E", -1, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("E")
        .hasMessageContaining("partnerImports");
    assertThatThrownBy(() -> new SmartParameters(1, 1.5, 0)).hasMessageContaining("exportSupply");
  }
}
