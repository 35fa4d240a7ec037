package dev.tariffimpact.data;

import dev.tariffimpact.data.IndiaUsLayers.Entry;
import dev.tariffimpact.data.IndiaUsLayers.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IGST measures of one line: the GST 2.0 entries (9/2025, 10/2025, 19/2025) that reach it and
 * the assumed rate before 2025-09-22.
 *
 * <p>Rule (documented in data/README.md): among the entries whose code covers the line, the most
 * specific ones are the line's default when their descriptions are plain and their dates do not
 * overlap (19/2025 replacing a Schedule VII row on 2026-02-01 is such a pair); every other entry is
 * a claim, and a claimed entry excludes the default. A line without a default has an IGST that is
 * not computable until an entry is claimed: never a guessed slab.
 */
final class IgstMeasures {

  private static final String OPEN = "9999-12-31";

  private final IndiaUsLayers layers;
  private final Line line;
  private final String scope;
  private final List<ObjectNode> out;
  private final LineMeasures factory;

  IgstMeasures(
      IndiaUsLayers layers, Line line, String scope, List<ObjectNode> out, LineMeasures factory) {
    this.layers = layers;
    this.line = line;
    this.scope = scope;
    this.out = out;
    this.factory = factory;
  }

  void add() {
    String item = line.item();
    List<Entry> covering = new ArrayList<>();
    List<Entry> narrower = new ArrayList<>();
    int best = 0;
    for (Entry e : layers.igst()) {
      if (IndiaUsLayers.scope(e, scope, item) == null) {
        continue;
      }
      int length = IndiaUsLayers.matchLength(e, item);
      if (length == 0) {
        narrower.add(e);
      } else {
        covering.add(e);
        best = Math.max(best, length);
      }
    }
    List<Entry> defaults = new ArrayList<>();
    for (Entry e : covering) {
      if (IndiaUsLayers.matchLength(e, item) == best) {
        defaults.add(e);
      }
    }
    if (!defaults.stream().allMatch(IndiaUsLayers::plain) || overlap(defaults)) {
      defaults.clear();
    }
    List<String> defaultIds = new ArrayList<>();
    for (Entry e : defaults) {
      defaultIds.add(id(e));
    }
    String fallback = "in-igst-claim-needed-" + item;
    if (defaults.isEmpty()) {
      defaultIds.add(fallback);
    }
    for (Entry e : defaults) {
      out.add(entry(e, null, List.of()));
    }
    String before = "in-igst-1-2017-" + item;
    // A claimed entry excludes the default; claimed entries are alternatives (claim one).
    List<String> excluded = new ArrayList<>(defaultIds);
    List<String> excludedBefore = List.of(before);
    for (Entry e : covering) {
      if (!defaults.contains(e)) {
        out.add(entry(e, "in-" + e.key(), List.copyOf(excluded)));
        if (e.get("from").equals(IndiaUsLayers.GST2_START)) {
          out.add(claimedBefore(e, List.copyOf(excludedBefore)));
        }
      }
    }
    for (Entry e : narrower) {
      boolean plain = IndiaUsLayers.plain(e);
      out.add(entry(e, plain ? null : "in-" + e.key(), List.copyOf(excluded)));
    }
    if (defaults.isEmpty()) {
      out.add(claimNeeded(fallback, covering, narrower));
    }
    out.add(beforeGst2(defaults));
  }

  private ObjectNode entry(Entry e, String claim, List<String> excludes) {
    Map<String, String> layer = layerOf(e);
    String s = IndiaUsLayers.scope(e, scope, line.item());
    ObjectNode m =
        factory.measure(
            id(e),
            "IGST, " + e.label(),
            layer,
            s,
            e.get("from"),
            e.get("to").isEmpty() ? null : e.get("to"),
            e.rate(),
            e.get("notification") + " (official PDF, parsed in shared india/); india/igst.csv",
            "V",
            e.label()
                + ": "
                + LineMeasures.abridged(e.get("description"))
                + "."
                + (claim == null ? "" : " Applies only when claimed: --claim " + claim + "."));
    if (claim != null) {
      LineMeasures.list(m, "excludes", excludes);
      LineMeasures.claim(m, claim);
    } else if (!excludes.isEmpty()) {
      LineMeasures.list(m, "excludes", excludes); // a narrower plain entry replaces the default
    }
    return m;
  }

