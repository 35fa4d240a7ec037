package dev.tariffimpact.data;

import dev.tariffimpact.io.lists.DatedCode;
import dev.tariffimpact.io.lists.DatedProductList;
import dev.tariffimpact.io.lists.ListInfo;
import dev.tariffimpact.io.lists.UsProductLists;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rows of {@code us-layers.csv} into schedule measures: additional duties and exemptions
 * with their legal family, stacking references, claims and in-transit rules, and scopes taken from
 * the dated product lists of {@code data/us/lists/} ({@code us-list:<id>}).
 *
 * <p>A dated list becomes one measure per distinct (start, end) window of its entries, each valid
 * for the intersection of the row's dates and the window: a code added to the Section 232
 * derivatives on 2025-08-18 is a Section 232 good from that day, and leaves the IEEPA layers that
 * day through the family rule. With one window the measure keeps the row id; with several, each id
 * gets the window's start date ({@code us-s232-steel-derivatives-50-2025-08-18}).
 */
final class UsLayers {

  /** The 27 EU member states, for list origins written {@code EU}. */
  static final String EU =
      "AT, BE, BG, HR, CY, CZ, DK, EE, FI, FR, DE, GR, HU, IE, IT, LV, LT, LU, MT, NL, PL, PT, RO,"
          + " SK, SI, ES, SE";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String LIST = "us-list:";

  private final UsProductLists lists;

  UsLayers(Path data) {
    this.lists = UsProductLists.read(data.resolve("us/lists"));
  }

  /** The measures of one row (several for a dated list with several windows). */
  List<ObjectNode> measures(Map<String, String> row, String status) {
    String id = row.get("id");
    LocalDate from = LocalDate.parse(row.get("from"));
    LocalDate to = row.get("to").isBlank() ? null : LocalDate.parse(row.get("to"));
    String scope = row.get("scope");
    List<ObjectNode> out = new ArrayList<>();
    if (!scope.startsWith(LIST)) {
      out.add(measure(row, id, scope, from, to, status, null));
      return out;
    }
    String except = "";
    int at = scope.indexOf(" except ");
    if (at >= 0) {
      except = scope.substring(at);
      scope = scope.substring(0, at);
    }
    List<DatedProductList> named = new ArrayList<>();
    for (String listId : scope.substring(LIST.length()).split("\\+")) {
      named.add(lists.list(listId.strip()));
    }
    // window (start, end) -> codes; a window outside the row's dates is dropped
    Map<String, TreeSet<String>> windows = new LinkedHashMap<>();
    for (DatedProductList list : named) {
      for (DatedCode c : list.entries()) {
        LocalDate start = max(from, c.start().orElse(from));
        LocalDate end = min(to, c.end().orElse(null));
        if (end != null && end.isBefore(start)) {
          continue;
        }
        windows
            .computeIfAbsent(start + "/" + (end == null ? "" : end), k -> new TreeSet<>())
            .add(dotted(c.code()));
      }
    }
    if (windows.isEmpty()) {
      throw new IllegalStateException(id + ": no list entry falls within " + from + ".." + to);
    }
    List<String> keys = new ArrayList<>(windows.keySet());
    keys.sort(null);
    for (String key : keys) {
      String[] w = key.split("/", -1);
      LocalDate start = LocalDate.parse(w[0]);
      LocalDate end = w[1].isEmpty() ? null : LocalDate.parse(w[1]);
      String measureId = keys.size() == 1 ? id : id + "-" + start;
      out.add(
          measure(
              row,
              measureId,
              String.join(", ", windows.get(key)) + except,
              start,
              end,
              status,
              named.get(0).info()));
    }
    return out;
  }

