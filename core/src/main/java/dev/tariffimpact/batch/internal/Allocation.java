package dev.tariffimpact.batch.internal;

import java.math.BigInteger;

/**
 * Splits an entry-level amount (US MPF, HMF, a low-value flat duty) over the entry's lines in
 * proportion to their customs values, so per-line results and aggregates by category or origin add
 * up exactly to the entry's amount.
 */
final class Allocation {

  private Allocation() {}

  /**
   * Splits {@code amount4} (at {@link Fixed#MONEY_SCALE}) over lines {@code from..to-1} of {@code
   * weights} in proportion to the weights, in units of {@code scale} decimals, with the
   * largest-remainder method (ties to the earlier line): the parts add up to the amount exactly.
   * Lines with {@code share[k] == false} get zero; when every sharing weight is zero the amount is
   * split evenly. Example: 33.58 over six equal lines at scale 2 is 5.60, 5.60, 5.60, 5.60, 5.59,
   * 5.59.
   *
   * @param amount4 the amount at scale 4, a whole number of units of {@code scale}
   * @param weights the customs values at scale 4
   * @param from first line
   * @param to end of the lines (exclusive)
   * @param share which lines (index {@code k} for line {@code from + k}) take part
   * @param scale the rounding scale of the amount, 0..4
   * @return the parts at scale 4, index {@code k} for line {@code from + k}
   */
  static long[] allocate(
      long amount4, long[] weights, int from, int to, boolean[] share, int scale) {
    int n = to - from;
    long[] parts = new long[n];
    long unit = Fixed.pow10(Fixed.MONEY_SCALE - scale);
    long units = amount4 / unit;
    long total = 0;
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (share[k]) {
        total = Math.addExact(total, weights[from + k]);
        count++;
      }
    }
    if (count == 0) {
      return parts;
    }
    if (count == 1) { // one line takes it all (entries of one line are common)
      for (int k = 0; k < n; k++) {
        parts[k] = share[k] ? units * unit : 0;
      }
      return parts;
    }
    long[] remainder = new long[n];
    long given = 0;
    for (int k = 0; k < n; k++) {
      if (!share[k]) {
        continue;
      }
      long w = total == 0 ? 1 : weights[from + k];
      long denominator = total == 0 ? count : total;
      long hi = Math.multiplyHigh(units, w);
      long product = units * w;
      if (hi == 0 && product >= 0) {
        parts[k] = product / denominator;
        remainder[k] = product % denominator;
      } else { // beyond a long (an entry fee times a customs value above 10^14 units): rare
        BigInteger[] qr =
            BigInteger.valueOf(units)
                .multiply(BigInteger.valueOf(w))
                .divideAndRemainder(BigInteger.valueOf(denominator));
        parts[k] = qr[0].longValueExact();
        remainder[k] = qr[1].longValueExact();
      }
      given += parts[k];
    }
    long left = units - given;
    while (left > 0) {
      int best = -1;
      for (int k = 0; k < n; k++) {
        if (share[k] && (best < 0 || remainder[k] > remainder[best])) {
          best = k;
        }
      }
      parts[best]++;
      remainder[best] = -1;
      left--;
    }
    for (int k = 0; k < n; k++) {
      parts[k] *= unit;
    }
    return parts;
  }
}
