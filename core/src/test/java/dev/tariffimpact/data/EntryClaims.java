package dev.tariffimpact.data;

import dev.tariffimpact.data.IndiaUsLayers.Entry;
import dev.tariffimpact.data.IndiaUsLayers.Line;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The entries of Notification 45/2025-Customs that are written once for every bundled line they
 * reach rather than per line: Tables II (end use, defence, projects) and III (privileged persons),
 * and the Table I entries printed for "any chapter". Each is a claim ({@code in-45-2025-II-12})
 * whose measure is a {@code PREFERENCE} replacing the BCD, scoped to the bundled lines its codes
 * cover (every bundled line for "any chapter").
 *
 * <p>Why one measure per entry: 130-odd "any chapter" entries times 122 lines would be 16,000
 * measures for claims almost no shipment makes. Why only the bundled lines and not {@code *}: a
 * claimed entry alone must never make an unknown code look assessable (its BCD would be the only
 * measure: no AIDC, SWS or IGST). Why a family: the quote lists the "any chapter" claims once per
 * line as a group (see {@code DeclaredLayers}), {@code lookup --all} lists each.
 */
final class EntryClaims {

  /** Family of the "any chapter" entries: listed as one group in quote notes. */
  static final String ANY_CHAPTER = "in-45-2025-any-chapter";

  /** Family of the Tables II-III entries printed for named chapters or codes. */
  static final String END_USE = "in-45-2025-end-use";

  private final IndiaUsLayers layers;
  private final List<Line> lines;
  private final JsonMapper json;

  EntryClaims(IndiaUsLayers layers, List<Line> lines, JsonMapper json) {
    this.layers = layers;
    this.lines = lines;
    this.json = json;
  }

  /** Whether an entry is written once over the lines (not per line by {@code LineMeasures}). */
  static boolean spansLines(Entry e) {
    return !e.get("table").equals("I") || e.anyChapter() || e.codes().isEmpty();
  }

  void addTo(ArrayNode out) {
    Map<String, String> layer = layers.layer("in-bcd-45-2025-claims");
    for (Entry e : layers.bcd45()) {
      if (!spansLines(e)) {
        continue;
      }
      boolean any = e.anyChapter() || e.codes().isEmpty();
      String scope = any ? allLines() : scope(e);
      if (scope.isEmpty()) {
        continue; // reaches no bundled line: counted in docs/india-law-coverage.md
      }
      String claim = "in-" + e.key();
      String cond =
          e.get("conditions").isEmpty() ? "" : " Condition(s) " + e.get("conditions") + ".";
      ObjectNode m = json.createObjectNode();
      m.put("id", "in-bcd-claim-" + e.key());
      m.put("title", "Effective BCD if claimed, " + e.label());
      m.put("legalBasis", layer.get("legal_basis"));
      m.put("kind", layer.get("kind"));
      m.put("base", "CUSTOMS_VALUE");
      m.put("scope", scope);
      m.put("origins", "*");
      m.put("validFrom", e.get("from").isEmpty() ? "2025-11-01" : e.get("from"));
      if (!e.get("to").isEmpty()) {
        m.put("validTo", e.get("to"));
      }
      String rate = e.rate();
      m.put(
          "rate",
          IndiaUsLayers.multiRate(rate)
              ? "REF(\"one of the sub-item rates '" + rate + "' of " + e.label() + "\")"
              : rate.equalsIgnoreCase("NIL") ? "Nil" : rate);
      LineMeasures.list(m, "replaces", List.of("BASE_DUTY"));
      LineMeasures.list(m, "excludes", layers.removedWith(e.key(), null));
      m.put("status", "IN_FORCE");
      ObjectNode p = m.putObject("provenance");
      p.put("source", e.label() + " (G.S.R. 781(E)); india/bcd-effective-45-2025.csv");
      p.put("confidence", "R");
      p.put(
          "note",
          e.label()
              + ": "
              + LineMeasures.abridged(e.get("description"))
              + "."
              + cond
              + (any ? " Printed for any chapter: offered on every bundled line." : "")
              + " Applies only when claimed: --claim "
              + claim
              + "."
              + LineMeasures.alsoNil(layers, e.key())
              + (e.get("flags").isEmpty() ? "" : " Source flags: " + e.get("flags") + "."));
      m.put("claim", claim);
      m.put("family", any ? ANY_CHAPTER : END_USE);
      out.add(m);
    }
  }

  /** Every bundled line, as a scope. */
  private String allLines() {
    Set<String> items = new LinkedHashSet<>();
    for (Line l : lines) {
      items.add(l.item());
    }
    return String.join(", ", items);
  }

  /** The bundled lines an entry's codes cover, or its codes that lie within a bundled line. */
  private String scope(Entry e) {
    Set<String> in = new LinkedHashSet<>();
    for (Line l : lines) {
      String item = l.item();
      if (e.excluded().stream().anyMatch(x -> IndiaUsLayers.covers(x, item))) {
        continue;
      }
      for (String c : e.codes()) {
        if (IndiaUsLayers.covers(c, item)) {
          in.add(item);
        } else if (!c.contains("-") && c.startsWith(item) && c.length() > item.length()) {
          in.add(c);
        }
      }
    }
    if (in.isEmpty()) {
      return "";
    }
    List<String> except = new ArrayList<>();
    for (String x : e.excluded()) {
      if (in.stream().anyMatch(i -> x.startsWith(i) && x.length() > i.length())) {
        except.add(x);
      }
    }
    return String.join(", ", in) + (except.isEmpty() ? "" : " except " + String.join(", ", except));
  }
}
