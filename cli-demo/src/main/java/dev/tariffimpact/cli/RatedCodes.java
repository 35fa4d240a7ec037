package dev.tariffimpact.cli;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rated codes below a code that has no rate of its own ({@code 6403.59} -> {@code 6403.59.60}),
 * so a user who typed a heading is shown the lines to choose from. Reads the scenario's base
 * duties; presentation only.
 */
final class RatedCodes {

  /** How many rated codes a message lists. */
  static final int MAX_LISTED = 10;

  private RatedCodes() {}

  /** The base duties whose scope is one range strictly below the code, by code. */
  static List<Measure> under(Scenario scenario, ProductCode code) {
    List<Measure> found = new ArrayList<>();
    Stream.concat(scenario.schedule().measures().stream(), scenario.overlays().stream())
        .filter(m -> m.kind() == MeasureKind.BASE_DUTY)
        .filter(m -> m.inForceOn(scenario.asOf()))
        .forEach(
            m -> {
              List<CodeRange> includes = m.scope().includes();
              if (includes.size() == 1
                  && includes.get(0).first().length() > code.length()
                  && includes.get(0).first().isWithin(code)
                  && includes.get(0).last().isWithin(code)) {
                found.add(m);
              }
            });
    found.sort(Comparator.comparing(m -> m.scope().includes().get(0).first().digits()));
    return found;
  }

  /**
   * "rated codes under it: 6403.59.60 (10%: Footwear with outer soles ...); give one with --code",
   * or empty text when there are none.
   */
  static String describe(List<Measure> rated) {
    if (rated.isEmpty()) {
      return "";
    }
    List<String> items = new ArrayList<>();
    for (Measure m : rated.subList(0, Math.min(MAX_LISTED, rated.size()))) {
      String title = m.title().replaceFirst("^[^:]*: ", "");
      items.add(
          m.scope().includes().get(0)
              + " ("
              + m.rate()
              + ": "
              + (title.length() > 50 ? title.substring(0, 49).stripTrailing() + "…" : title)
              + ")");
    }
    return "; rated codes under it"
        + (rated.size() > MAX_LISTED ? " (first " + MAX_LISTED + " of " + rated.size() + ")" : "")
        + ": "
        + String.join(", ", items)
        + "; give one of them with --code";
  }
}
