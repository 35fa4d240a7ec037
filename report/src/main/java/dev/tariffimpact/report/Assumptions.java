package dev.tariffimpact.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The assumptions behind a report's numbers, grouped (customs rules, tariff measures, exchange
 * rates, ...), each with its confidence, and the last date the data covers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param groups the groups, in reading order; empty when nothing is assumed
 * @param coveredThrough the last date every input covers, or null when unbounded
 * @param coverageBasis why that date (for example "the US MPF fee band of FY2026 ends then")
 */
public record Assumptions(List<Group> groups, LocalDate coveredThrough, String coverageBasis) {

  /**
   * Copies the groups.
   *
   * @throws NullPointerException if groups or the basis is null
   */
  public Assumptions {
    groups = List.copyOf(groups);
    Objects.requireNonNull(coverageBasis, "coverageBasis");
  }

  /**
   * Returns the number of assumptions in all groups.
   *
   * @return the count
   */
  public int count() {
    return groups.stream().mapToInt(g -> g.items().size()).sum();
  }

  /**
   * A group of assumptions of one kind.
   *
   * @param title what kind of fact, for example "Tariff measures"
   * @param items the facts
   */
  public record Group(String title, List<Item> items) {
    /**
     * Copies the items.
     *
     * @throws NullPointerException if an argument is null
     */
    public Group {
      Objects.requireNonNull(title, "title");
      items = List.copyOf(items);
    }
  }

  /**
   * One assumed fact.
   *
   * @param text what is assumed
   * @param source where it comes from
   * @param confidence {@code V}, {@code R} or {@code U} (see {@code data/README.md})
   * @param scenarios the scenarios whose numbers rest on it
   */
  public record Item(String text, String source, String confidence, List<String> scenarios) {
    /**
     * Copies the scenarios.
     *
     * @throws NullPointerException if an argument is null
     */
    public Item {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(confidence, "confidence");
      scenarios = List.copyOf(scenarios);
    }
  }
}
