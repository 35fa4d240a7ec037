package dev.tariffimpact.schedule;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a schedule passes when it compiles: every stacking rule and duty base names a measure
 * or a kind, a duty base is assessed before the measure using it, and a preference says which base
 * duty it takes the place of.
 */
final class ScheduleReferences {

  private ScheduleReferences() {}

  /**
   * Checks the references of every measure.
   *
   * @param measures the measures, declaration order
   * @param ids measure id to its index in {@code measures}
   * @throws InvalidScheduleException naming the measure and the reference at fault
   */
  static void check(Measure[] measures, Map<String, Integer> ids) {
    for (int i = 0; i < measures.length; i++) {
      Measure m = measures[i];
      if (m.kind() == MeasureKind.PREFERENCE && !relatesToBaseDuty(measures, m, ids)) {
        // a preference that silently stacks on the base duty would charge both
        throw new InvalidScheduleException(
            "Measure '"
                + m.id()
                + "': a PREFERENCE needs a rule against the base duty it takes the place of"
                + " (replaces: [\"BASE_DUTY\"] or the base duty's id)");
      }
      for (Set<String> refs : List.of(m.excludes(), m.excludedBy(), m.replaces())) {
        for (String ref : refs) {
          if (!Measure.isKindName(ref)
              && !Measure.isFamilyReference(ref)
              && !ids.containsKey(ref)) {
            throw new InvalidScheduleException(
                "Measure '" + m.id() + "': stacking rule names no measure '" + ref + "'");
          }
        }
      }
      checkDutyBases(measures, i, ids);
    }
  }

  private static void checkDutyBases(Measure[] measures, int i, Map<String, Integer> ids) {
    Measure m = measures[i];
    for (String ref : m.dutyBaseMeasures()) {
      int rank = m.kind().assessmentRank();
      if (Measure.isKindName(ref)) {
        if (MeasureKind.valueOf(ref).assessmentRank() >= rank) {
          throw new InvalidScheduleException(
              "Measure '" + m.id() + "': duty base " + ref + " is not assessed before " + m.kind());
        }
        continue;
      }
      Integer j = ids.get(ref);
      if (j == null) {
        throw new InvalidScheduleException(
            "Measure '" + m.id() + "': dutyBaseMeasures names no measure '" + ref + "'");
      }
      int otherRank = measures[j].kind().assessmentRank();
      if (otherRank > rank || (otherRank == rank && j > i)) {
        throw new InvalidScheduleException(
            "Measure '"
                + m.id()
                + "': duty base '"
                + ref
                + "' is assessed after it (declare it earlier or give it an earlier kind)");
      }
    }
  }

  private static boolean relatesToBaseDuty(
      Measure[] measures, Measure preference, Map<String, Integer> ids) {
    for (Set<String> refs : List.of(preference.replaces(), preference.excludes())) {
      for (String ref : refs) {
        Integer j = ids.get(ref);
        if (ref.equals(MeasureKind.BASE_DUTY.name())
            || (j != null && measures[j].kind() == MeasureKind.BASE_DUTY)) {
          return true;
        }
      }
    }
    return false;
  }
}
