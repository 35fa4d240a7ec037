package dev.tariffimpact.customs.internal;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.AssessmentNote;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.NoteKind;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Declaration;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import dev.tariffimpact.schedule.Measure;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layers charged on a line given what it declares (claims, date of exportation), with the notes
 * the user must see: an exemption claimed, an exemption available if claimed, an in-transit rule
 * used.
 *
 * <p>Lines whose code and origin meet no conditional or in-transit measure take the memoised
 * lookup; the others take the single resolution with its explanation recorded, from which the notes
 * are worded.
 */
public final class DeclaredLayers {

  private DeclaredLayers() {}

  /**
   * Returns the measures charged on a line and adds the notes of its declaration.
   *
   * @param index the line's index in its entry
   * @param line the line
   * @param schedule the compiled schedule
   * @param notes receives the notes
   * @param assumptions receives the unverified exemptions that took a charge off the line
   * @return the measures charged, in assessment order
   */
  public static List<Measure> charged(
      int index,
      ShipmentLine line,
      CompiledSchedule schedule,
      List<AssessmentNote> notes,
      List<Assumption> assumptions) {
    return charged(
        index,
        LineValuer.describe(index, line),
        line.code(),
        line.origin(),
        line.declaration(),
        schedule,
        notes,
        assumptions);
  }

  /**
   * Returns the kinds of the notes a line of a code and origin that declares nothing (no claim, no
   * export date under an in-transit rule) gets from its layers: the bulk engine's fixed-point path
   * counts these for the lines it takes, worded by the same rules as {@link #charged}.
   *
   * @param schedule the compiled schedule
   * @param code the product code
   * @param origin the origin
   * @return the kinds, empty when none
   */
  public static Set<NoteKind> undeclaredKinds(
      CompiledSchedule schedule, ProductCode code, String origin) {
    List<AssessmentNote> notes = new ArrayList<>(2);
    charged(0, "", code, origin, Declaration.NONE, schedule, notes, new ArrayList<>(0));
    Set<NoteKind> kinds = EnumSet.noneOf(NoteKind.class);
    notes.forEach(n -> kinds.add(n.kind()));
    return kinds;
  }

  private static List<Measure> charged(
      int index,
      String where,
      ProductCode code,
      String origin,
      Declaration declared,
      CompiledSchedule schedule,
      List<AssessmentNote> notes,
      List<Assumption> assumptions) {
    noteOtherOrigins(index, where, code, origin, schedule, notes);
    // An exemption of confidence U that displaced a charge is an assumption the figures rest on
    // although it charges nothing itself.
    if (declared.claims().isEmpty() && !schedule.dependsOnDeclaration(code, origin)) {
      unverifiedExemptions(schedule.exemptionsUsed(code, origin), assumptions);
      return schedule.applicable(code, origin);
    }
    LookupExplanation explained = schedule.explain(code, origin, declared);
    unverifiedExemptions(explained.exemptionsUsed(), assumptions);
    List<Measure> charged = explained.applicable();
    noteUnusedClaims(index, where, declared, explained, notes);
    Map<String, List<Measure>> grouped = unclaimedGroups(explained, charged);
    for (Consideration c : explained.considered()) {
      Measure m = c.measure();
      if (c.verdict() == Verdict.NOT_CLAIMED) {
        List<String> wouldGo = idsRemovedBy(m, charged);
        List<Measure> group = grouped.get(m.family());
        if (group != null) {
          if (group.get(0) == m) {
            notes.add(groupNote(index, where, m.family(), group, charged));
          }
        } else if (!wouldGo.isEmpty()) {
          notes.add(claimAvailable(index, where, m, wouldGo));
        }
      } else if (c.verdict() == Verdict.IN_TRANSIT) {
        notes.add(
            AssessmentNote.ofLine(
                NoteKind.IN_TRANSIT,
                index,
                where
                    + ": in-transit rule used: "
                    + m.id()
                    + " not charged (goods "
                    + m.inTransit()
                    + legal(m)
                    + ")"));
      } else if (c.applies() && m.isConditional()) {
        List<String> removed = new ArrayList<>();
        for (Consideration other : explained.considered()) {
          if (m.id().equals(other.by())) {
            removed.add(other.measure().id());
          }
        }
        notes.add(
            AssessmentNote.ofLine(
                NoteKind.CLAIM_USED,
                index,
                where
                    + ": claim "
                    + m.claim()
                    + " used: "
                    + m.id()
                    + " ("
                    + m.title()
                    + legal(m)
                    + ")"
                    + (removed.isEmpty() ? "" : ", not charged: " + String.join(", ", removed))));
      }
    }
    return charged;
  }

  /**
   * Adds the assumption of each exemption of confidence U that applies and displaced a measure
   * (another measure's verdict names it): the SWS exemption assumed for dates before its known
   * version lowers the duty as surely as an assumed rate raises it.
   */
  private static void unverifiedExemptions(List<Measure> used, List<Assumption> assumptions) {
    for (Measure m : used) {
      Assumption.ofUnverified(m).ifPresent(assumptions::add);
    }
  }

