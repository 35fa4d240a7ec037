package dev.tariffimpact.data;

import dev.tariffimpact.data.IndiaUsLayers.Entry;
import dev.tariffimpact.data.IndiaUsLayers.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The India measures of one tariff line (see {@link IndiaUsLayers}). */
final class LineMeasures {

  private static final String NOV_2025 = "2025-11-01";
  private static final String OCT_2025 = "2025-10-31";
  private static final String SWS_ONE_LATEST = "2026-05-13";

  private final IndiaUsLayers layers;
  private final Line line;
  private final String item;
  private final String scope;
  private final JsonMapper json;
  private final List<ObjectNode> out = new ArrayList<>();
  private final List<String> aidcIds = new ArrayList<>();

  LineMeasures(IndiaUsLayers layers, Line line, List<Line> all, JsonMapper json) {
    this.layers = layers;
    this.line = line;
    this.item = line.item();
    this.json = json;
    List<String> children = new ArrayList<>();
    for (Line other : all) {
      if (!other.item().equals(item) && other.item().startsWith(item)) {
        children.add(other.item());
      }
    }
    this.scope = children.isEmpty() ? item : item + " except " + String.join(", ", children);
  }

  void addTo(ArrayNode measures) {
    bcd();
    aidc();
    sws();
    healthCess();
    igst();
    out.forEach(measures::add);
  }

  // ------------------------------------------------------------------ BCD

  private void bcd() {
    Map<String, String> tariff = layers.layer("in-bcd-tariff");
    boolean found = !line.standardBcd().isBlank();
    String rate =
        found
            ? line.standardBcd()
            : "REF(\"standard BCD of the First Schedule not found for tariff item " + item + "\")";
    String note =
        found
            ? "Standard rate of the First Schedule."
                + (line.confidence().equals("U") && !line.note().contains("(U)")
                    ? " ASSUMPTION (U): the transcribed rate is unverified. "
                    : " ")
                + line.note()
            : "Standard BCD not found (U): the line's BCD is not computable unless an"
                + " effective-rate entry applies. "
                + line.note();
    out.add(
        measure(
            "in-bcd-" + item,
            "BCD (First Schedule): " + line.description(),
            tariff,
            scope,
            IndiaUsLayers.PERIOD_START,
            null,
            rate,
            line.source(),
            found ? line.confidence() : "U",
            note));
    // Table I entries with codes, per line; the others (Tables II-III, any-chapter entries) are
    // one measure per entry over the bundled lines (EntryClaims).
    List<Entry> entries = new ArrayList<>();
    for (Entry e : layers.bcd45()) {
      if (!EntryClaims.spansLines(e)) {
        entries.add(e);
      }
    }
    // Unconditional entries first, so that a claimed entry wins at equal specificity.
    entries.sort(Comparator.comparing(e -> needsClaim(e) ? 1 : 0));
    Map<String, String> l50 = layers.layer("in-bcd-50-2017");
    Map<String, String> l45 = layers.layer("in-bcd-45-2025");
    // Explicit stacking: an effective rate replaces the tariff rate and the unconditional
    // effective rates declared before it (those come first, so a claim wins).
    List<String> replaced = new ArrayList<>(List.of("in-bcd-" + item));
    for (Entry e : entries) {
      String s = IndiaUsLayers.scope(e, scope, item);
      if (s == null) {
        continue;
      }
      String claim = needsClaim(e) ? "in-" + e.key() : null;
      String entryRate = rateOf(e);
      String what = e.label() + ": " + abridged(e.get("description"));
      String cond =
          e.get("conditions").isEmpty() ? "" : " Condition(s) " + e.get("conditions") + ".";
      String claimNote = claim == null ? "" : " Applies only when claimed: --claim " + claim + ".";
      List<ObjectNode> olds = new ArrayList<>();
      List<Entry> dated = layers.dated(e, item);
      if (dated.isEmpty()) {
        olds.add(
            measure(
                "in-bcd-50-2017-" + e.key() + "-" + item,
                "Effective BCD, 50/2017 (assumed as " + e.label() + ")",
                l50,
                s,
                IndiaUsLayers.PERIOD_START,
                OCT_2025,
                entryRate,
                "assumed from " + e.label() + " (india/bcd-effective-45-2025.csv)",
                "U",
                "ASSUMPTION (U): the 50/2017 entry is taken to equal "
                    + e.label()
                    + " (50/2017 is not in the reference; in-layers.csv in-bcd-50-2017). Entry: "
                    + what
                    + "."
                    + cond
                    + claimNote));
      }
      for (Entry d : dated) {
        // a source gives the 50/2017 rate for these dates: the assumption does not apply
        olds.add(
            measure(
                "in-bcd-50-2017-" + e.key() + "-" + d.get("from") + "-" + item,
                "Effective BCD, 50/2017 (the entry " + e.label() + " replaced)",
                l50,
                s,
                d.get("from"),
                d.get("to"),
                d.get("rate"),
                d.get("source") + "; " + IndiaUsLayers.DATED,
                d.get("confidence"),
                d.get("note") + cond + claimNote));
      }
      for (ObjectNode old : olds) {
        claim(old, claim);
        list(old, "replaces", replaced);
        out.add(old);
      }
      ObjectNode now =
          measure(
              "in-bcd-" + e.key() + "-" + item,
              "Effective BCD, " + e.label(),
              l45,
              s,
              e.get("from").isEmpty() ? NOV_2025 : e.get("from"),
              e.get("to").isEmpty() ? null : e.get("to"),
              entryRate,
              e.label() + " (G.S.R. 781(E)); india/bcd-effective-45-2025.csv",
              "R",
              what + "." + cond + claimNote + flags(e) + alsoNil(layers, e.key()));
      claim(now, claim);
      list(now, "replaces", replaced);
      list(now, "excludes", layers.removedWith(e.key(), item));
      out.add(now);
      if (claim == null) {
        // claimed entries are alternatives the importer chooses: they replace the unconditional
        olds.forEach(old -> replaced.add(old.get("id").asString()));
        replaced.add(now.get("id").asString());
      }
    }
  }

