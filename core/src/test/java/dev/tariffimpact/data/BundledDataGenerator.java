package dev.tariffimpact.data;

import dev.tariffimpact.classification.ProductCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the generated schedule files of {@code data/} from the curated CSV files of the same
 * folder, so the JSON and the CSV files cannot drift apart.
 *
 * <p>Generated: {@code us-india.json}, {@code us-india-framework-18.json}, {@code
 * us-india-s301-proposed.json} (from {@code us-lines.csv}, {@code us-layers.csv}, {@code
 * categories.csv}), {@code india-us.json.gz} (gzipped) and {@code
 * india-us-framework-illustrative.json} (from {@code in-lines.csv} and {@code
 * in-framework-assumed.csv}). {@code scenarios.json} is written by hand.
 *
 * <p>Regenerate (from the repository root): {@code ./mvnw -B -pl core test
 * -Dtest=BundledDataGeneratorTest -Dtariffimpact.regenerate=true}. Without the property the test
 * only checks that the committed files equal what this class generates. The build never needs to
 * run the generator: the JSON files are committed.
 *
 * <p>Rules beyond a one-to-one copy of the CSV cells (each one documented in {@code
 * data/README.md}):
 *
 * <ul>
 *   <li>US: the exclusions {@code product-list:ieepa_annex2_exempt_hts10} and {@code
 *       product-list:s122_exempt_hts8} of {@code us-layers.csv} become explicit scopes (chapter 30,
 *       the electronics category, the curated lines flagged {@code annex2_exempt} or {@code
 *       s122_exempt}), because an embedding application does not have the reference product lists.
 *   <li>US: Section 232 until 2026-04-05 is charged on the metal content ({@code ON("steel
 *       content"; 50%)}), as FACTS.md says; from 2026-04-06 on the full value.
 *   <li>US: the reported final Section 301 rate (10%) is in the schedule; the proposed 12.5% is an
 *       overlay replacing it.
 *   <li>India: one BCD, one AIDC and (unless alcohol) one IGST measure per line; one SWS measure
 *       for every line except the lines without SWS; a row's stacking measures exclude the codes of
 *       more specific rows (2208 except 2208.30).
 * </ul>
 */
final class BundledDataGenerator {

  /** System property that makes {@link BundledDataGeneratorTest} write the files. */
  static final String REGENERATE_PROPERTY = "tariffimpact.regenerate";

  static final String US_INDIA = "us-india.json";
  static final String US_FRAMEWORK = "us-india-framework-18.json";
  static final String US_S301_PROPOSED = "us-india-s301-proposed.json";
  static final String INDIA_US = "india-us.json.gz";
  static final String INDIA_FRAMEWORK = "india-us-framework-illustrative.json";

  /** The US layers of us-layers.csv that are overlays, not part of us-india.json. */
  static final String FRAMEWORK = "us-framework-18";

  static final String S301_MODELLED = "us-s301-india-10";
  static final String S301_ALTERNATIVE = "us-s301-india-proposed";

  /** Start of the modelled period for measures whose legal start date is not in FACTS.md. */
  static final String PERIOD_START = "2025-01-01";

  /** Start dates FACTS.md gives for India's lines. */
  static final Map<String, String> INDIA_FROM =
      Map.of("2208.30", "2025-02-13", "1507.10", "2025-05-30");

  /** The interim framework announcement (FACTS.md s.2 and s.3). */
  static final String FRAMEWORK_FROM = "2026-02-07";

  /** Two-space indent, {@code "key": value}, one array item per line, {@code \n} line ends. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withArrayEmptySeparator("")
                          .withObjectEmptySeparator(""))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  private static final CsvMapper CSV = CsvMapper.builder().build();

  private BundledDataGenerator() {}

  /** One CSV file as rows of column name to cell, in file order. */
  static List<Map<String, String>> readCsv(Path file) {
    try (MappingIterator<Map<String, String>> it =
        CSV.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(Files.readString(file, StandardCharsets.UTF_8))) {
      List<Map<String, String>> rows = new ArrayList<>();
      while (it.hasNextValue()) {
        rows.add(new LinkedHashMap<>(it.nextValue()));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  /**
   * Generates every file.
   *
   * @param data the data folder
   * @return file name to JSON text, in a fixed order
   */
  static Map<String, String> generate(Path data) {
    List<Map<String, String>> usLines = readCsv(data.resolve("us-lines.csv"));
    List<Map<String, String>> layers = readCsv(data.resolve("us-layers.csv"));
    List<Map<String, String>> inLines = readCsv(data.resolve("in-lines.csv"));
    List<Map<String, String>> inFramework = readCsv(data.resolve("in-framework-assumed.csv"));
    Map<String, String> out = new LinkedHashMap<>();
    UsLayers scopes = new UsLayers(data);
    out.put(US_INDIA, usIndia(usLines, layers, scopes));
    out.put(US_FRAMEWORK, usOverlay(layers, scopes, FRAMEWORK));
    out.put(US_S301_PROPOSED, usOverlay(layers, scopes, S301_ALTERNATIVE));
    out.put(INDIA_US, indiaUs(new IndiaUsLayers(data)));
    out.put(INDIA_FRAMEWORK, indiaFramework(inLines, inFramework));
    return out;
  }

  /** Writes every generated file into the data folder. */
  static void write(Path data) {
    for (Map.Entry<String, String> e : generate(data).entrySet()) {
      try {
        // india-us.json.gz: gzipped like the HTS table (the JSON is ~3 MB)
        dev.tariffimpact.io.ch99.UsDataGenerator.writeCommitted(
            data.resolve(e.getKey()), e.getValue());
      } catch (IOException ex) {
        throw new UncheckedIOException(e.getKey(), ex);
      }
    }
  }

  // ---------------------------------------------------------------- US

  private static String usIndia(
      List<Map<String, String>> usLines, List<Map<String, String>> layers, UsLayers scopes) {
    ObjectNode root =
        schedule(
            "US",
            "USD",
            "US duties on goods of India, 2025-2026: the MFN (column 1 General) rate of "
                + usLines.size()
                + " curated HTS lines (USITC HTS 2025 basic edition), the dated additional"
                + " layers (IEEPA, Section 232, Section 122, Section 301) and their exemptions"
                + " from HTS chapter 99. Generated from us-lines.csv, us-layers.csv and"
                + " us/lists/; see data/README.md.",
            false);
    ArrayNode measures = root.putArray("measures");
    for (Map<String, String> l : usLines) {
      String code = l.get("code");
      ObjectNode m = measures.addObject();
      m.put("id", "us-mfn-" + code);
      m.put("title", "MFN general rate: " + l.get("description"));
      m.put("legalBasis", "HTSUS column 1 General (USITC HTS 2025 basic edition)");
      m.put("kind", "BASE_DUTY");
      m.put("base", "CUSTOMS_VALUE");
      m.put("scope", code);
      m.put("origins", "*");
      m.put("validFrom", PERIOD_START);
      m.put("rate", l.get("mfn_general"));
      m.put("status", "IN_FORCE");
      String note = l.get("note");
      note =
          (note == null || note.isBlank() ? "" : note + " ")
              + "Category "
              + l.get("category")
              + ". Column 2 (BY, CU, KP, RU) is not modelled: origins * covers them at the"
              + " column 1 rate, so do not use this schedule for those origins.";
      provenance(m, l.get("source"), l.get("confidence"), note);
    }
    List<ObjectNode> generated = new ArrayList<>();
    Map<String, List<String>> idsByRow = new LinkedHashMap<>();
    for (Map<String, String> layer : layers) {
      String id = layer.get("id");
      if (id.equals(FRAMEWORK) || id.equals(S301_ALTERNATIVE)) {
        continue;
      }
      List<ObjectNode> ms = scopes.measures(layer, status(layer.get("status")));
      idsByRow.put(id, ms.stream().map(m -> m.get("id").asString()).toList());
      generated.addAll(ms);
    }
    UsLayers.expandReferences(generated, idsByRow);
    generated.forEach(measures::add);
    return text(root);
  }

  private static String usOverlay(List<Map<String, String>> layers, UsLayers scopes, String id) {
    Map<String, String> layer =
        layers.stream()
            .filter(l -> l.get("id").equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("us-layers.csv has no row " + id));
    String description =
        id.equals(FRAMEWORK)
            ? "Overlay on us-india.json: the US-India interim framework reciprocal rate of 18%,"
                + " announced 2026-02-06/07 and NEVER IN FORCE (no order was issued before the"
                + " IEEPA ruling): a counterfactual. Generated from us-layers.csv."
            : "Overlay on us-india.json: the Section 301 rate on India as proposed (12.5%),"
                + " replacing the final rate of 10%. Generated from us-layers.csv.";
    ObjectNode root = schedule("US", "USD", description, true);
    ArrayNode measures = root.putArray("measures");
    scopes.measures(layer, status(layer.get("status"))).forEach(measures::add);
    return text(root);
  }

  static String on(String component, String rate) {
    return "ON(\"" + component + "\"; " + rate + ")";
  }

  private static String status(String csvStatus) {
    return switch (csvStatus) {
      case "collected", "reported" -> "IN_FORCE";
      case "announced", "proposed" -> "ANNOUNCED";
      default -> throw new IllegalStateException("unknown status " + csvStatus);
    };
  }

  // ---------------------------------------------------------------- India

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+");

  private static String indiaUs(IndiaUsLayers layers) {
    List<IndiaUsLayers.Line> lines = layers.lines();
    ObjectNode root =
        schedule(
            "IN",
            "INR",
            "India's duties and IGST on goods of the US (applied MFN, before any framework), as"
                + " dated layers for "
                + lines.size()
                + " tariff lines: First Schedule BCD, effective BCD of 50/2017 (assumed, U) until"
                + " 2025-10-31 and of 45/2025 from 2025-11-01, AIDC (11/2021), SWS 10% of BCD + AIDC"
                + " with the 11/2018 exemptions, Health Cess 5% on 9018-9022 (8/2020 exemptions),"
                + " IGST by 9/2025, 10/2025 and 19/2025-IT(R) from 2025-09-22 and an assumed (U)"
                + " rate before. Entries with a condition or a description qualifier are claims."
                + " Generated from in-layers.csv and data/india/; see data/README.md.",
            false);
    layers.measures(lines, root.putArray("measures"), JSON);
    return text(root);
  }

  private static ObjectNode sws(
      List<Map<String, String>> rows, String id, Stacking stacking, String status, String extra) {
    List<String> exempt = new ArrayList<>();
    for (Map<String, String> r : rows) {
      if (!Boolean.parseBoolean(r.get("sws_applies"))) {
        exempt.add(r.get("code"));
      }
    }
    // 2208.30 needs no exception of its own when 2208 has one.
    List<String> exceptions = new ArrayList<>();
    for (String e : exempt) {
      ProductCode code = ProductCode.parse(e);
      boolean covered = false;
      for (String other : exempt) {
        covered = covered || (!other.equals(e) && code.isWithin(ProductCode.parse(other)));
      }
      if (!covered) {
        exceptions.add(e);
      }
    }
    for (Map<String, String> r : rows) {
      if (Boolean.parseBoolean(r.get("sws_applies"))) {
        ProductCode code = ProductCode.parse(r.get("code"));
        for (String e : exempt) {
          if (code.isWithin(ProductCode.parse(e))) {
            throw new IllegalStateException(r.get("code") + " has SWS but " + e + " has not");
          }
        }
      }
    }
    String note =
        "10% of the customs duties of the line (BCD and AIDC), not of IGST (FACTS.md s.1, V)."
            + " Lines without SWS (scope exceptions): "
            + String.join(", ", exempt)
            + ". For tree nuts and apples that is an ASSUMPTION (U): FACTS.md gives only the total"
            + " applied duty, modelled as all BCD without SWS (the line's AIDC measure says so)."
            + " For wine and spirits it is inferred from the FACTS.md totals of 100% and 150%"
            + " (BCD + AIDC, no SWS on top).";
    if (extra != null) {
      note = extra + " " + note;
    }
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id);
    m.put("title", "Social Welfare Surcharge");
    m.put("legalBasis", "Finance Act 2018 s.110; Notifications 11, 12, 13/2018-Cus");
    m.put("kind", "SURCHARGE_ON_DUTY");
    m.put("base", "DUTY_AMOUNT");
    m.put("scope", "* except " + String.join(", ", exceptions));
    m.put("origins", extra == null ? "*" : "US");
    m.put("validFrom", extra == null ? PERIOD_START : FRAMEWORK_FROM);
    m.put("rate", "10%");
    stacking.put(m);
    ArrayNode bases = m.putArray("dutyBaseMeasures");
    bases.add("ADDITIONAL_DUTY");
    bases.add("BASE_DUTY");
    m.put("status", status);
    provenance(
        m,
        "FACTS.md s.1 (Finance Act 2018 s.110; Notif. 11, 12, 13/2018)",
        extra == null ? "V" : "U",
        note);
    return m;
  }

  private static ObjectNode igst(
      Map<String, String> r, String scope, String prefix, Stacking stacking, String extra) {
    String code = r.get("code");
    StringBuilder sentences = new StringBuilder();
    for (String sentence : SENTENCE_END.split(r.get("note"))) {
      if (sentence.contains("IGST")) {
        sentences.append(' ').append(sentence.strip());
      }
    }
    String note =
        "IGST "
            + r.get("igst")
            + " on assessable value + BCD + AIDC + SWS (IGST Act s.5; CTA s.3(7), FACTS.md s.1,"
            + " V); the slab of this line is not in FACTS.md."
            + sentences;
    if (extra != null) {
      note = extra + " " + note;
    }
    return india(
        prefix + code,
        "IGST: " + r.get("description"),
        "IGST Act 2017 s.5; Customs Tariff Act 1975 s.3(7)",
        "TAX",
        scope,
        extra == null ? "*" : "US",
        extra == null ? PERIOD_START : FRAMEWORK_FROM,
        r.get("igst"),
        stacking,
        extra == null ? "IN_FORCE" : "HYPOTHETICAL",
        "FACTS.md s.1 (IGST slabs 0/5/18/40% after GST 2.0 of 2025-09-22); in-lines.csv",
        r.get("igst_confidence"),
        note);
  }

  private static String indiaFramework(
      List<Map<String, String>> base, List<Map<String, String>> framework) {
    Map<String, Map<String, String>> before = new LinkedHashMap<>();
    base.forEach(r -> before.put(r.get("code"), r));
    ObjectNode root =
        schedule(
            "IN",
            "INR",
            "Overlay on india-us.json.gz, ILLUSTRATIVE: India's concessions on US goods under the"
                + " interim framework announced 2026-02-07 (not in force as far as known), at"
                + " explicitly assumed rates; every figure is an ASSUMPTION (U). Generated from"
                + " in-framework-assumed.csv.",
            true);
    ArrayNode measures = root.putArray("measures");
    String lead =
        "ILLUSTRATIVE (HYPOTHETICAL): interim framework announced 2026-02-07, not in force as far"
            + " as known; rate assumed by tariff-impact (U).";
    for (Map<String, String> r : framework) {
      String code = r.get("code");
      Map<String, String> b = before.get(code);
      if (b == null) {
        throw new IllegalStateException(
            "in-framework-assumed.csv row " + code + " not in in-lines");
      }
      String scope = rowScope(code, framework);
      measures.add(
          india(
              "in-fw-bcd-" + code,
              "BCD under the framework (assumed): " + r.get("description"),
              "US-India interim framework, joint statement 2026-02-07 (announced)",
              "PREFERENCE",
              scope,
              "US",
              FRAMEWORK_FROM,
              r.get("bcd"),
              // a 45/2025 entry the line claims (EntryClaims) is the law: the assumed rate yields
              new Stacking(
                  List.of(),
                  List.of("family:" + EntryClaims.ANY_CHAPTER, "family:" + EntryClaims.END_USE),
                  List.of("BASE_DUTY")),
              "HYPOTHETICAL",
              r.get("source"),
              "U",
              lead + " Was " + b.get("bcd") + ". " + r.get("note")));
      measures.add(
          india(
              "in-fw-aidc-" + code,
              "AIDC under the framework (assumed): " + r.get("description"),
              "US-India interim framework, joint statement 2026-02-07 (announced)",
              "ADDITIONAL_DUTY",
              scope,
              "US",
              FRAMEWORK_FROM,
              r.get("aidc"),
              new Stacking(List.of(), List.of(), List.of("family:aidc")),
              "HYPOTHETICAL",
              r.get("source"),
              "U",
              lead + " Was " + b.get("aidc") + ". " + r.get("note")));
      // its own family: it replaces the AIDC layers (family aidc) and stacks with Health Cess
      ((ObjectNode) measures.get(measures.size() - 1)).put("family", "aidc-framework");
    }
    boolean swsChanged =
        framework.stream()
            .anyMatch(
                r -> !r.get("sws_applies").equals(before.get(r.get("code")).get("sws_applies")));
    if (swsChanged) {
      measures.add(
          sws(
              framework,
              "in-fw-sws",
              new Stacking(List.of(), List.of(), List.of("in-sws")),
              "HYPOTHETICAL",
              lead));
    }
    for (Map<String, String> r : framework) {
      Map<String, String> b = before.get(r.get("code"));
      if (!r.get("igst").equals(b.get("igst")) || !r.get("alcohol").equals(b.get("alcohol"))) {
        if (Boolean.parseBoolean(r.get("alcohol"))) {
          throw new IllegalStateException("alcohol flag changed for " + r.get("code"));
        }
        measures.add(
            igst(
                r,
                rowScope(r.get("code"), framework),
                "in-fw-igst-",
                new Stacking(List.of(), List.of(), List.of("in-igst-" + r.get("code"))),
                lead));
      }
    }
    return text(root);
  }

  /** The row's code minus the codes of more specific rows (2208 except 2208.30). */
  static String rowScope(String code, List<Map<String, String>> rows) {
    ProductCode own = ProductCode.parse(code);
    List<String> children = new ArrayList<>();
    for (Map<String, String> r : rows) {
      ProductCode other = ProductCode.parse(r.get("code"));
      if (!other.equals(own) && other.isWithin(own)) {
        children.add(r.get("code"));
      }
    }
    return children.isEmpty() ? code : code + " except " + String.join(", ", children);
  }

  private static ObjectNode india(
      String id,
      String title,
      String legalBasis,
      String kind,
      String scope,
      String origins,
      String from,
      String rate,
      Stacking stacking,
      String status,
      String source,
      String confidence,
      String note) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id);
    m.put("title", title);
    m.put("legalBasis", legalBasis);
    m.put("kind", kind);
    m.put("base", kind.equals("TAX") ? "VALUE_PLUS_DUTIES" : "CUSTOMS_VALUE");
    m.put("scope", scope);
    m.put("origins", origins);
    m.put("validFrom", from);
    m.put("rate", rate);
    stacking.put(m);
    m.put("status", status);
    provenance(m, source, confidence, note);
    return m;
  }

  // ---------------------------------------------------------------- JSON

  /** Stacking rules of one measure, written only when non-empty. */
  record Stacking(List<String> excludes, List<String> excludedBy, List<String> replaces) {
    static final Stacking NONE = new Stacking(List.of(), List.of(), List.of());

    void put(ObjectNode m) {
      list(m, "excludes", excludes);
      list(m, "excludedBy", excludedBy);
      list(m, "replaces", replaces);
    }

    private static void list(ObjectNode m, String field, List<String> ids) {
      if (!ids.isEmpty()) {
        ArrayNode a = m.putArray(field);
        ids.forEach(a::add);
      }
    }
  }

  private static ObjectNode schedule(
      String importer, String currency, String description, boolean overlay) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "tariff-impact/schedule");
    root.put("version", 1);
    root.put("importer", importer);
    root.put("currency", currency);
    root.put("description", description);
    if (overlay) {
      root.put("overlay", true);
    }
    return root;
  }

  private static void provenance(ObjectNode m, String source, String confidence, String note) {
    Objects.requireNonNull(source, "source");
    if (!Set.of("V", "R", "U").contains(confidence)) {
      throw new IllegalStateException(m.get("id") + ": confidence " + confidence);
    }
    ObjectNode p = m.putObject("provenance");
    p.put("source", source);
    p.put("confidence", confidence);
    p.put("note", note.strip());
  }

  private static String text(ObjectNode root) {
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }
}
