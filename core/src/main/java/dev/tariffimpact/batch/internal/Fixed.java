package dev.tariffimpact.batch.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact fixed-point helpers on non-negative longs: a value is an unscaled long with a scale, as in
 * {@link BigDecimal}. Every multiplication is overflow-checked ({@link Math#multiplyExact}); an
 * {@link ArithmeticException} sends the caller to the exact BigDecimal fallback.
 */
public final class Fixed {

  /** Scale of money columns (invoice value, freight, insurance) and of per-line results. */
  public static final int MONEY_SCALE = 4;

  /** Scale of quantity columns. */
  public static final int QUANTITY_SCALE = 6;

  /** Marks an absent optional amount. */
  public static final long ABSENT = Long.MIN_VALUE;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Fixed() {}

  /** Returns 10^n, n in 0..18. */
  public static long pow10(int n) {
    if (n < 0 || n >= POW10.length) {
      throw new ArithmeticException("10^" + n + " out of long range");
    }
    return POW10[n];
  }

  /**
   * Rescales a non-negative unscaled value from one scale to another, rounding with {@code mode}
   * when digits are dropped: the same result as {@code BigDecimal.valueOf(v, from).setScale(to,
   * mode)}.
   */
  public static long rescale(long v, int from, int to, RoundingMode mode) {
    if (v < 0) {
      throw new ArithmeticException("negative amount in the fast path");
    }
    if (to >= from) {
      return Math.multiplyExact(v, pow10(to - from));
    }
    long div = pow10(from - to);
    long q = v / div;
    long r = v % div;
    if (r == 0) {
      return q;
    }
    switch (mode) {
      case DOWN:
      case FLOOR:
        return q;
      case UP:
      case CEILING:
        return q + 1;
      case HALF_UP:
        return 2 * r >= div ? q + 1 : q;
      case HALF_DOWN:
        return 2 * r > div ? q + 1 : q;
      case HALF_EVEN:
        long twice = 2 * r;
        if (twice > div || (twice == div && (q & 1) == 1)) {
          return q + 1;
        }
        return q;
      default:
        throw new ArithmeticException("rounding mode " + mode + " not in the fast path");
    }
  }

  /**
   * Returns {@code a x b} (scale {@code from}) rounded to scale {@code to}; exact like {@link
   * #rescale} and still correct when the product exceeds a long (then via BigInteger, rare).
   */
  public static long multiplyRescale(long a, long b, int from, int to, RoundingMode mode) {
    // Overflow is common here (an invoice at scale 4 times a 10-decimal exchange rate), so it is
    // detected with multiplyHigh rather than Math.multiplyExact: the exception path of that
    // intrinsic deoptimises the compiled caller every time it is taken.
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return rescale(lo, from, to, mode);
    }
    // Trailing zeros of the amount (cents at scale 4 end in 00) are dropped with the scale: the
    // same number, a smaller product.
    while (a != 0 && a % 10 == 0 && from > to) {
      a /= 10;
      from--;
    }
    hi = Math.multiplyHigh(a, b);
    lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return rescale(lo, from, to, mode);
    }
    return new BigDecimal(
            java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)), from)
        .setScale(to, mode)
        .unscaledValue()
        .longValueExact();
  }

  /** Brings a value to a larger or equal scale exactly. */
  public static long up(long v, int from, int to) {
    return Math.multiplyExact(v, pow10(to - from));
  }

  /**
   * Returns the unscaled value of a non-negative decimal at {@code scale}, or throws {@link
   * ArithmeticException} if it has more digits after the point or does not fit a long.
   */
  public static long unscaled(BigDecimal d, int scale) {
    return d.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }

  /**
   * Parses plain decimal text ({@code 123}, {@code 123.45}, {@code .5}) to an unscaled long at
   * {@code scale}; returns {@link #ABSENT} when the text is not such a number, has a sign, or has
   * more decimals than {@code scale} (the caller then uses BigDecimal).
   */
  public static long parse(String s, int scale) {
    int n = s.length();
    if (n == 0 || n > 17) {
      return ABSENT;
    }
    long v = 0;
    int decimals = -1;
    boolean digits = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        digits = true;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return ABSENT;
      }
    }
    if (!digits) {
      return ABSENT;
    }
    int d = Math.max(decimals, 0);
    if (d > scale) {
      return ABSENT;
    }
    try {
      return Math.multiplyExact(v, POW10[scale - d]);
    } catch (ArithmeticException e) {
      return ABSENT;
    }
  }

  /** Returns the decimal of an unscaled value. */
  public static BigDecimal decimal(long v, int scale) {
    return BigDecimal.valueOf(v, scale);
  }
}