  /** The claimed entry's rate assumed for the same goods before GST 2.0 (U), same claim. */
  private ObjectNode claimedBefore(Entry e, List<String> excludes) {
    Map<String, String> layer = layers.layer("in-igst-1-2017");
    ObjectNode m =
        factory.measure(
            "in-igst-1-2017-as-" + e.key() + "-" + line.item(),
            "IGST before GST 2.0 (assumed as " + e.label() + ")",
            layer,
            IndiaUsLayers.scope(e, scope, line.item()),
            IndiaUsLayers.PERIOD_START,
            "2025-09-21",
            e.rate(),
            "ASSUMPTION (U); in-layers.csv row in-igst-1-2017",
            "U",
            "ASSUMPTION (U): 1/2017-IT(R) is not in the reference (in-layers.csv"
                + " in-igst-1-2017). Goods of "
                + e.label()
                + " ("
                + LineMeasures.abridged(e.get("description"))
                + ") assumed at "
                + e.rate()
                + " before 2025-09-22. Applies only when claimed: --claim in-"
                + e.key()
                + ".");
    LineMeasures.list(m, "excludes", excludes);
    LineMeasures.claim(m, "in-" + e.key());
    return m;
  }

  private ObjectNode claimNeeded(String id, List<Entry> covering, List<Entry> narrower) {
    List<String> names = new ArrayList<>();
    covering.forEach(e -> names.add("in-" + e.key()));
    narrower.forEach(e -> names.add("in-" + e.key()));
    String text =
        names.isEmpty()
            ? "no IGST entry of 9/2025 or 10/2025 names tariff item " + line.item()
            : "IGST of tariff item "
                + line.item()
                + " depends on the description: claim one of "
                + String.join(" ", names);
    return factory.measure(
        id,
        "IGST: entry to be claimed",
        layers.layer("in-igst-9-2025"),
        scope,
        IndiaUsLayers.GST2_START,
        null,
        "REF(\"" + text + "\")",
        "india/igst.csv",
        "U",
        "Not computable (U) until an entry is claimed: the entries reaching this line qualify the"
            + " goods by description, or several apply. Never a guessed slab.");
  }

  private ObjectNode beforeGst2(List<Entry> defaults) {
    Map<String, String> layer = layers.layer("in-igst-1-2017");
    String rate = null;
    for (Entry e : defaults) {
      if (e.get("from").compareTo(IndiaUsLayers.GST2_START) <= 0) {
        rate = e.rate();
      }
    }
    String r =
        rate != null
            ? rate
            : "REF(\"IGST rate before 2025-09-22 (1/2017-IT(R)) not known for tariff item "
                + line.item()
                + "\")";
    return factory.measure(
        "in-igst-1-2017-" + line.item(),
        "IGST before GST 2.0 (assumed)",
        layer,
        scope,
        IndiaUsLayers.PERIOD_START,
        "2025-09-21",
        r,
        "ASSUMPTION (U); in-layers.csv row in-igst-1-2017",
        "U",
        "ASSUMPTION (U): 1/2017-IT(R) is not in the reference (in-layers.csv in-igst-1-2017)."
            + (rate == null
                ? " This line has no single GST 2.0 rate either: not computable."
                : " Assumed here: " + rate + "."));
  }

  private Map<String, String> layerOf(Entry e) {
    String n = e.get("notification");
    if (n.startsWith("10/2025")) {
      return layers.layer("in-igst-10-2025");
    }
    if (n.startsWith("19/2025")) {
      return layers.layer("in-igst-19-2025");
    }
    return layers.layer("in-igst-9-2025");
  }

  private String id(Entry e) {
    return "in-igst-" + e.key() + "-" + line.item();
  }

  private static boolean overlap(List<Entry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        Entry a = entries.get(i);
        Entry b = entries.get(j);
        String aTo = a.get("to").isEmpty() ? OPEN : a.get("to");
        String bTo = b.get("to").isEmpty() ? OPEN : b.get("to");
        if (a.get("from").compareTo(bTo) <= 0 && b.get("from").compareTo(aTo) <= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