  private ObjectNode measure(
      Map<String, String> row,
      String id,
      String scope,
      LocalDate from,
      LocalDate to,
      String status,
      ListInfo list) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id);
    m.put("title", row.get("title"));
    m.put("legalBasis", row.get("legal_basis"));
    boolean exemption = row.get("kind").equals("exemption");
    if (!exemption && !row.get("kind").equals("additional-duty")) {
      throw new IllegalStateException(id + ": unexpected kind " + row.get("kind"));
    }
    m.put("kind", exemption ? "EXEMPTION" : "ADDITIONAL_DUTY");
    m.put("base", "CUSTOMS_VALUE");
    m.put("scope", scope);
    String origins = row.get("origins");
    if (origins.equals("list")) {
      origins = origins(list);
    }
    m.put("origins", origins);
    m.put("validFrom", from.toString());
    if (to != null) {
      m.put("validTo", to.toString());
    }
    m.put("rate", rate(row));
    refs(m, "excludes", row.get("excludes"));
    refs(m, "excludedBy", row.get("excluded_by"));
    refs(m, "replaces", row.get("replaces"));
    if (!row.get("hts_heading").isBlank()) {
      m.put("chapter99", row.get("hts_heading"));
    }
    m.put("status", status);
    if (!row.get("family").isBlank()) {
      m.put("family", row.get("family"));
    }
    String claim = row.get("claim");
    if (claim.equals("list")) {
      claim = list.claim().orElse("");
    }
    if (!claim.isBlank()) {
      m.put("claim", claim);
    }
    if (!row.get("in_transit").isBlank()) {
      String[] t = row.get("in_transit").split("/");
      ObjectNode transit = m.putObject("inTransit");
      transit.put("exportedOnOrBefore", t[0]);
      transit.put("enteredOnOrBefore", t[1]);
    }
    total(m, row);
    ObjectNode p = m.putObject("provenance");
    p.put(
        "source",
        row.get("source") + (list == null ? "" : "; list " + list.id() + ": " + list.source()));
    p.put("confidence", weakest(row.get("confidence"), list));
    p.put("note", note(row, list));
    return m;
  }

  /**
   * The rate text: a content base becomes {@code ON("steel content"; 50%)}; a top-up is Free; a cap
   * {@code 100% total-at-most:15%} keeps its rate (the cap goes to {@code total.atMost}).
   */
  static String rate(Map<String, String> row) {
    String rate = row.get("rate");
    if (rate.startsWith("total-at-least:")) {
      return "Free";
    }
    int cap = rate.indexOf(" total-at-most:");
    if (cap >= 0) {
      rate = rate.substring(0, cap).strip();
    }
    String base = row.get("base");
    if (base.startsWith("content:")) {
      return BundledDataGenerator.on(base.substring("content:".length()), rate);
    }
    if (!base.equals("value") && !base.isBlank()) {
      throw new IllegalStateException(row.get("id") + ": unknown base " + base);
    }
    return rate;
  }

  private static void total(ObjectNode m, Map<String, String> row) {
    String rate = row.get("rate");
    if (rate.startsWith("total-at-least:")) {
      String percent = rate.substring("total-at-least:".length()).replace("%", "").strip();
      m.putObject("total").put("atLeast", percent);
    }
    int cap = rate.indexOf(" total-at-most:");
    if (cap >= 0) {
      String percent = rate.substring(cap + " total-at-most:".length()).replace("%", "").strip();
      m.putObject("total").put("atMost", percent);
    }
  }

  private static String note(Map<String, String> row, ListInfo list) {
    String note = row.get("note");
    if (list != null && list.confidence().name().equals("U") && !note.contains("(U)")) {
      note += " List " + list.id() + " (U): " + list.source() + ".";
    }
    if (list != null
        && !list.condition().equals(ListInfo.UNCONDITIONAL)
        && list.claim().isEmpty()) {
      note += " List condition: " + list.condition() + ".";
    }
    return note.strip();
  }

  private static String weakest(String rowConfidence, ListInfo list) {
    if (list == null) {
      return rowConfidence;
    }
    String listConfidence = list.confidence().name();
    String order = "VRU";
    return order.indexOf(listConfidence) > order.indexOf(rowConfidence)
        ? listConfidence
        : rowConfidence;
  }

  static String origins(ListInfo list) {
    if (list == null) {
      throw new IllegalStateException("origins 'list' needs a us-list scope");
    }
    String o = list.origins().strip();
    if (o.equals("*")) {
      return "*";
    }
    List<String> out = new ArrayList<>();
    for (String part : o.split("[ ,]+")) {
      out.add(part.equals("EU") ? EU : part);
    }
    return String.join(", ", out);
  }

  private static void refs(ObjectNode m, String field, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    ArrayNode a = m.putArray(field);
    for (String ref : text.split(";")) {
      a.add(ref.strip());
    }
  }

  /**
   * Replaces a stacking reference to a row whose dated list made several measures by the ids of all
   * of them, so a row id names every window of that row.
   */
  static void expandReferences(List<ObjectNode> measures, Map<String, List<String>> idsByRow) {
    for (ObjectNode m : measures) {
      for (String field : List.of("excludes", "excludedBy", "replaces")) {
        if (!m.has(field)) {
          continue;
        }
        ArrayNode expanded = JSON.createArrayNode();
        for (var ref : m.get(field)) {
          List<String> ids = idsByRow.getOrDefault(ref.asString(), List.of(ref.asString()));
          ids.forEach(expanded::add);
        }
        m.set(field, expanded);
      }
    }
  }

  static String dotted(String digits) {
    StringBuilder b = new StringBuilder(digits.substring(0, 4));
    for (int i = 4; i < digits.length(); i += 2) {
      b.append('.').append(digits, i, i + 2);
    }
    return b.toString();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The earlier of two end dates, null standing for open-ended. */
  private static LocalDate min(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isBefore(b) ? a : b;
  }

  /** The list a row's scope names first, if any (for the coverage report). */
  Optional<ListInfo> listOf(Map<String, String> row) {
    String scope = row.get("scope");
    if (!scope.startsWith(LIST)) {
      return Optional.empty();
    }
    String first = scope.substring(LIST.length()).split("[+ ]")[0];
    return Optional.of(lists.list(first).info());
  }
}
