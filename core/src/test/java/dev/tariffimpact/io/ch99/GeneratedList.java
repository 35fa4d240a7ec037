package dev.tariffimpact.io.ch99;

import dev.tariffimpact.io.lists.DatedCode;
import dev.tariffimpact.io.lists.ListInfo;
import dev.tariffimpact.schedule.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A list as the importer derives it: its index row and its sorted, de-duplicated entries. */
record GeneratedList(ListInfo info, List<DatedCode> entries) {

  GeneratedList {
    entries = List.copyOf(entries);
  }

  /** Sorts the entries by code and start, refuses repeats, and counts them into the index row. */
  static GeneratedList of(
      String id,
      String title,
      String legalReference,
      String condition,
      String origins,
      String source,
      Confidence confidence,
      List<DatedCode> entries) {
    List<DatedCode> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(DatedCode::code)
            .thenComparing(e -> e.start().map(LocalDate::toString).orElse("")));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new IllegalStateException(id + ": duplicate entry " + sorted.get(i));
      }
    }
    return new GeneratedList(
        new ListInfo(
            id, title, legalReference, condition, origins, source, confidence, sorted.size()),
        sorted);
  }

  /** Entries with the same dates for every code. */
  static List<DatedCode> dated(Collection<String> codes, LocalDate start, LocalDate end) {
    return codes.stream()
        .distinct()
        .map(c -> new DatedCode(c, Optional.ofNullable(start), Optional.ofNullable(end)))
        .toList();
  }

  String id() {
    return info.id();
  }

  /** The codes only, for cross-checks. */
  List<String> codes() {
    return entries.stream().map(DatedCode::code).toList();
  }
}
