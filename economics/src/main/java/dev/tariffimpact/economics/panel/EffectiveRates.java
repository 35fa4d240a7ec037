package dev.tariffimpact.economics.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Effective tariff rates: import-weighted duty over import value, by change point and group.
 *
 * <p>{@code ETR = sum(value x rate) / sum(value)} over the weights whose rate is known; the value
 * that is uncovered (no line in the schedule) or not computable (no rate in percent) is reported
 * beside it, never counted at zero. The import value is also split by total-rate band.
 *
 * <p>Example: three lines worth 100, 200 and 700 at 0%, 10% and 50% have an ETR of (0 + 20 + 350) /
 * 1000 = 37%.
 *
 * <p>Statutory versus claimable: {@link Claims} names the layers an importer can recover by a claim
 * (drawback, a refund, an exemption to certify) and the share of the duty claimed; each row then
 * also gives the ETR after claims, {@code (duty - share x claimable duty) / rated value}. The share
 * is a stated assumption, never a default.
 *
 * <p>Money is exact: duty at scale {@value #MONEY_SCALE}, the ETR in percent at scale {@value
 * #PERCENT_SCALE}, both HALF_EVEN. This class is immutable and thread-safe.
 */
public final class EffectiveRates {

  /** Scale of money amounts (cents). */
  public static final int MONEY_SCALE = 2;

  /** Scale of the ETR, in percent. */
  public static final int PERCENT_SCALE = 4;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The ETR of one group over one interval of days.
   *
   * @param from the change point the row starts on
   * @param to the last day it holds (the day before the next change point, or the range end)
   * @param group the group, e.g. {@code "textiles-and-apparel"}
   * @param importValue all import value of the group
   * @param ratedValue the value whose rate is known (the ETR's denominator)
   * @param duty the duty on the rated value
   * @param notComputableValue value of weights with lines but no rate in percent
   * @param uncoveredValue value of weights with no line in the schedule
   * @param valueByBand the rated value by total-rate band (every band present)
   * @param claimableDuty the part of {@code duty} owed to the claimable layers
   * @param claimShare the share of the claimable duty claimed, 0 to 1
   */
  public record Row(
      LocalDate from,
      LocalDate to,
      String group,
      BigDecimal importValue,
      BigDecimal ratedValue,
      BigDecimal duty,
      BigDecimal notComputableValue,
      BigDecimal uncoveredValue,
      Map<RateBand, BigDecimal> valueByBand,
      BigDecimal claimableDuty,
      BigDecimal claimShare) {

    /**
     * Copies the band map.
     *
     * @throws NullPointerException naming a missing component
     */
    public Row {
      Objects.requireNonNull(group, "group");
      valueByBand = Map.copyOf(valueByBand);
    }

    /**
     * Returns the effective tariff rate in percent.
     *
     * @return duty / rated value x 100 at scale {@value #PERCENT_SCALE}, empty if nothing is rated
     */
    public Optional<BigDecimal> etrPercent() {
      if (ratedValue.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(
          duty.multiply(HUNDRED).divide(ratedValue, PERCENT_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the duty after claims.
     *
     * @return {@code duty - claimShare x claimableDuty} at scale {@value #MONEY_SCALE} HALF_EVEN
     */
    public BigDecimal dutyAfterClaims() {
      return duty.subtract(claimShare.multiply(claimableDuty))
          .setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Returns the ETR after claims in percent.
     *
     * @return duty after claims / rated value x 100 at scale {@value #PERCENT_SCALE}, empty if
     *     nothing is rated
     */
    public Optional<BigDecimal> etrAfterClaimsPercent() {
      if (ratedValue.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(
          dutyAfterClaims()
              .multiply(HUNDRED)
              .divide(ratedValue, PERCENT_SCALE, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * The layers an importer can recover by a claim and the share claimed.
   *
   * <p>Example: {@code Claims.of(Set.of("us-s122-10"), new BigDecimal("0.5"))}: half of the Section
   * 122 duty recovered (drawback allowed, FACTS.md s.2).
   *
   * @param measureIds the claimable layers, by measure id
   * @param share the share of their duty claimed, 0 to 1
   */
  public record Claims(Set<String> measureIds, BigDecimal share) {

    /** No claims: the ETR after claims equals the statutory ETR. */
    public static final Claims NONE = new Claims(Set.of(), BigDecimal.ZERO);

    /**
     * Validates the claims.
     *
     * @throws IllegalArgumentException if the share is outside 0..1
     */
    public Claims {
      measureIds = Set.copyOf(measureIds);
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("claim share must be between 0 and 1, was " + share);
      }
    }

    /**
     * Returns claims.
     *
     * @param measureIds the claimable layers
     * @param share the share claimed
     * @return the claims
     */
    public static Claims of(Set<String> measureIds, BigDecimal share) {
      return new Claims(measureIds, share);
    }
  }

  private final List<Row> rows;

  private EffectiveRates(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Computes the ETR of every group at every change point of the panel.
   *
   * @param rates the weights mapped to the panel
   * @param grouping how to group the weights
   * @return the rows, by date then group name
   */
  public static EffectiveRates of(WeightRates rates, EtrGrouping grouping) {
    return of(rates, grouping, Claims.NONE);
  }

  /**
   * Computes the statutory ETR and the ETR after claims of every group at every change point.
   *
   * @param rates the weights mapped to the panel
   * @param grouping how to group the weights
   * @param claims the claimable layers and the share claimed
   * @return the rows, by date then group name
   */
  public static EffectiveRates of(WeightRates rates, EtrGrouping grouping, Claims claims) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(grouping, "grouping");
    RatePanel panel = rates.panel();
    List<LocalDate> dates = panel.changeDates();
    List<String> groupOf = new ArrayList<>();
    for (ImportWeight w : rates.weights()) {
      groupOf.add(grouping.of(w.code(), w.origin()));
    }
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      Map<String, Sums> sums = new TreeMap<>();
      for (int w = 0; w < rates.weights().size(); w++) {
        BigDecimal value = rates.weights().get(w).value();
        Sums s = sums.computeIfAbsent(groupOf.get(w), k -> new Sums());
        s.total = s.total.add(value);
        Optional<BigDecimal> rate = rates.rate(w, d);
        if (rate.isPresent()) {
          s.rated = s.rated.add(value);
          s.duty = s.duty.add(value.multiply(rate.get()));
          s.bands.merge(RateBand.of(rate.get()), value, BigDecimal::add);
          if (!claims.measureIds().isEmpty()) {
            s.claimable =
                s.claimable.add(
                    value.multiply(rates.layerPercent(w, d, claims.measureIds()).get()));
          }
        } else if (rates.lineCount(w) == 0) {
          s.uncovered = s.uncovered.add(value);
        } else {
          s.notComputable = s.notComputable.add(value);
        }
      }
      LocalDate to = d + 1 < dates.size() ? dates.get(d + 1).minusDays(1) : panel.lastDay();
      for (Map.Entry<String, Sums> e : sums.entrySet()) {
        Sums s = e.getValue();
        rows.add(
            new Row(
                dates.get(d),
                to,
                e.getKey(),
                s.total,
                s.rated,
                s.duty.divide(HUNDRED).setScale(MONEY_SCALE, RoundingMode.HALF_EVEN),
                s.notComputable,
                s.uncovered,
                s.bands,
                s.claimable.divide(HUNDRED),
                claims.share()));
      }
    }
    return new EffectiveRates(rows);
  }

  /** Running sums of one group at one date. */
  private static final class Sums {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal rated = BigDecimal.ZERO;
    BigDecimal duty = BigDecimal.ZERO; // value x percent, divided by 100 at the end
    BigDecimal notComputable = BigDecimal.ZERO;
    BigDecimal uncovered = BigDecimal.ZERO;
    BigDecimal claimable = BigDecimal.ZERO; // value x percent of the claimable layers
    final Map<RateBand, BigDecimal> bands = new EnumMap<>(RateBand.class);

    Sums() {
      for (RateBand b : RateBand.values()) {
        bands.put(b, BigDecimal.ZERO);
      }
    }
  }

  /**
   * Returns every row, by change point then group name.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the row of a group on a day.
   *
   * @param day a day of the panel's range
   * @param group the group name
   * @return the row, or empty if the group has no weight
   */
  public Optional<Row> on(LocalDate day, String group) {
    return rows.stream()
        .filter(r -> !day.isBefore(r.from()) && !day.isAfter(r.to()) && r.group().equals(group))
        .findFirst();
  }
}
