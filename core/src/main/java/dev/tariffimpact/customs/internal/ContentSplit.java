package dev.tariffimpact.customs.internal;

import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.AssessmentNote;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.ContentDefault;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.NoteKind;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.rate.ComponentRate;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.RateInput;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import dev.tariffimpact.schedule.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content split: a duty charged on a component's value (the Section 232 duty on the steel,
 * aluminum or copper content until 2026-04-05) leaves the rest of the value to the layers that step
 * aside for it.
 *
 * <p>The rule, from HTS ch.99 US note 2(v)(vi)-(ix) and (xii): the reciprocal duties "shall not
 * apply to the declared value of the steel content of the derivative ... products ..., but such
 * additional duties shall apply to the non-steel content". In the schedule's terms: a measure
 * removed only by content-based measures, and only because its own {@code excludedBy} names them
 * ({@link Measure#removesOnlyByExcludedBy}), applies to the customs value less those measures'
 * component values. A measure a content-based measure {@code excludes} itself (the Russian-oil
 * duty, note 2(z)(iv)) or one any other applying measure removes (an Annex II exemption, a
 * full-value Section 232 duty) stays removed. Among the measures so re-admitted the stacking rules
 * still hold (the India rate replaces the baseline on the rest of the value too).
 *
 * <p>Example: USD 10,000 of a steel derivative from India with USD 4,000 steel content on
 * 2025-09-15: 50% of 4,000 (Section 232) and 25% of 6,000 (IEEPA India rate).
 */
public final class ContentSplit {

  /**
   * The measures charged on a line with the content split applied.
   *
   * @param measures the measures charged, in assessment order, the re-admitted ones included
   * @param lessContent for each re-admitted measure id, the components whose values its base leaves
   *     out; empty when there is no split
   */
  public record Charges(List<Measure> measures, Map<String, List<String>> lessContent) {

    /** Copies. */
    public Charges {
      measures = List.copyOf(measures);
      lessContent = Map.copyOf(lessContent);
    }
  }

  private ContentSplit() {}

  /**
   * Applies the content split to the measures charged on a line.
   *
   * @param index the line's index in its entry
   * @param line the line
   * @param schedule the compiled schedule
   * @param charged the measures charged without the split, in assessment order
   * @param notes receives one note per re-admitted measure
   * @return the charges: {@code charged} unchanged when no content-based measure applies
   */
  public static Charges of(
      int index,
      ShipmentLine line,
      CompiledSchedule schedule,
      List<Measure> charged,
      List<AssessmentNote> notes) {
    if (charged.stream().noneMatch(ContentSplit::onContent)) {
      return new Charges(charged, Map.of());
    }
    LookupExplanation explained = schedule.explain(line.code(), line.origin(), line.declaration());
    List<Measure> applying = new ArrayList<>();
    for (Consideration c : explained.considered()) {
      if (c.applies()) {
        applying.add(c.measure());
      }
    }
    Map<Measure, List<String>> readmitted = new LinkedHashMap<>();
    for (Consideration c : explained.considered()) {
      if (c.verdict() == Verdict.EXCLUDED_BY) {
        List<String> components = contentOnlyRemovers(c.measure(), applying);
        if (!components.isEmpty()) {
          readmitted.put(c.measure(), components);
        }
      }
    }
    dropRemovedAmong(readmitted);
    if (readmitted.isEmpty()) {
      return new Charges(charged, Map.of());
    }
    Set<Measure> charge = new HashSet<>(charged);
    charge.addAll(readmitted.keySet());
    List<Measure> ordered = new ArrayList<>();
    Map<String, List<String>> lessContent = new LinkedHashMap<>();
    for (Consideration c : explained.considered()) {
      Measure m = c.measure();
      if (charge.contains(m)) {
        ordered.add(m);
        List<String> components = readmitted.get(m);
        if (components != null) {
          lessContent.put(m.id(), components);
          notes.add(
              AssessmentNote.ofLine(
                  NoteKind.CONTENT_SPLIT,
                  index,
                  LineValuer.describe(index, line)
                      + ": content split: "
                      + m.id()
                      + " charged on the customs value less the "
                      + String.join(" and the ", components)
                      + " (the rest of the value; the content pays the Section 232 duty)"));
        }
      }
    }
    claimsAvailable(index, line, explained, readmitted.keySet(), notes);
    return new Charges(ordered, lessContent);
  }

  /**
   * Notes the conditional exemptions the line did not claim that would take a re-admitted layer off
   * the rest of the value (a donation is exempt from the IEEPA duties there too): the layers
   * stepped aside when {@link DeclaredLayers} looked for them, so it could not say so.
   */
  private static void claimsAvailable(
      int index,
      ShipmentLine line,
      LookupExplanation explained,
      Set<Measure> readmitted,
      List<AssessmentNote> notes) {
    for (Consideration c : explained.considered()) {
      if (c.verdict() != Verdict.NOT_CLAIMED) {
        continue;
      }
      List<String> wouldGo = new ArrayList<>();
      for (Measure r : readmitted) {
        if (c.measure().removes(r)) {
          wouldGo.add(r.id());
        }
      }
      if (!wouldGo.isEmpty()) {
        notes.add(
            DeclaredLayers.claimAvailable(
                index, LineValuer.describe(index, line), c.measure(), wouldGo));
      }
    }
  }

  /**
   * Returns the base of a content-split layer: the customs value less the declared values of the
   * components it leaves out, converted to the regime's currency as the valuation was.
   *
   * @param index the line's index in its entry
   * @param line the line
   * @param estimated the content values estimated by a content default, in the line's currency
   * @param layer a layer with {@link LinePlan.Layer#lessContent()}
   * @param value the line's customs value
   * @param valuation the line's valuation (its exchange rate)
   * @return the rest of the value
   * @throws AssessmentException naming the measure and the component when a content value is
   *     missing ({@code MISSING_INPUT}) or the content exceeds the value ({@code NOT_COMPUTABLE})
   */
  public static BigDecimal restOfValue(
      int index,
      ShipmentLine line,
      Map<String, BigDecimal> estimated,
      LinePlan.Layer layer,
      BigDecimal value,
      LineValuation valuation) {
    BigDecimal factor =
        valuation.exchangeRate() == null ? BigDecimal.ONE : valuation.exchangeRate().rate();
    BigDecimal content = BigDecimal.ZERO;
    Measure m = layer.measure();
    String where = LineValuer.describe(index, line) + ", measure " + m.id() + " (" + m.rate() + ")";
    for (String component : layer.lessContent()) {
      BigDecimal declared = line.componentValues().get(component);
      if (declared == null) {
        declared = estimated.get(component);
      }
      if (declared == null) {
        MissingInputException e =
            new MissingInputException(
                new RateInput.ComponentValue(component), m.rate() + " on the rest of the value");
        throw new AssessmentException(
            Reason.MISSING_INPUT, index, where + ": " + e.getMessage(), e);
      }
      content = content.add(declared.multiply(factor));
    }
    try {
      return ExactSteps.restOfValue(value, content);
    } catch (IllegalArgumentException e) {
      throw new AssessmentException(
          Reason.NOT_COMPUTABLE, index, where + ", content split: " + e.getMessage(), e);
    }
  }

  /**
   * Estimates the content values a line does not declare but its plan needs (a content-based layer,
   * or a layer on the rest of the value), when the user opted in to a content default; each
   * estimate is listed as an assumption (U) and a note. Without a default, or without an estimate
   * for the code, nothing is estimated and the missing value stays a named missing input.
   *
   * @param index the line's index in its entry
   * @param line the line
   * @param plan the line's plan
   * @param contentDefault the estimate, or null when the user did not opt in
   * @param assumptions receives one assumption per estimate
   * @param notes receives one note per estimate
   * @return component name to estimated value in the line's currency (cents, HALF_UP)
   */
  public static Map<String, BigDecimal> estimates(
      int index,
      ShipmentLine line,
      LinePlan plan,
      ContentDefault contentDefault,
      List<Assumption> assumptions,
      List<AssessmentNote> notes) {
    if (contentDefault == null) {
      return Map.of();
    }
    Set<String> needed = new LinkedHashSet<>();
    for (LinePlan.Layer layer : plan.layers()) {
      if (onContent(layer.measure())) {
        needed.add(((ComponentRate) layer.measure().rate()).component());
      }
      needed.addAll(layer.lessContent());
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String component : needed) {
      if (line.componentValues().containsKey(component)) {
        continue;
      }
      java.util.Optional<BigDecimal> share = contentDefault.share(line.code(), component);
      if (share.isEmpty()) {
        continue;
      }
      BigDecimal value = line.value().multiply(share.get()).setScale(2, RoundingMode.HALF_UP);
      out.put(component, value);
      String text =
          LineValuer.describe(index, line)
              + ": content default used: "
              + component
              + " "
              + value.toPlainString()
              + " "
              + line.currency().getCurrencyCode()
              + " = "
              + share.get().stripTrailingZeros().toPlainString()
              + " x the value "
              + line.value().toPlainString()
              + " (estimate, not declared)";
      notes.add(AssessmentNote.ofLine(NoteKind.CONTENT_DEFAULT, index, text));
      assumptions.add(
          Assumption.of(
              "ASSUMPTION (U): " + component + " of " + line.code() + " estimated, not declared",
              contentDefault.source()));
    }
    return out;
  }

  /**
   * Tells whether a measure is charged on a component's value: its base is the customs value and
   * its rate a percentage of the component ({@code ON("steel content"; 50%)}).
   *
   * @param m the measure
   * @return true for a content-based measure
   */
  public static boolean onContent(Measure m) {
    return m.base() == DutyBase.CUSTOMS_VALUE
        && m.rate() instanceof ComponentRate r
        && r.rate().requiredInputs().equals(Set.of(new RateInput.CustomsValue()));
  }

  /**
   * The components of the applying measures that remove {@code m}, when all of them are
   * content-based and remove it only through its {@code excludedBy}; empty otherwise.
   */
  private static List<String> contentOnlyRemovers(Measure m, List<Measure> applying) {
    Set<String> components = new LinkedHashSet<>();
    for (Measure r : applying) {
      if (r.removes(m)) {
        if (!onContent(r) || !r.removesOnlyByExcludedBy(m)) {
          return List.of();
        }
        components.add(((ComponentRate) r.rate()).component());
      }
    }
    return List.copyOf(components);
  }

  /**
   * Applies the stacking rules among the re-admitted measures: one removed by another re-admitted
   * measure that is not itself removed goes. The rules are acyclic, so this settles in at most as
   * many rounds as there are measures.
   */
  private static void dropRemovedAmong(Map<Measure, List<String>> readmitted) {
    boolean changed = true;
    while (changed) {
      changed = false;
      Set<Measure> removed = new HashSet<>();
      for (Measure m : readmitted.keySet()) {
        for (Measure r : readmitted.keySet()) {
          if (r != m && r.removes(m) && !removedByAnother(r, readmitted.keySet())) {
            removed.add(m);
          }
        }
      }
      changed = readmitted.keySet().removeAll(removed);
    }
  }

  private static boolean removedByAnother(Measure m, Set<Measure> among) {
    for (Measure r : among) {
      if (r != m && r.removes(m)) {
        return true;
      }
    }
    return false;
  }
}
