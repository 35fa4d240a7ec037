package dev.tariffimpact.io.hts;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.RateKind;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbered lines of an HTS file, in file order, with their General rates.
 *
 * <p>Example: {@code table.line(ProductCode.parse("6109.10.00")).flatMap(HtsLine::general)} is
 * {@code 16.5%}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtsTable {

  private final Path source;
  private final List<HtsLine> lines;
  private final Map<ProductCode, HtsLine> byCode;

  /**
   * Creates a table.
   *
   * @param source the file the lines were read from
   * @param lines the lines in file order
   * @throws NullPointerException if an argument is null
   */
  public HtsTable(Path source, List<HtsLine> lines) {
    this.source = Objects.requireNonNull(source, "source");
    this.lines = List.copyOf(lines);
    Map<ProductCode, HtsLine> m = new HashMap<>();
    // The HTS repeats no number; if a file did, the first line wins, as in print.
    this.lines.forEach(l -> m.putIfAbsent(l.code(), l));
    this.byCode = Collections.unmodifiableMap(m);
  }

  /**
   * Returns the file the table was read from.
   *
   * @return the path
   */
  public Path source() {
    return source;
  }

  /**
   * Returns all numbered lines in file order.
   *
   * @return the lines
   */
  public List<HtsLine> lines() {
    return lines;
  }

  /**
   * Finds the line with exactly this number.
   *
   * @param code for example {@code 6109.10.00}
   * @return the line, or empty
   */
  public Optional<HtsLine> line(ProductCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Classifies every line that carries its own General rate text (inherited lines are not
   * repeated).
   *
   * @return one classification per own rate text, in file order
   */
  public List<RateClassification> classify() {
    return lines.stream().filter(HtsLine::hasOwnRate).map(RateClassification::of).toList();
  }

  /**
   * Counts the classified texts by rate kind; unparsed texts are counted in {@link
   * #countsByStatus()} only.
   *
   * @return counts in {@link RateKind} order, kinds with no text omitted
   */
  public Map<RateKind, Integer> countsByKind() {
    Map<RateKind, Integer> counts = new EnumMap<>(RateKind.class);
    for (RateClassification c : classify()) {
      c.kind().ifPresent(k -> counts.merge(k, 1, Integer::sum));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Counts the classified texts by status label ({@code COMPUTABLE}, {@code NEEDS_INPUT}, {@code
   * REFERENCE}, {@code UNPARSED}).
   *
   * @return counts by label, in order of first appearance
   */
  public Map<String, Integer> countsByStatus() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RateClassification c : classify()) {
      counts.merge(c.status().label(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
