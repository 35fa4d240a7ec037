package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.batch.LineResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateChangesTest {

  private static LineResult line(
      long row, String scenario, String currency, String value, String duty) {
    BigDecimal v = new BigDecimal(value);
    BigDecimal d = new BigDecimal(duty);
    return new LineResult(
        row,
        "E" + row,
        "US",
        "IN",
        "6109.10.00",
        "textiles",
        scenario,
        currency,
        v,
        d,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        v.add(d),
        BigDecimal.ZERO);
  }

  @Test
  void binsEachLinesExactRateChangeWithUnchangedLinesApart() {
    RateChanges c = RateChanges.between("peak", "s122");
    // row 1: 66.5% -> 26.5% = -40 pp (the T-shirt of the README)
    c.accept(line(1, "peak", "USD", "10000.00", "6650.00"));
    c.accept(line(1, "s122", "USD", "10000.00", "2650.00"));
    // row 2: 16.5% -> 16.5%, unchanged; the compared scenario may come first
    c.accept(line(2, "s122", "USD", "200.00", "33.00"));
    c.accept(line(2, "peak", "USD", "200.00", "33.00"));
    // row 3: zero customs value: no rate, skipped (not a zero change)
    c.accept(line(3, "peak", "USD", "0.00", "0.00"));
    c.accept(line(3, "s122", "USD", "0.00", "0.00"));
    // row 4: 5% -> 12% = +7 pp
    c.accept(line(4, "peak", "USD", "100.00", "5.00"));
    c.accept(line(4, "s122", "USD", "100.00", "12.00"));
    // row 5: another scenario is ignored; row 6 is in INR: another histogram
    c.accept(line(5, "other", "USD", "100.00", "99.00"));
    c.accept(line(6, "peak", "INR", "100.00", "10.00"));
    c.accept(line(6, "s122", "INR", "100.00", "10.00"));

    RateChanges.Histogram usd = c.histogram("USD");
    // changes -40 .. +7: widths 1 (48 bins) and 2 (24 bins) exceed 16; 5 gives [-40, 10)
    assertThat(usd.bins()).hasSize(11);
    assertThat(usd.bins().get(0)).isEqualTo(new RateChanges.Bin(-40, -35, 1));
    assertThat(usd.bins().get(7)).isEqualTo(new RateChanges.Bin(-5, 0, 0));
    assertThat(usd.bins().get(8)).isEqualTo(new RateChanges.Bin(0, 0, 1));
    assertThat(usd.bins().get(8).label()).isEqualTo("no change");
    assertThat(usd.bins().get(9)).isEqualTo(new RateChanges.Bin(0, 5, 0));
    assertThat(usd.bins().get(10)).isEqualTo(new RateChanges.Bin(5, 10, 1));
    assertThat(usd.lines()).isEqualTo(3);
    assertThat(usd.unchanged()).isEqualTo(1);
    assertThat(usd.skipped()).isEqualTo(1);
    assertThat(c.histogram("INR").bins())
        .containsExactly(new RateChanges.Bin(0, 0, 1), new RateChanges.Bin(0, 1, 0));
    assertThat(c.histogram("EUR").bins()).isEmpty();
  }

  @Test
  void aSmallNegativeChangeFallsInTheBinBelowZero() {
    RateChanges c = RateChanges.between("a", "b");
    // 1.00 / 3.00 = 33.3333% (HALF_EVEN at 4 places); 0.99 / 3.00 = 33.0000%: -0.3333 pp
    c.accept(line(1, "a", "USD", "3.00", "1.00"));
    c.accept(line(1, "b", "USD", "3.00", "0.99"));
    assertThat(RateChanges.rate(line(1, "a", "USD", "3.00", "1.00")))
        .isEqualByComparingTo("33.3333");
    assertThat(c.histogram("USD").bins()).containsExactly(new RateChanges.Bin(-1, 0, 1));
  }

  @Test
  void widthIsTheSmallestNiceStepGivingAtMostSixteenBins() {
    assertThat(RateChanges.Histogram.width(0, 15)).isEqualTo(1);
    assertThat(RateChanges.Histogram.width(0, 16)).isEqualTo(2);
    assertThat(RateChanges.Histogram.width(-40, 7)).isEqualTo(5);
    assertThat(RateChanges.Histogram.width(-100, 50)).isEqualTo(10);
    assertThat(RateChanges.Histogram.width(-150, 150)).isEqualTo(20);
    assertThat(List.of(RateChanges.Histogram.width(0, 1000))).containsExactly(100L);
  }
}
