package dev.tariffimpact.economics.panel;

import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.TariffSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The days in a range on which a schedule's law can change: the first day of the range and every
 * day a measure starts or stops being in force.
 *
 * <p>Between two consecutive change points every measure is either in force all the time or not at
 * all, so one compiled schedule answers for the whole interval: a rate panel needs one row per
 * change point, not one per day.
 *
 * <p>Example: the bundled US-India schedule from 2025-01-01 to 2026-09-30 changes on 2025-04-05
 * (IEEPA baseline), 2025-08-07 (India rate), 2025-08-27 (Russian oil), 2026-02-07, 2026-02-24
 * (Section 122), ...
 */
public final class ChangePoints {

  private ChangePoints() {}

  /**
   * Returns the change points of a schedule within a range, ascending.
   *
   * @param schedule the schedule, overlays included
   * @param fromInclusive the first day of the range (always a change point)
   * @param toInclusive the last day of the range
   * @return the days, the first being {@code fromInclusive}
   * @throws IllegalArgumentException if the range ends before it starts
   */
  public static List<LocalDate> of(
      TariffSchedule schedule, LocalDate fromInclusive, LocalDate toInclusive) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException(
          "Date range must end on or after its start: " + fromInclusive + ".." + toInclusive);
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(fromInclusive);
    for (Measure m : schedule.measures()) {
      add(days, m.validity().fromInclusive(), fromInclusive, toInclusive);
      LocalDate end = m.validity().toInclusive();
      if (end != null && end.isBefore(LocalDate.MAX)) {
        add(days, end.plusDays(1), fromInclusive, toInclusive);
      }
    }
    return List.copyOf(days);
  }

  private static void add(TreeSet<LocalDate> days, LocalDate day, LocalDate from, LocalDate to) {
    if (day.isAfter(from) && !day.isAfter(to)) {
      days.add(day);
    }
  }
}
