package dev.tariffimpact.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Entry-level amounts split over an entry's lines by customs value, to the unit of rounding. */
class AllocationTest {

  private static boolean[] all(int n) {
    boolean[] share = new boolean[n];
    Arrays.fill(share, true);
    return share;
  }

  @Test
  void equalValuesGiveTheLeftoverCentsToTheEarlierLines() {
    // MPF 33.58 over six lines of 1,000.00: 5.5966... each; 3,358 cents = 6 x 559 + 4, so the
    // first four (equal remainders, ties to the earlier line) get one cent more
    long[] weights = new long[6];
    Arrays.fill(weights, 10_000_000L);

    long[] parts = Allocation.allocate(335_800L, weights, 0, 6, all(6), 2);

    assertThat(parts).containsExactly(56_000, 56_000, 56_000, 56_000, 55_900, 55_900);
  }

  @Test
  void unequalValuesGetTheLargestRemaindersFirst() {
    // 10.00 over 1.00, 2.00, 3.00 (cents): 166.67, 333.33, 500.00 -> floors 166, 333, 500 = 999,
    // the one cent left goes to the largest remainder (0.67, line 1)
    long[] weights = {10_000, 20_000, 30_000};

    long[] parts = Allocation.allocate(100_000L, weights, 0, 3, all(3), 2);

    assertThat(parts).containsExactly(16_700, 33_300, 50_000);
  }

  @Test
  void onlyTheSharingLinesTakePartAndZeroValuesSplitEvenly() {
    // HMF counts ocean lines only: lines 0 and 2 share 1.25 by value 1 : 4
    long[] weights = {10_000, 50_000, 40_000};
    boolean[] ocean = {true, false, true};
    assertThat(Allocation.allocate(12_500L, weights, 0, 3, ocean, 2))
        .containsExactly(2_500, 0, 10_000);
    // zero customs values: 0.03 over three lines, one cent each
    assertThat(Allocation.allocate(300L, new long[3], 0, 3, all(3), 2))
        .containsExactly(100, 100, 100);
    // whole rupees (scale 0): 7 over two equal lines is 4 + 3
    assertThat(Allocation.allocate(70_000L, new long[] {5, 5}, 0, 2, all(2), 0))
        .containsExactly(40_000, 30_000);
    // an offset slice of a chunk's column: lines 2..3 of four
    assertThat(Allocation.allocate(100L, new long[] {9, 9, 1, 3}, 2, 4, all(2), 4))
        .containsExactly(25, 75);
  }

  @Property(tries = 1000)
  void partsAddUpToTheAmountAndStayWithinOneUnitOfTheProportionalShare(@ForAll long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(40);
    long[] weights = new long[n];
    boolean[] share = new boolean[n];
    boolean any = false;
    for (int k = 0; k < n; k++) {
      weights[k] = r.nextInt(4) == 0 ? 0 : (long) (r.nextDouble() * 1e12);
      share[k] = r.nextInt(5) != 0;
      any |= share[k];
    }
    int scale = r.nextInt(3) + 2;
    long unit = Fixed.pow10(Fixed.MONEY_SCALE - scale);
    long amount = (long) (r.nextDouble() * 1e9) * unit;

    long[] parts = Allocation.allocate(amount, weights, 0, n, share, scale);

    assertThat(Arrays.stream(parts).sum()).isEqualTo(any ? amount : 0);
    double total = 0;
    for (int k = 0; k < n; k++) {
      total += share[k] ? weights[k] : 0;
    }
    int sharing = 0;
    for (boolean b : share) {
      sharing += b ? 1 : 0;
    }
    for (int k = 0; k < n; k++) {
      assertThat(parts[k] % unit).isZero();
      if (!share[k]) {
        assertThat(parts[k]).isZero();
        continue;
      }
      double proportional =
          total == 0 ? (double) amount / sharing : (double) amount * weights[k] / total;
      assertThat(Math.abs(parts[k] - proportional)).isLessThanOrEqualTo(unit + 1e-3 * unit);
    }
  }
}
