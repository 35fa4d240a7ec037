package dev.tariffimpact.batch.internal;

import java.util.Comparator;
import java.util.Objects;

/** The key of an aggregate: grouping index, currency and the grouped fields. */
public record GroupKey(
    int grouping,
    String currency,
    String category,
    String chapter,
    String origin,
    String importer) {

  private static final Comparator<String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  /** Orders keys by grouping, currency, then fields. */
  public static final Comparator<GroupKey> ORDER =
      Comparator.comparingInt(GroupKey::grouping)
          .thenComparing(GroupKey::currency)
          .thenComparing(GroupKey::category, NULLS_FIRST)
          .thenComparing(GroupKey::chapter, NULLS_FIRST)
          .thenComparing(GroupKey::origin, NULLS_FIRST)
          .thenComparing(GroupKey::importer, NULLS_FIRST);

  // Written out: the record's generated equals and hashCode go through ObjectMethods, which
  // showed in profiles of the aggregation (one lookup per line and grouping).
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof GroupKey k
        && grouping == k.grouping
        && Objects.equals(currency, k.currency)
        && Objects.equals(category, k.category)
        && Objects.equals(chapter, k.chapter)
        && Objects.equals(origin, k.origin)
        && Objects.equals(importer, k.importer);
  }

  @Override
  public int hashCode() {
    int h = grouping;
    h = 31 * h + Objects.hashCode(currency);
    h = 31 * h + Objects.hashCode(category);
    h = 31 * h + Objects.hashCode(chapter);
    h = 31 * h + Objects.hashCode(origin);
    return 31 * h + Objects.hashCode(importer);
  }
}
