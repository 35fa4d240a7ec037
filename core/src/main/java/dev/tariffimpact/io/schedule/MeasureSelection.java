package dev.tariffimpact.io.schedule;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.schedule.internal.MeasureDto;
import dev.tariffimpact.io.schedule.internal.ScheduleFileDto;
import dev.tariffimpact.schedule.Measure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of a schedule file that a quote of one code can meet, read before they are turned
 * into measures: India's bundled schedule holds 3,063, of which a quote of one tariff item meets a
 * dozen, and checking and compiling them all was most of an India quote's start-up.
 *
 * <p>Kept: every measure whose scope a lookup of the code considers (an included code that is the
 * code or one of its prefixes, an included range spanning its chapter, every product), every
 * measure with an included code below the code (a code without a rate of its own lists them), and,
 * until nothing changes, every measure a kept one names in its stacking rules or duty base (by id,
 * or every member of a {@code family:} it names), so the kept ones check as the whole file does. A
 * scope that does not parse keeps its measure, for the reader to report. {@code
 * ScenarioSourceForCodeTest} compares quotes and lookups of every bundled India line under the
 * narrowed and the whole schedule.
 */
final class MeasureSelection {

  private MeasureSelection() {}

  /**
   * The file with only the measures a quote of the code can meet, in file order.
   *
   * @param file the whole file as read
   * @param code the code quoted
   * @return the narrowed file (the same file if every measure is kept)
   */
  static ScheduleFileDto around(ScheduleFileDto file, ProductCode code) {
    List<MeasureDto> all = file.measures();
    if (all == null) {
      return file; // the reader reports it
    }
    for (MeasureDto m : all) {
      if (m == null) {
        return file; // the reader reports it (an immutable list's contains(null) would throw)
      }
    }
    Map<String, Integer> byId = new HashMap<>();
    Map<String, List<Integer>> byFamily = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      MeasureDto m = all.get(i);
      byId.putIfAbsent(m.id(), i);
      if (m.family() != null) {
        byFamily.computeIfAbsent(m.family(), f -> new ArrayList<>()).add(i);
      }
    }
    boolean[] keep = new boolean[all.size()];
    ArrayDeque<Integer> named = new ArrayDeque<>();
    for (int i = 0; i < all.size(); i++) {
      if (meets(all.get(i), code)) {
        keep[i] = true;
        named.add(i);
      }
    }
    while (!named.isEmpty()) {
      MeasureDto m = all.get(named.poll());
      for (List<String> refs :
          List.of(
              orEmpty(m.excludes()),
              orEmpty(m.excludedBy()),
              orEmpty(m.replaces()),
              orEmpty(m.dutyBaseMeasures()))) {
        for (String ref : refs) {
          List<Integer> targets =
              ref != null && ref.startsWith(Measure.FAMILY_PREFIX)
                  ? byFamily.getOrDefault(ref.substring(Measure.FAMILY_PREFIX.length()), List.of())
                  : byId.containsKey(ref) ? List.of(byId.get(ref)) : List.of();
          for (int t : targets) {
            if (!keep[t]) {
              keep[t] = true;
              named.add(t);
            }
          }
        }
      }
    }
    List<MeasureDto> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (keep[i]) {
        kept.add(all.get(i));
      }
    }
    if (kept.size() == all.size()) {
      return file;
    }
    return new ScheduleFileDto(
        file.format(),
        file.version(),
        file.importer(),
        file.currency(),
        file.description(),
        file.overlay(),
        kept);
  }

  /** Whether a lookup of the code considers the measure, or the measure lies below the code. */
  private static boolean meets(MeasureDto m, ProductCode code) {
    if (m.scope() == null || !m.scope().isString()) {
      return true; // not a plain scope text: keep it, the reader decides
    }
    CodeScope scope;
    try {
      scope = CodeScope.parse(m.scope().stringValue());
    } catch (InvalidCodeException | IllegalArgumentException e) {
      return true; // the reader reports it
    }
    if (scope.includesCover(code) || scope.hasRangeSpanning(code.chapter())) {
      return true;
    }
    for (CodeRange r : scope.includes()) {
      if (r.first().isWithin(code) || r.last().isWithin(code)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
