package dev.tariffimpact.customs.internal;

import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import dev.tariffimpact.schedule.MeasureKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Words the failure of a line no base duty applies to ({@link LinePlan#hasBaseDuty()} false): a
 * date outside every base duty's validity, an origin no base duty covers, or no base duty at all.
 * The explanation is built only then.
 */
public final class BaseDutyCheck {

  private BaseDutyCheck() {}

  /**
   * Returns the failure of a line without base duty.
   *
   * @param index the line index
   * @param line the line
   * @param schedule the compiled schedule
   * @return the exception to throw, naming the line and why
   */
  public static AssessmentException failure(
      int index, ShipmentLine line, CompiledSchedule schedule) {
    String where = LineValuer.describe(index, line);
    LookupExplanation explanation = schedule.explain(line.code(), line.origin());
    List<Consideration> bases =
        explanation.considered().stream()
            .filter(c -> c.measure().kind() == MeasureKind.BASE_DUTY)
            .filter(c -> c.matchLength() >= 0)
            .toList();
    List<Consideration> outOfDates =
        bases.stream().filter(c -> c.verdict() == Verdict.OUT_OF_DATES).toList();
    if (!outOfDates.isEmpty()) {
      Set<String> validities = new TreeSet<>();
      outOfDates.forEach(c -> validities.add(c.measure().validity().toString()));
      return new AssessmentException(
          Reason.OUTSIDE_VALIDITY,
          index,
          where
              + ": date "
              + schedule.asOf()
              + " is outside every base-duty validity for the code ("
              + String.join(", ", validities)
              + ")",
          null);
    }
    if (bases.stream().anyMatch(c -> c.verdict() == Verdict.ORIGIN_NOT_COVERED)) {
      return new AssessmentException(
          Reason.ORIGIN_NOT_COVERED,
          index,
          where
              + ": origin "
              + explanation.origin()
              + " is not covered by any base duty of schedule "
              + schedule.importer()
              + " for the code",
          null);
    }
    return new AssessmentException(
        Reason.NO_BASE_DUTY,
        index,
        where
            + ": schedule "
            + schedule.importer()
            + " has no base duty for code "
            + explanation.code()
            + (bases.isEmpty()
                ? ""
                : " (considered: "
                    + bases.stream()
                        .map(c -> c.measure().id() + " " + c.describe())
                        .collect(Collectors.joining(", "))
                    + ")"),
        null);
  }
}
