package dev.tariffimpact.batch.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A running sum of unscaled longs that never overflows: a long while it fits, the excess carried in
 * a {@link BigInteger} once a sum leaves the long range (totals of millions of large lines), so an
 * aggregate continues exactly instead of failing. Not thread-safe.
 */
final class ExactSum {

  private long low;
  private BigInteger high; // null while the sum fits in low

  /** Adds an unscaled amount. */
  void add(long x) {
    long r = low + x;
    if (((low ^ r) & (x ^ r)) < 0) { // overflow: carry the long part, keep x
      high = high().add(BigInteger.valueOf(low));
      r = x;
    }
    low = r;
  }

  /** Adds another sum. */
  void add(ExactSum o) {
    add(o.low);
    if (o.high != null) {
      high = high().add(o.high);
    }
  }

  private BigInteger high() {
    return high == null ? BigInteger.ZERO : high;
  }

  /** The sum as a decimal of the given scale. */
  BigDecimal decimal(int scale) {
    return high == null
        ? BigDecimal.valueOf(low, scale)
        : new BigDecimal(high.add(BigInteger.valueOf(low)), scale);
  }

  /** Whether the sum still fits a long (test support). */
  boolean fitsLong() {
    return high == null || high.add(BigInteger.valueOf(low)).bitLength() < 64;
  }
}
