package dev.tariffimpact.batch.internal;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.batch.RejectReason;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.AssessmentNote;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.ShipmentLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact path: entries (or single lines) the fixed-point evaluator does not take are assessed by
 * the {@link dev.tariffimpact.customs.Assessor} on lines rebuilt from the columns ({@link
 * ColumnCodec#line}), so their amounts are the reference by construction; an assessment failure
 * becomes a reject (the failing line is removed and the rest of its entry assessed again).
 */
final class ExactFallback {

  private final String[] scenarioNames;

  ExactFallback(String[] scenarioNames) {
    this.scenarioNames = scenarioNames;
  }

  /**
   * Line-level amounts of one line from the Assessor (an entry of that line alone), valid when no
   * low-value rule is in force: the line's components then do not depend on the other lines.
   *
   * @return false when it fails, so the whole entry goes to {@link #entry}, which words the reject
   */
  boolean line(Chunk c, int i, int s, PlanTable.Importer im, ChunkResult out) {
    Assessment a;
    try {
      a =
          im.assessor.assess(
              Entry.of(c.importer[i], ColumnCodec.line(c, i)), im.schedules[s], scenarioNames[s]);
      if (Fixed.unscaled(a.lines().get(0).customsValue(), Fixed.MONEY_SCALE)
          != out.customsValue[i]) {
        return false; // cannot happen: both value the line the same way
      }
      long[] sums = new long[3];
      for (AssessmentComponent comp : a.components(0)) {
        int k = comp.category().ordinal();
        sums[k] = Math.addExact(sums[k], Fixed.unscaled(comp.amount(), Fixed.MONEY_SCALE));
      }
      out.duty[s][i] = sums[0];
      out.fees[s][i] = sums[1];
      out.taxes[s][i] = sums[2];
      out.notes[s][i] = notes(a, 0);
      return true;
    } catch (TariffImpactException | ArithmeticException e) {
      return false;
    }
  }

  /** Assesses lines {@code from..to-1} as one entry under every scenario, rejecting what fails. */
  void entry(Chunk c, int from, int to, PlanTable.Importer im, ChunkResult out) {
    // the fast path may have written part of the entry before giving up
    for (int s = 0; s < scenarioNames.length; s++) {
      Arrays.fill(out.duty[s], from, to, 0L);
      Arrays.fill(out.fees[s], from, to, 0L);
      Arrays.fill(out.taxes[s], from, to, 0L);
      Arrays.fill(out.notes[s], from, to, 0);
    }
    List<Integer> alive = new ArrayList<>();
    for (int i = from; i < to; i++) {
      alive.add(i);
    }
    int scenarios = scenarioNames.length;
    while (!alive.isEmpty()) {
      List<ShipmentLine> lines = new ArrayList<>();
      for (int i : alive) {
        lines.add(ColumnCodec.line(c, i));
      }
      Assessment[] results = new Assessment[scenarios];
      try {
        Entry entry = Entry.of(c.importer[from], lines);
        for (int s = 0; s < scenarios; s++) {
          results[s] = im.assessor.assess(entry, im.schedules[s], scenarioNames[s]);
        }
        record(c, alive, im, results, out);
        return;
      } catch (AssessmentException e) {
        String reason = "scenario '" + scenarioName(results) + "': " + e.getMessage();
        if (e.lineIndex() >= 0 && e.lineIndex() < alive.size()) {
          int i = alive.remove(e.lineIndex());
          out.rejects.add(Reject.of(c.row[i], c.raw(i), RejectReason.NOT_ASSESSABLE, reason));
        } else {
          rejectAll(
              c, alive, out, RejectReason.ENTRY_NOT_ASSESSABLE, "entry-level failure, " + reason);
        }
      } catch (ArithmeticException e) {
        rejectAll(
            c,
            alive,
            out,
            RejectReason.OUT_OF_RANGE,
            "amounts out of range: the entry's customs values or charges exceed "
                + Fixed.decimal(Long.MAX_VALUE, Fixed.MONEY_SCALE).toPlainString()
                + " or have more than "
                + Fixed.MONEY_SCALE
                + " decimals");
      } catch (TariffImpactException e) {
        rejectAll(c, alive, out, RejectReason.NOT_ASSESSABLE, "cannot assess: " + e.getMessage());
      }
    }
  }

  /**
   * The notes of line {@code k} of an assessment as {@link BatchNote} bits: each kind of the notes
   * about that line or about the whole entry.
   */
  static int notes(Assessment a, int k) {
    int bits = 0;
    for (AssessmentNote note : a.assessmentNotes()) {
      if (note.concerns(k)) {
        bits |= 1 << BatchNote.of(note.kind()).ordinal();
      }
    }
    return bits;
  }

  private static void rejectAll(
      Chunk c, List<Integer> alive, ChunkResult out, RejectReason code, String reason) {
    for (int i : alive) {
      out.assessed[i] = false;
      out.rejects.add(Reject.of(c.row[i], c.raw(i), code, reason));
    }
    alive.clear();
  }

  private String scenarioName(Assessment[] done) {
    int s = 0;
    while (s < done.length && done[s] != null) {
      s++;
    }
    return scenarioNames[Math.min(s, scenarioNames.length - 1)];
  }

  /** Writes an entry's assessments into the result columns, entry-level amounts allocated. */
  private static void record(
      Chunk c, List<Integer> alive, PlanTable.Importer im, Assessment[] results, ChunkResult out) {
    int n = alive.size();
    long[] weights = new long[n];
    long[] customs = new long[n];
    long[] cif = new long[n];
    long[][][] amounts = new long[results.length][3][n];
    Assessment first = results[0];
    for (int k = 0; k < n; k++) {
      LineValuation v = first.lines().get(k);
      customs[k] = Fixed.unscaled(v.customsValue(), Fixed.MONEY_SCALE);
      cif[k] = v.cif() == null ? Fixed.ABSENT : Fixed.unscaled(v.cif(), Fixed.MONEY_SCALE);
      weights[k] = customs[k];
    }
    for (int s = 0; s < results.length; s++) {
      long[][] target = amounts[s];
      for (AssessmentComponent comp : results[s].components()) {
        long amount = Fixed.unscaled(comp.amount(), Fixed.MONEY_SCALE);
        int cat = comp.category().ordinal();
        if (!comp.isEntryLevel()) {
          target[cat][comp.lineIndex()] = Math.addExact(target[cat][comp.lineIndex()], amount);
          continue;
        }
        boolean[] share = new boolean[n];
        EntryFee fee =
            im.regime.fees().stream()
                .filter(f -> f.id().equals(comp.measureId()))
                .findFirst()
                .orElse(null);
        for (int k = 0; k < n; k++) {
          share[k] = fee == null || fee.appliesTo(c.mode[alive.get(k)]);
        }
        Rounding r = cat == 0 ? im.regime.rounding().duty() : im.regime.rounding().fee();
        long[] parts = Allocation.allocate(amount, weights, 0, n, share, r.scale());
        for (int k = 0; k < n; k++) {
          target[cat][k] = Math.addExact(target[cat][k], parts[k]);
        }
      }
    }
    // written only once everything fits, so an entry out of range leaves nothing behind
    for (int k = 0; k < n; k++) {
      int i = alive.get(k);
      out.customsValue[i] = customs[k];
      out.cif[i] = cif[k];
      out.assessed[i] = true;
      for (int s = 0; s < results.length; s++) {
        out.duty[s][i] = amounts[s][0][k];
        out.fees[s][i] = amounts[s][1][k];
        out.taxes[s][i] = amounts[s][2][k];
        out.notes[s][i] = notes(results[s], k);
      }
    }
    out.fallbackLines += n;
  }
}
