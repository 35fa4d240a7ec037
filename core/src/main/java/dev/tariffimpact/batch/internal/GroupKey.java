package dev.tariffimpact.batch.internal;

import java.util.Comparator;

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
}