  /** " With it: AIDC Nil (11/2021 S.No. 20)." or "" (india/exemption-references.csv). */
  static String alsoNil(IndiaUsLayers layers, String key) {
    List<String> nil = layers.referencesTo(key);
    return nil.isEmpty() ? "" : " With it: " + String.join(", ", nil) + ".";
  }

  /** Long entry texts are cut at 200 characters: the full text is in data/india/. */
  static String abridged(String text) {
    return text.length() <= 200 ? text : text.substring(0, 197) + "...";
  }

  private static String flags(Entry e) {
    return e.get("flags").isEmpty() ? "" : " Source flags: " + e.get("flags") + ".";
  }

  private static boolean needsClaim(Entry e) {
    boolean allGoods = e.get("description").strip().equalsIgnoreCase("All goods");
    return !allGoods || !e.get("conditions").isEmpty() || IndiaUsLayers.multiRate(e.rate());
  }

  private static String rateOf(Entry e) {
    String r = e.rate();
    if (IndiaUsLayers.multiRate(r)) {
      return "REF(\"one of the sub-item rates '" + r + "' of " + e.label() + "\")";
    }
    return r.equalsIgnoreCase("NIL") ? "Nil" : r;
  }

  // ----------------------------------------------------------------- AIDC

  private void aidc() {
    Map<String, String> layer = layers.layer("in-aidc");
    List<String> unconditional = new ArrayList<>();
    for (Entry e : layers.aidc()) {
      String s = IndiaUsLayers.scope(e, scope, item);
      if (s == null || ended(e)) {
        continue;
      }
      boolean claimed = !IndiaUsLayers.plain(e) || IndiaUsLayers.multiRate(e.rate());
      String id = "in-aidc-" + e.key() + "-" + start(e) + "-" + item;
      ObjectNode m =
          measure(
              id,
              "AIDC, " + e.label(),
              layer,
              s,
              start(e),
              e.get("to").isEmpty() ? null : e.get("to"),
              rateOf(e),
              e.label() + " as amended (" + e.get("amended_by") + "); india/aidc.csv",
              "R",
              e.label() + ": " + e.get("description") + "." + claimNote(e, claimed));
      m.put("family", "aidc");
      claim(m, claimed ? "in-" + e.key() : null);
      list(m, "excludes", layers.removedWith(e.key(), item));
      out.add(m);
      aidcIds.add(id);
      if (!claimed) {
        unconditional.add(id);
      }
    }
    String id = "in-aidc-nil-" + item;
    ObjectNode nil =
        measure(
            id,
            "AIDC Nil (11/2021 S.No. 17: goods not listed)",
            layer,
            scope,
            IndiaUsLayers.PERIOD_START,
            null,
            "Nil",
            "11/2021-Customs S.No. 17 (residual); india/aidc.csv",
            "R",
            "Goods not listed in S.Nos 1-16G pay no AIDC (in-layers.csv in-aidc).");
    nil.put("family", "aidc");
    list(nil, "excludedBy", unconditional);
    out.add(nil);
    aidcIds.add(id);
  }

