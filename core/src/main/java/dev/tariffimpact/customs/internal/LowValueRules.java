package dev.tariffimpact.customs.internal;

import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.AssessmentNote;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.LowValueRule;
import dev.tariffimpact.customs.NoteKind;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.schedule.MeasureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regime's low-value rules at entry level: which rule applies to an entry (its goods value at
 * or under a threshold), and the flat duty per sub-heading some rules charge instead of duties. The
 * bulk engine never evaluates these: an entry a rule applies to takes the exact path.
 */
public final class LowValueRules {

  private LowValueRules() {}

  /**
   * Returns the low-value rule that applies to an entry: the first rule in force on the entry date
   * whose threshold the entry's goods value (FOB, else CIF) does not exceed; notes it.
   *
   * @param regime the regime
   * @param entry the entry
   * @param valuations the lines' valuations
   * @param assumptions receives the assumptions made
   * @param notes receives the note of the rule applied
   * @return the rule, or null when none applies
   */
  public static LowValueRule applying(
      CustomsRegime regime,
      Entry entry,
      List<LineValuation> valuations,
      List<Assumption> assumptions,
      List<AssessmentNote> notes) {
    List<LowValueRule> inForce = null;
    for (LowValueRule rule : regime.lowValueRules()) {
      if (rule.inForce(entry.entryDate())) {
        if (inForce == null) {
          inForce = new ArrayList<>(2);
        }
        inForce.add(rule);
      }
    }
    if (inForce == null) {
      return null;
    }
    BigDecimal goods = BigDecimal.ZERO;
    for (LineValuation v : valuations) {
      if (v.fob() != null) {
        goods = goods.add(v.fob());
      } else {
        goods = goods.add(v.cif());
        assumptions.add(
            Assumption.of(
                "line "
                    + (v.lineIndex() + 1)
                    + ": FOB unknown, the low-value test uses its CIF value (an upper bound)",
                "tariff-impact valuation rule"));
      }
    }
    for (LowValueRule rule : inForce) {
      if (goods.compareTo(rule.threshold()) <= 0) {
        notes.add(
            AssessmentNote.ofEntry(
                NoteKind.DE_MINIMIS,
                rule.id()
                    + " applied: goods value "
                    + goods.toPlainString()
                    + " <= "
                    + rule.threshold().toPlainString()
                    + " "
                    + regime.currency()
                    + " ("
                    + rule.title()
                    + "; "
                    + rule.source()
                    + ")"));
        return rule;
      }
    }
    return null;
  }

  /**
   * Returns the entry-level flat duty of a rule: its amount per distinct sub-heading, rounded as
   * the regime rounds duty.
   *
   * @param regime the regime
   * @param rule a rule with effect {@code FLAT_DUTY_PER_SUBHEADING}
   * @param lines the entry's lines
   * @return the component
   */
  public static AssessmentComponent flatDuty(
      CustomsRegime regime, LowValueRule rule, List<ShipmentLine> lines) {
    Set<String> subheadings = new TreeSet<>();
    for (ShipmentLine line : lines) {
      int digits = Math.min(rule.subheadingDigits(), line.code().length());
      subheadings.add(line.code().truncate(digits).digits());
    }
    BigDecimal count = BigDecimal.valueOf(subheadings.size());
    BigDecimal amount = regime.rounding().duty().apply(rule.flatAmount().multiply(count));
    return AssessmentComponent.of(
        rule.id(),
        rule.title(),
        MeasureKind.BASE_DUTY,
        count,
        rule.flatAmount().toPlainString()
            + " "
            + regime.currency()
            + " per sub-heading x "
            + subheadings.size(),
        amount,
        AssessmentComponent.ENTRY_LEVEL);
  }

  /**
   * Returns the assumption behind the flat duty's application.
   *
   * @param rule the rule
   * @return the assumption (confidence U)
   */
  public static Assumption flatDutyAssumption(LowValueRule rule) {
    return Assumption.of(
        rule.id()
            + ": the flat duty is charged once per entry and not added to the lines' tax"
            + " base; a sub-heading is the first "
            + rule.subheadingDigits()
            + " digits of the code",
        rule.source() + " (application by tariff-impact, confidence U)");
  }
}
