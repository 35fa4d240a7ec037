package dev.tariffimpact.report;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.GroupBy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates of one dimension (category or origin) for one scenario and currency. When the batch
 * grouped by that dimension alone, these are its aggregates unchanged; when it grouped by that
 * dimension with others (for example importer, origin and category), the finest such grouping is
 * summed over the other dimensions (exact decimal sums; the rate recomputed as the batch does).
 */
final class Rollup {

  private Rollup() {}

  /**
   * One group's totals.
   *
   * @param key the dimension's value ({@code ""} for lines without a category)
   * @param lines assessed lines
   * @param customsValue sum of customs values
   * @param duty sum of duties
   * @param fees sum of fees
   * @param taxes sum of taxes
   * @param effectiveRate duty / customs value x 100, scale 4 HALF_EVEN, null for zero value
   */
  record Group(
      String key,
      long lines,
      BigDecimal customsValue,
      BigDecimal duty,
      BigDecimal fees,
      BigDecimal taxes,
      BigDecimal effectiveRate) {

    static Group of(String key, Aggregate a) {
      return new Group(
          key, a.lines(), a.customsValue(), a.duty(), a.fees(), a.taxes(), a.effectiveRate());
    }

    Group plus(Aggregate a) {
      BigDecimal value = customsValue.add(a.customsValue());
      BigDecimal d = duty.add(a.duty());
      return new Group(
          key,
          lines + a.lines(),
          value,
          d,
          fees.add(a.fees()),
          taxes.add(a.taxes()),
          rate(d, value));
    }

    BigDecimal totalCharges() {
      return duty.add(fees).add(taxes);
    }
  }

  static BigDecimal rate(BigDecimal duty, BigDecimal value) {
    return value.signum() == 0
        ? null
        : duty.multiply(BigDecimal.valueOf(100)).divide(value, 4, RoundingMode.HALF_EVEN);
  }

  /** The dimensions an aggregate is grouped by (its non-null key fields). */
  static Set<GroupBy> grouping(Aggregate a) {
    Set<GroupBy> g = EnumSet.noneOf(GroupBy.class);
    if (a.category() != null) {
      g.add(GroupBy.CATEGORY);
    }
    if (a.chapter() != null) {
      g.add(GroupBy.CHAPTER);
    }
    if (a.origin() != null) {
      g.add(GroupBy.ORIGIN);
    }
    if (a.importer() != null) {
      g.add(GroupBy.IMPORTER);
    }
    return g;
  }

  static String key(Aggregate a, GroupBy dim) {
    return switch (dim) {
      case CATEGORY -> a.category();
      case CHAPTER -> a.chapter();
      case ORIGIN -> a.origin();
      case IMPORTER -> a.importer();
    };
  }

  /**
   * The finest grouping of the batch that contains a dimension, or null when none does.
   *
   * @param aggregates the batch aggregates
   * @param dim the dimension
   * @return the grouping with the fewest dimensions that includes {@code dim}
   */
  static Set<GroupBy> finest(List<Aggregate> aggregates, GroupBy dim) {
    Set<GroupBy> best = null;
    for (Aggregate a : aggregates) {
      Set<GroupBy> g = grouping(a);
      if (g.contains(dim) && (best == null || g.size() < best.size())) {
        best = g;
      }
    }
    return best;
  }

  /**
   * Groups of one dimension, in first-seen order.
   *
   * @param aggregates the batch aggregates
   * @param dim the dimension
   * @param scenario the scenario
   * @param currency the currency
   * @return key to totals; empty when the batch has no grouping containing {@code dim}
   */
  static Map<String, Group> by(
      List<Aggregate> aggregates, GroupBy dim, String scenario, String currency) {
    Set<GroupBy> grouping = finest(aggregates, dim);
    Map<String, Group> out = new LinkedHashMap<>();
    if (grouping == null) {
      return out;
    }
    for (Aggregate a : aggregates) {
      if (a.scenario().equals(scenario)
          && a.currency().equals(currency)
          && grouping(a).equals(grouping)) {
        String key = key(a, dim);
        Group g = out.get(key);
        out.put(key, g == null ? Group.of(key, a) : g.plus(a));
      }
    }
    return out;
  }

  /**
   * The total of a scenario and currency (the batch's empty grouping).
   *
   * @return the aggregate, or null when the batch has none
   */
  static Aggregate total(List<Aggregate> aggregates, String scenario, String currency) {
    for (Aggregate a : aggregates) {
      if (a.scenario().equals(scenario) && a.currency().equals(currency) && grouping(a).isEmpty()) {
        return a;
      }
    }
    return null;
  }
}