  private static boolean ended(Entry e) {
    return !e.get("to").isEmpty() && e.get("to").compareTo(IndiaUsLayers.PERIOD_START) < 0;
  }

  private static String start(Entry e) {
    String from = e.get("from");
    return from.isEmpty() || from.compareTo(IndiaUsLayers.PERIOD_START) < 0
        ? IndiaUsLayers.PERIOD_START
        : from;
  }

  private static String claimNote(Entry e, boolean claimed) {
    return claimed ? " Applies only when claimed: --claim in-" + e.key() + "." : "";
  }

  // ------------------------------------------------------------------ SWS

  private void sws() {
    Map<String, String> layer = layers.layer("in-sws");
    ObjectNode m =
        measure(
            "in-sws-" + item,
            "Social Welfare Surcharge",
            layer,
            scope,
            IndiaUsLayers.PERIOD_START,
            null,
            "10%",
            "Finance Act 2018 s.110 (FACTS.md s.1)",
            "V",
            layer.get("note"));
    m.put("base", "DUTY_AMOUNT");
    // PREFERENCE: an entry claimed for any chapter (EntryClaims) takes the BCD's place
    List<String> base = new ArrayList<>(List.of("BASE_DUTY", "PREFERENCE"));
    base.addAll(aidcIds);
    list(m, "dutyBaseMeasures", base);
    out.add(m);
    Map<String, String> ex = layers.layer("in-sws-exemption");
    for (Entry e : layers.sws()) {
      String s = IndiaUsLayers.scope(e, scope, item);
      if (s == null || ended(e)) {
        continue;
      }
      boolean claimed = !plainExemption(e);
      String from = start(e);
      if (e.get("s_no").equals("1") && e.get("from").equals(SWS_ONE_LATEST)) {
        String earliest =
            List.of(64, 68, 87, 89, 94, 95).contains(Integer.parseInt(item.substring(0, 2)))
                ? "2025-02-02"
                : IndiaUsLayers.PERIOD_START;
        out.add(
            exemption(
                "in-sws-exempt-" + e.key() + "-" + earliest + "-" + item,
                "SWS exemption, " + e.label() + " (earlier version assumed)",
                ex,
                s,
                earliest,
                "2026-05-12",
                "in-sws-" + item,
                e.label() + "; india/sws-exemptions.csv",
                "U",
                "ASSUMPTION (U): only the version of S.No. 1 from "
                    + SWS_ONE_LATEST
                    + " is in the reference; this item is assumed to have been listed before it.",
                null));
      }
      out.add(
          exemption(
              "in-sws-exempt-" + e.key() + "-" + from + "-" + item,
              "SWS exemption, " + e.label(),
              ex,
              s,
              from,
              e.get("to").isEmpty() ? null : e.get("to"),
              "in-sws-" + item,
              e.label() + "; india/sws-exemptions.csv",
              "R",
              e.get("description") + claimNote(e, claimed),
              claimed ? "in-" + e.key() : null));
    }
  }

