package dev.tariffimpact.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffimpact.batch.Distribution;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Quantile;
import org.junit.jupiter.api.Test;

class SketchTest {

  @Test
  void percentilesAreWithinTheStatedRelativeErrorOfExactQuantiles() {
    SplittableRandom random = new SplittableRandom(5);
    double[] values = new double[20_001];
    Sketch sketch = new Sketch();
    Sketch left = new Sketch();
    Sketch right = new Sketch();
    for (int i = 0; i < values.length; i++) {
      double x = i % 10 == 0 ? 0 : Math.exp(random.nextGaussian() * 2) * (i % 3 == 0 ? -1 : 1);
      values[i] = x;
      sketch.add(x);
      (i < 7_000 ? left : right).add(x);
    }
    left.merge(right);
    double[] p = {0.05, 0.25, 0.5, 0.75, 0.95};
    double[] exact = Quantile.withDefaults().evaluate(Arrays.copyOf(values, values.length), p);
    double[] approx = sketch.quantiles(p);
    double[] merged = left.quantiles(p);
    for (int k = 0; k < p.length; k++) {
      double tolerance = Math.abs(exact[k]) * Distribution.RELATIVE_ERROR * 2 + 1e-12;
      assertThat(approx[k]).isCloseTo(exact[k], within(tolerance));
      assertThat(merged[k]).isEqualTo(approx[k]); // merging is exact
    }
  }

  @Test
  void zeroIsExactAndAnEmptySketchGivesNaN() {
    Sketch s = new Sketch();
    assertThat(s.quantiles(0.5)[0]).isNaN();
    s.add(0);
    s.add(0);
    assertThat(s.quantiles(0.5)[0]).isZero();
  }

  @Test
  void accumulatorMomentsComeFromCommonsStatistics() {
    Accumulator a = new Accumulator();
    // duty / value x 100: 10.00 / 100.00 = 10%, 30.00 / 100.00 = 30%
    a.add(figures(1_000_000, 100_000, 0), 0);
    a.add(figures(1_000_000, 300_000, 200_000), 0);
    Distribution rates = a.rates();
    assertThat(rates.count()).isEqualTo(2);
    assertThat(rates.mean()).isEqualTo(20.0);
    // sample standard deviation of {10, 30} = sqrt(200) = 14.142...
    assertThat(rates.standardDeviation()).isCloseTo(Math.sqrt(200), within(1e-9));
    assertThat(rates.min()).isEqualTo(10.0);
    assertThat(rates.max()).isEqualTo(30.0);
    assertThat(a.landedUnknown()).isEqualTo(2);
    // deltas 0.00 and 20.00
    assertThat(a.deltas().mean()).isEqualTo(10.0);
  }

  /** One line of one scenario without a CIF value: customs value, duty and delta at scale 4. */
  private static LineFigures figures(long customsValue, long duty, long delta) {
    LineFigures f = new LineFigures(1, true);
    f.customsValue = customsValue;
    f.cif = Fixed.ABSENT;
    f.duty[0] = duty;
    f.delta[0] = delta;
    f.rate[0] = (double) duty * 100.0 / customsValue;
    f.rateBucket[0] = Accumulator.bucket(f.rate[0]);
    f.deltaStatistic[0] = delta / 10_000.0;
    f.deltaBucket[0] = Accumulator.bucket(f.deltaStatistic[0]);
    return f;
  }
}
