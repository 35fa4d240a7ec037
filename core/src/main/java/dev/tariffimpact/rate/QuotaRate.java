package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tariff-rate quota: the in-quota rate applies to the part of the goods that still fits in the
 * quota, the over-quota rate to the rest.
 *
 * <p>With goods quantity {@code q} and quota already used {@code u} (both converted to the quota's
 * unit): {@code remaining = max(0, quota - u)}, {@code in = min(q, remaining)}, {@code over = q -
 * in}, and the amount is {@code inQuota(ctx) x in/q + overQuota(ctx) x over/q}. Every rate shape is
 * proportional to the goods (value and quantities), so the share of each rate is its full amount
 * times the share of the quantity; intensive measures such as sugar degrees are not split. When
 * {@code q} is zero the in-quota rate applies if any quota remains.
 *
 * <p>Example: {@code QUOTA(1000 kg; 5%; 20%)} on 400 kg worth 800 with 800 kg used: 200 kg fit, so
 * 5% x 800 x 200/400 + 20% x 800 x 200/400 = 20 + 80 = 100.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param inQuota the rate within the quota
 * @param overQuota the rate above it
 * @param quota the quota size
 */
public record QuotaRate(Rate inQuota, Rate overQuota, Quantity quota) implements Rate {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public QuotaRate {
    Objects.requireNonNull(inQuota, "inQuota");
    Objects.requireNonNull(overQuota, "overQuota");
    Objects.requireNonNull(quota, "quota");
  }

  @Override
  public Set<RateInput> requiredInputs() {
    Set<RateInput> all = new LinkedHashSet<>(Canonical.union(List.of(inQuota, overQuota)));
    all.add(new RateInput.QuantityIn(quota.unit().dimension()));
    all.add(new RateInput.QuotaPosition());
    return java.util.Collections.unmodifiableSet(all);
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    BigDecimal q = ctx.goodsQuantity(quota.unit().dimension(), this).in(quota.unit());
    Quantity usedQ =
        ctx.quotaUsed()
            .orElseThrow(
                () -> new MissingInputException(new RateInput.QuotaPosition(), toString()));
    BigDecimal used = usedQ.in(quota.unit());
    BigDecimal remaining = quota.amount().subtract(used).max(BigDecimal.ZERO);
    if (q.signum() == 0) {
      return remaining.signum() > 0 ? inQuota.amount(ctx) : overQuota.amount(ctx);
    }
    BigDecimal in = q.min(remaining);
    BigDecimal over = q.subtract(in);
    BigDecimal total = BigDecimal.ZERO;
    if (in.signum() > 0) {
      total = total.add(Decimals.divide(inQuota.amount(ctx).multiply(in), q));
    }
    if (over.signum() > 0) {
      total = total.add(Decimals.divide(overQuota.amount(ctx).multiply(over), q));
    }
    return total;
  }

  @Override
  public boolean isComputable() {
    return inQuota.isComputable() && overQuota.isComputable();
  }

  @Override
  public RateKind kind() {
    return RateKind.QUOTA;
  }

  /** Prints {@code QUOTA(1000 kg; 5%; 20%)}. */
  @Override
  public String toString() {
    return "QUOTA(" + quota + "; " + inQuota + "; " + overQuota + ")";
  }
}