  /** "All goods ... other than goods on which exemption is claimed" needs no claim of its own. */
  private static boolean plainExemption(Entry e) {
    String d = e.get("description");
    return IndiaUsLayers.plain(e)
        || d.startsWith("All goods falling under the listed")
        || d.contains("other than goods on which exemption is claimed");
  }

  // ----------------------------------------------------------- Health Cess

  private void healthCess() {
    int heading = Integer.parseInt(item.substring(0, Math.min(4, item.length())));
    if (item.length() < 4 || heading < 9018 || heading > 9022) {
      return;
    }
    Map<String, String> layer = layers.layer("in-health-cess");
    String id = "in-health-cess-" + item;
    ObjectNode m =
        measure(
            id,
            "Health Cess (medical devices)",
            layer,
            scope,
            IndiaUsLayers.PERIOD_START,
            null,
            "5%",
            "Finance Act 2020 s.141 (FACTS.md s.1)",
            "R",
            layer.get("note"));
    m.put("family", "health-cess");
    out.add(m);
    Map<String, String> ex = layers.layer("in-health-cess-exemption");
    for (Entry e : layers.healthCess()) {
      String s = IndiaUsLayers.scope(e, scope, item);
      if (s == null || ended(e)) {
        continue;
      }
      out.add(
          exemption(
              "in-hc-exempt-" + e.key() + "-" + item,
              "Health Cess exemption, " + e.label(),
              ex,
              s,
              start(e),
              e.get("to").isEmpty() ? null : e.get("to"),
              id,
              e.label() + "; india/health-cess-exemptions.csv",
              "R",
              e.get("description") + " Applies only when claimed: --claim in-" + e.key() + ".",
              "in-" + e.key()));
    }
  }

  // ----------------------------------------------------------------- IGST

  private void igst() {
    int chapterHeading = Integer.parseInt(item.substring(0, 4));
    if ((chapterHeading >= 2203 && chapterHeading <= 2206) || chapterHeading == 2208) {
      return; // alcoholic liquor: outside GST, the regime charges no IGST
    }
    new IgstMeasures(layers, line, scope, out, this).add();
  }

  // ------------------------------------------------------------------ JSON

  ObjectNode measure(
      String id,
      String title,
      Map<String, String> layer,
      String s,
      String from,
      String to,
      String rate,
      String source,
      String confidence,
      String note) {
    ObjectNode m = json.createObjectNode();
    m.put("id", id);
    m.put("title", title);
    m.put("legalBasis", layer.get("legal_basis"));
    m.put("kind", layer.get("kind"));
    m.put("base", layer.get("kind").equals("TAX") ? "VALUE_PLUS_DUTIES" : "CUSTOMS_VALUE");
    m.put("scope", s);
    m.put("origins", "*");
    m.put("validFrom", from);
    if (to != null) {
      m.put("validTo", to);
    }
    m.put("rate", rate);
    m.put("status", "IN_FORCE");
    ObjectNode p = m.putObject("provenance");
    p.put("source", source);
    p.put("confidence", confidence);
    p.put("note", (line.category() + ": " + note).strip());
    return m;
  }

  private ObjectNode exemption(
      String id,
      String title,
      Map<String, String> layer,
      String s,
      String from,
      String to,
      String target,
      String source,
      String confidence,
      String note,
      String claim) {
    ObjectNode m = measure(id, title, layer, s, from, to, "Nil", source, confidence, note);
    list(m, "excludes", List.of(target));
    claim(m, claim);
    return m;
  }

  static void claim(ObjectNode m, String claim) {
    if (claim != null) {
      m.put("claim", claim);
    }
  }

  static void list(ObjectNode m, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = m.putArray(field);
      values.forEach(a::add);
    }
  }
}