  /**
   * A claim no applying measure takes (a wrong name, another code's entry, a date outside the
   * entry's) is said, never silently ignored.
   */
  private static void noteUnusedClaims(
      int index,
      String where,
      Declaration declared,
      LookupExplanation explained,
      List<AssessmentNote> notes) {
    for (String claim : declared.claims()) {
      boolean considered =
          explained.considered().stream()
              .anyMatch(
                  c ->
                      claim.equals(c.measure().claim())
                          && c.verdict() != Verdict.NOT_IN_SCOPE
                          && c.verdict() != Verdict.OUT_OF_DATES
                          && c.verdict() != Verdict.SCOPE_EXCLUDED
                          && c.verdict() != Verdict.ORIGIN_NOT_COVERED);
      if (!considered) {
        notes.add(
            AssessmentNote.ofLine(
                NoteKind.CLAIM_NOT_USED,
                index,
                where
                    + ": claim "
                    + claim
                    + " not used: no measure of the schedule takes it for this code, origin and"
                    + " date"));
      }
    }
  }

  /**
   * Families with more than {@value #GROUP_ABOVE} unclaimed measures that would change the line
   * (the "any chapter" entries of an exemption notification: a hundred claims almost no shipment
   * makes): listed as one note, not one note each.
   */
  private static Map<String, List<Measure>> unclaimedGroups(
      LookupExplanation explained, List<Measure> charged) {
    Map<String, List<Measure>> byFamily = new LinkedHashMap<>();
    for (Consideration c : explained.considered()) {
      Measure m = c.measure();
      if (c.verdict() == Verdict.NOT_CLAIMED
          && !m.family().isEmpty()
          && !idsRemovedBy(m, charged).isEmpty()) {
        byFamily.computeIfAbsent(m.family(), f -> new ArrayList<>()).add(m);
      }
    }
    byFamily.values().removeIf(g -> g.size() <= GROUP_ABOVE);
    return byFamily;
  }

  /** Above this many unclaimed alternatives of one family, one note lists them together. */
  static final int GROUP_ABOVE = 5;

  private static AssessmentNote groupNote(
      int index, String where, String family, List<Measure> group, List<Measure> charged) {
    Set<String> wouldGo = new LinkedHashSet<>();
    List<String> claims = new ArrayList<>();
    for (Measure m : group) {
      wouldGo.addAll(idsRemovedBy(m, charged));
      claims.add(m.claim());
    }
    return AssessmentNote.ofLine(
        NoteKind.CLAIM_AVAILABLE,
        index,
        where
            + ": exempt from or lower "
            + String.join(", ", wouldGo)
            + " if you claim one of "
            + group.size()
            + " entries of family "
            + family
            + " ("
            + claims.get(0)
            + " ... "
            + claims.get(claims.size() - 1)
            + "; lookup --all lists each with its condition)");
  }

  /**
   * The note of a conditional exemption the line did not claim: what it would take off, and the
   * claim that does it. {@link ContentSplit} words the same note for layers it charges on the rest
   * of the value.
   */
  static AssessmentNote claimAvailable(int index, String where, Measure m, List<String> wouldGo) {
    return AssessmentNote.ofLine(
        NoteKind.CLAIM_AVAILABLE,
        index,
        where
            + ": exempt from "
            + String.join(", ", wouldGo)
            + " if you claim "
            + m.claim()
            + " ("
            + m.id()
            + ": "
            + m.title()
            + legal(m)
            + ")");
  }

  /** One line when layers in force for the code are modelled only for other origins. */
  private static void noteOtherOrigins(
      int index,
      String where,
      ProductCode code,
      String origin,
      CompiledSchedule schedule,
      List<AssessmentNote> notes) {
    List<Measure> others = schedule.forOtherOriginsOnly(code, origin);
    if (others.isEmpty()) {
      return;
    }
    List<String> named = new ArrayList<>();
    for (Measure m : others) {
      named.add(m.id() + " (" + m.origins() + ")");
    }
    notes.add(
        AssessmentNote.ofLine(
            NoteKind.ORIGIN_NOT_MODELLED,
            index,
            where
                + ": origin "
                + origin
                + " is not modelled for the origin-specific layers of this schedule ("
                + String.join(", ", named)
                + "); only the layers for every origin are charged"));
  }

  private static List<String> idsRemovedBy(Measure remover, List<Measure> charged) {
    List<String> ids = new ArrayList<>();
    for (Measure m : charged) {
      if (remover.removes(m)) {
        ids.add(m.id());
      }
    }
    return ids;
  }

  private static String legal(Measure m) {
    String heading = m.chapter99Text();
    return heading.isEmpty() ? "" : ", " + heading;
  }
}
