package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The resolution of layers for one compiled schedule: the rules of {@link CompiledSchedule},
 * applied once to the candidates of a code, optionally recording every candidate's verdict for an
 * explanation (one implementation for both, so {@code applicable} and {@code explain} cannot
 * disagree).
 *
 * <p>This class is immutable and thread-safe.
 */
final class LayerResolver {

  private static final MeasureKind[] EXCLUSIVE_KINDS =
      Arrays.stream(MeasureKind.values())
          .filter(MeasureKind::isExclusivePerLine)
          .toArray(MeasureKind[]::new);

  private final Measure[] measures;
  private final boolean[] inForce;
  private final int[] topoRank;
  private final boolean anyStackingRule;
  private final ScopeIndex index;
  private final LocalDate asOf;

  LayerResolver(
      Measure[] measures,
      boolean[] inForce,
      int[] topoRank,
      boolean anyStackingRule,
      ScopeIndex index,
      LocalDate asOf) {
    this.measures = measures;
    this.inForce = inForce;
    this.topoRank = topoRank;
    this.anyStackingRule = anyStackingRule;
    this.index = index;
    this.asOf = asOf;
  }

  /**
   * The rules, applied once. With {@code record} null only the charged measures are computed
   * (validity precomputed for the date, no objects per candidate); otherwise every candidate's
   * verdict is recorded as well, in the documented order of reasons.
   */
  List<Measure> resolve(
      ProductCode code,
      String country,
      Declaration declaration,
      int[] candidates,
      Consideration[] record) {
    boolean explain = record != null;
    int n = candidates.length;
    int[] match = new int[n];
    boolean[] alive = new boolean[n];
    int survivors = 0;
    for (int c = 0; c < n; c++) {
      int i = candidates[c];
      if (!explain && !inForce[i]) {
        continue;
      }
      Measure m = measures[i];
      int length = m.scope().matchLength(code);
      match[c] = length;
      Verdict verdict = null;
      if (length < 0) {
        if (!explain) {
          continue;
        }
        verdict =
            !index.includeCovers(i, code)
                ? Verdict.NOT_IN_SCOPE
                : inForce[i] ? Verdict.SCOPE_EXCLUDED : Verdict.OUT_OF_DATES;
      } else if (!inForce[i]) {
        verdict = Verdict.OUT_OF_DATES;
      } else if (!m.origins().containsValidated(country)) {
        verdict = Verdict.ORIGIN_NOT_COVERED;
      } else if (m.inTransit() != null && m.inTransit().covers(declaration.exportDate(), asOf)) {
        verdict = Verdict.IN_TRANSIT;
      } else if (m.isConditional() && !declaration.claims(m.claim())) {
        verdict = Verdict.NOT_CLAIMED;
      }
      if (verdict != null) {
        if (explain) {
          record[c] = new Consideration(m, verdict, null, length);
        }
        continue;
      }
      alive[c] = true;
      survivors++;
    }
    if (survivors > 0) {
      for (MeasureKind kind : EXCLUSIVE_KINDS) {
        survivors -= supersede(candidates, match, alive, kind, record);
      }
      if (anyStackingRule) {
        survivors = stack(candidates, match, alive, survivors, record);
      }
    }
    Measure[] charged = new Measure[survivors];
    int k = 0;
    for (int c = 0; c < n; c++) {
      if (!alive[c]) {
        continue;
      }
      Measure m = measures[candidates[c]];
      if (explain) {
        record[c] = new Consideration(m, Verdict.APPLIES, null, match[c]);
      }
      if (!m.kind().isCharged()) {
        continue;
      }
      int rank = m.kind().assessmentRank();
      int at = k++;
      // Insertion sort, stable: declaration order within a kind (lists are short).
      while (at > 0 && charged[at - 1].kind().assessmentRank() > rank) {
        charged[at] = charged[at - 1];
        at--;
      }
      charged[at] = m;
    }
    return List.of(k == charged.length ? charged : Arrays.copyOf(charged, k));
  }

  /**
   * Keeps only the most specific survivor of an exclusive kind (the later declared at equal
   * specificity); returns how many it removed.
   */
  private int supersede(
      int[] candidates, int[] match, boolean[] alive, MeasureKind kind, Consideration[] record) {
    int winner = -1;
    int count = 0;
    for (int c = 0; c < candidates.length; c++) {
      if (alive[c] && measures[candidates[c]].kind() == kind) {
        count++;
        if (winner < 0 || match[c] >= match[winner]) {
          winner = c; // declaration order ascends, so >= lets the later one win ties
        }
      }
    }
    if (count <= 1) {
      return 0;
    }
    for (int c = 0; c < candidates.length; c++) {
      if (alive[c] && c != winner && measures[candidates[c]].kind() == kind) {
        alive[c] = false;
        if (record != null) {
          record[c] =
              new Consideration(
                  measures[candidates[c]],
                  Verdict.SUPERSEDED_BY_MORE_SPECIFIC,
                  measures[candidates[winner]].id(),
                  match[c]);
        }
      }
    }
    return count - 1;
  }

  /**
   * Applies the stacking rules in topological order; returns the number still applying. The remover
   * named is the first declared among those that apply.
   */
  private int stack(
      int[] candidates, int[] match, boolean[] alive, int survivors, Consideration[] record) {
    int[] order = new int[survivors];
    int k = 0;
    for (int c = 0; c < candidates.length; c++) {
      if (alive[c]) {
        int rank = topoRank[candidates[c]];
        int at = k++;
        while (at > 0 && topoRank[candidates[order[at - 1]]] > rank) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = c;
      }
    }
    boolean[] applies = new boolean[candidates.length];
    int applying = 0;
    for (int t : order) {
      Measure target = measures[candidates[t]];
      int remover = -1;
      for (int s = 0; s < candidates.length && remover < 0; s++) {
        if (applies[s] && measures[candidates[s]].removes(target)) {
          remover = s;
        }
      }
      if (remover < 0) {
        applies[t] = true;
        applying++;
      } else if (record != null) {
        Measure source = measures[candidates[remover]];
        Verdict verdict =
            source.replacesMeasure(target) ? Verdict.REPLACED_BY : Verdict.EXCLUDED_BY;
        record[t] = new Consideration(target, verdict, source.id(), match[t]);
      }
    }
    System.arraycopy(applies, 0, alive, 0, alive.length);
    return applying;
  }
}
