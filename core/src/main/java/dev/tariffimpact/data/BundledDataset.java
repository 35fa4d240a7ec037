package dev.tariffimpact.data;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The curated data bundled in the core jar, loaded from the class path: the named scenarios of
 * {@code scenarios.json} with their schedules and overlays, the product categories of each side,
 * the (assumed) exchange rates and the customs regime of each importer.
 *
 * <p>Example, the FACTS.md US landed-cost example:
 *
 * <pre>{@code
 * BundledDataset data = BundledDataset.load();
 * ShipmentLine line = ShipmentLine.builder("6109.10.00", "IN")
 *     .value("10000", "USD").transportMode(TransportMode.OCEAN)
 *     .entryDate(LocalDate.of(2025, 9, 15)).build();
 * Assessment a = data.assess(Entry.of("US", line), "us-in-2025-08-peak");
 * a.totalCharges();   // 6697.14
 * }</pre>
 *
 * <p>Everything is read through {@link BundledData#open(String)}, never from the file system, so it
 * works from the core jar and from a shaded application jar. Bundled schedules use no product list
 * files; a schedule of the user's that needs the full Annex II or Section 122 lists names them with
 * {@code excludeLists} (see {@code data/README.md}).
 *
 * <p><b>Assumptions.</b> Every bundled exchange rate is an assumption (confidence U, FACTS.md gives
 * only an illustrative INR 85.00/USD): they are loaded as {@link ExchangeRate#unverified
 * unverified} rates, so any {@link Assessor} that uses one lists that assumption, as it lists every
 * measure of confidence U.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundledDataset {

  /** The scenario catalogue file. */
  public static final String SCENARIOS = "scenarios.json";

  /** The category file: {@code category,side,scope,rationale,judgement,source}. */
  public static final String CATEGORIES = "categories.csv";

  /** The exchange-rate file: {@code from,to,rate,valid_from,valid_to,source,confidence,note}. */
  public static final String EXCHANGE_RATES = "exchange-rates.csv";

  private static final String CATALOGUE_FORMAT = "tariff-impact/scenarios";

  private static final Set<String> SCENARIO_KEYS =
      Set.of("name", "description", "schedule", "asOf", "overlays", "status", "coverageEnd");

  /**
   * Product lists are never resolved for bundled files: a reference to one fails with a message
   * naming this folder instead of reading whatever happens to be on the user's disk.
   */
  private static final Path NO_PRODUCT_LISTS = Path.of("bundled-data-has-no-product-lists");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CsvMapper CSV = CsvMapper.builder().build();

  private final Map<String, Scenario> scenarios;
  private final Map<String, TariffSchedule> schedules;
  private final Map<String, CategoryCatalog> categories;
  private final ExchangeRates exchangeRates;

  private BundledDataset(
      Map<String, Scenario> scenarios,
      Map<String, TariffSchedule> schedules,
      Map<String, CategoryCatalog> categories,
      ExchangeRates exchangeRates) {
    this.scenarios = Collections.unmodifiableMap(scenarios);
    this.schedules = Collections.unmodifiableMap(schedules);
    this.categories = Collections.unmodifiableMap(categories);
    this.exchangeRates = exchangeRates;
  }

  /** Loaded once; a failed load is retried on the next call, so the error stays readable. */
  private static volatile BundledDataset instance;

  /**
   * Returns the bundled dataset, reading and validating every file on first use.
   *
   * @return the dataset, the same instance on every call
   * @throws BundledDataException naming the file (and JSON path or row) if a bundled file is
   *     missing or invalid (a broken build)
   */
  public static BundledDataset load() {
    BundledDataset loaded = instance;
    if (loaded == null) {
      synchronized (BundledDataset.class) {
        loaded = instance;
        if (loaded == null) {
          loaded = read();
          instance = loaded;
        }
      }
    }
    return loaded;
  }

  private static BundledDataset read() {
    Map<String, TariffSchedule> schedules = new LinkedHashMap<>();
    Map<String, Scenario> scenarios = readScenarios(schedules);
    Map<String, CategoryCatalog> categories = readCategories();
    ExchangeRates.Builder rates = ExchangeRates.builder();
    readExchangeRates().forEach(rates::add);
    return new BundledDataset(scenarios, schedules, categories, rates.build());
  }

  // ------------------------------------------------------------------ scenarios

  private static Map<String, Scenario> readScenarios(Map<String, TariffSchedule> schedules) {
    JsonNode root;
    try (InputStream in = open(SCENARIOS)) {
      root = JSON.readTree(in);
    } catch (IOException | JacksonException e) {
      throw new BundledDataException("Bundled " + SCENARIOS + " is not valid JSON: " + e, e);
    }
    if (!CATALOGUE_FORMAT.equals(text(root, "format"))
        || root.get("version") == null
        || root.get("version").asInt() != ScenarioCatalogJson.VERSION) {
      throw new BundledDataException(
          SCENARIOS + ": $.format must be \"" + CATALOGUE_FORMAT + "\" and $.version 1");
    }
    JsonNode list = root.get("scenarios");
    if (list == null || !list.isArray()) {
      throw new BundledDataException(SCENARIOS + ": $.scenarios must be an array");
    }
    Map<String, Scenario> result = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String p = SCENARIOS + ": $.scenarios[" + i + "]";
      ScenarioCatalogJson.Entry entry = entry(list.get(i), p);
      TariffSchedule schedule = schedule(entry.schedule(), schedules, p + ".schedule");
      List<Measure> overlays = new ArrayList<>();
      for (int j = 0; j < entry.overlays().size(); j++) {
        TariffSchedule overlay =
            schedule(entry.overlays().get(j), schedules, p + ".overlays[" + j + "]");
        if (!overlay.importer().equals(schedule.importer())
            || !overlay.currency().equals(schedule.currency())) {
          throw new BundledDataException(
              p
                  + ".overlays["
                  + j
                  + "]: overlay "
                  + entry.overlays().get(j)
                  + " is for "
                  + overlay.importer()
                  + "/"
                  + overlay.currency()
                  + " but the schedule is for "
                  + schedule.importer()
                  + "/"
                  + schedule.currency());
        }
        overlays.addAll(overlay.measures());
      }
      Scenario scenario;
      try {
        scenario =
            Scenario.of(entry.name(), entry.description(), schedule, entry.asOf(), overlays)
                .withNote(entry.status())
                .withCoverageEnd(entry.coverageEnd());
        scenario.compile();
      } catch (TariffImpactException | IllegalArgumentException e) {
        throw new BundledDataException(p + " (" + entry.name() + "): " + e.getMessage(), e);
      }
      if (result.putIfAbsent(entry.name(), scenario) != null) {
        throw new BundledDataException(p + ".name: duplicate scenario '" + entry.name() + "'");
      }
    }
    return result;
  }

  private static ScenarioCatalogJson.Entry entry(JsonNode node, String p) {
    if (node == null || !node.isObject()) {
      throw new BundledDataException(p + ": must be an object");
    }
    for (String key : node.propertyNames()) {
      if (!SCENARIO_KEYS.contains(key)) {
        throw new BundledDataException(p + "." + key + ": unknown property");
      }
    }
    List<String> overlays = new ArrayList<>();
    JsonNode o = node.get("overlays");
    if (o != null) {
      if (!o.isArray()) {
        throw new BundledDataException(p + ".overlays: must be an array of file names");
      }
      for (JsonNode item : o) {
        overlays.add(item.asString());
      }
    }
    String asOf = required(node, "asOf", p);
    String coverageEnd = text(node, "coverageEnd");
    try {
      return new ScenarioCatalogJson.Entry(
          required(node, "name", p),
          required(node, "description", p),
          required(node, "schedule", p),
          LocalDate.parse(asOf),
          overlays,
          required(node, "status", p),
          coverageEnd == null ? null : LocalDate.parse(coverageEnd));
    } catch (DateTimeParseException e) {
      throw new BundledDataException(
          p + ": asOf or coverageEnd not an ISO date: '" + asOf + "', '" + coverageEnd + "'", e);
    } catch (IllegalArgumentException e) {
      throw new BundledDataException(p + ": " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode node, String key, String p) {
    String value = text(node, key);
    if (value == null || value.isBlank()) {
      throw new BundledDataException(p + "." + key + ": is required and must be non-blank");
    }
    return value;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || !v.isString() ? null : v.asString();
  }

  private static TariffSchedule schedule(
      String file, Map<String, TariffSchedule> schedules, String p) {
    TariffSchedule loaded = schedules.get(file);
    if (loaded != null) {
      return loaded;
    }
    try (InputStream in = open(file)) {
      loaded = ScheduleJson.read(in, file, NO_PRODUCT_LISTS);
    } catch (IOException e) {
      throw new BundledDataException(p + ": cannot read bundled " + file + ": " + e, e);
    } catch (TariffImpactException e) {
      throw new BundledDataException(p + ": " + e.getMessage(), e);
    }
    if (file.equals(US_INDIA)) {
      loaded = withFullHts(loaded);
    }
    schedules.put(file, loaded);
    return loaded;
  }

  /** The bundled US schedule whose curated MFN lines the full HTS 2025 bundle completes. */
  static final String US_INDIA = "us-india.json";

  /**
   * Adds the MFN rate of every HTS 2025 line no curated line covers (data/us/hts-2025-mfn.csv.gz),
   * so every 8- and 10-digit code can be quoted; the curated lines keep their annotated measures.
   */
  private static TariffSchedule withFullHts(TariffSchedule curated) {
    List<dev.tariffimpact.classification.CodeScope> scopes =
        curated.measures().stream()
            .filter(m -> m.kind() == dev.tariffimpact.schedule.MeasureKind.BASE_DUTY)
            .map(Measure::scope)
            .toList();
    List<Measure> hts =
        dev.tariffimpact.io.hts.HtsMfnSchedule.bundled()
            .baseDuties(code -> scopes.stream().noneMatch(s -> s.contains(code)));
    List<Measure> all = new ArrayList<>(hts);
    all.addAll(curated.measures());
    return TariffSchedule.of(curated.importer(), curated.currency(), curated.description(), all);
  }

  private static InputStream open(String file) {
    try {
      return BundledData.open(file);
    } catch (UncheckedIOException e) {
      throw new BundledDataException(e.getCause().getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ CSV files

  private static List<Map<String, String>> csv(String file, List<String> header) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (InputStream in = open(file);
        MappingIterator<Map<String, String>> it =
            CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        if (!row.keySet().containsAll(header)) {
          throw new BundledDataException(
              "Bundled " + file + " row " + (rows.size() + 2) + ": columns must include " + header);
        }
        rows.add(row);
      }
    } catch (IOException | JacksonException e) {
      throw new BundledDataException("Bundled " + file + " is not valid CSV: " + e, e);
    }
    return rows;
  }

  private static Map<String, CategoryCatalog> readCategories() {
    Map<String, List<Category>> bySide = new LinkedHashMap<>();
    List<Map<String, String>> rows = csv(CATEGORIES, List.of("category", "side", "scope"));
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      try {
        bySide
            .computeIfAbsent(r.get("side"), k -> new ArrayList<>())
            .add(
                Category.of(
                    r.get("category"),
                    r.getOrDefault("rationale", ""),
                    CodeScope.parse(r.get("scope"))));
      } catch (TariffImpactException | IllegalArgumentException e) {
        throw new BundledDataException(
            "Bundled " + CATEGORIES + " row " + (i + 2) + ": " + e.getMessage(), e);
      }
    }
    Map<String, CategoryCatalog> result = new LinkedHashMap<>();
    bySide.forEach(
        (side, list) ->
            result.put(
                side,
                CategoryCatalog.of(
                    "bundled " + side + " categories",
                    CategoryCatalog.Overlap.MOST_SPECIFIC,
                    list)));
    return result;
  }

  private static List<ExchangeRate> readExchangeRates() {
    List<Map<String, String>> rows =
        csv(
            EXCHANGE_RATES,
            List.of(
                "from", "to", "rate", "valid_from", "valid_to", "source", "confidence", "note"));
    List<ExchangeRate> result = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      String where = "Bundled " + EXCHANGE_RATES + " row " + (i + 2);
      try {
        String confidence = r.get("confidence");
        if (!Set.of("V", "R", "U").contains(confidence)) {
          throw new IllegalArgumentException("confidence must be V, R or U: '" + confidence + "'");
        }
        String validTo = r.get("valid_to");
        ExchangeRate rate =
            ExchangeRate.of(
                Currency.getInstance(r.get("from")),
                Currency.getInstance(r.get("to")),
                new BigDecimal(r.get("rate")),
                LocalDate.parse(r.get("valid_from")),
                validTo == null || validTo.isBlank() ? null : LocalDate.parse(validTo),
                r.get("source")
                    + " (bundled "
                    + EXCHANGE_RATES
                    + ", confidence "
                    + confidence
                    + ")");
        // Every bundled rate below V is example data: assessments using it list that assumption.
        result.add(
            confidence.equals("V")
                ? rate
                : rate.unverified("bundled example data, not the legal rate: " + r.get("note")));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new BundledDataException(where + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(result);
  }

  // ------------------------------------------------------------------ API

  /**
   * Returns the scenarios in catalogue order.
   *
   * @return every bundled scenario, for example {@code us-in-2025-08-peak} first
   */
  public List<Scenario> scenarios() {
    return List.copyOf(scenarios.values());
  }

  /**
   * Returns the scenario names in catalogue order.
   *
   * @return for example {@code [us-in-2025-08-peak, us-in-2026-framework-18, ...]}
   */
  public List<String> scenarioNames() {
    return List.copyOf(scenarios.keySet());
  }

  /**
   * Returns one scenario by name.
   *
   * <p>Example: {@code scenario("us-in-2026-s122").asOf()} is 2026-03-01.
   *
   * @param name the scenario name
   * @return the scenario, with its status as {@link Scenario#note()}
   * @throws NullPointerException if {@code name} is null
   * @throws BundledDataException if there is no such scenario; the message lists the known names
   */
  public Scenario scenario(String name) {
    Objects.requireNonNull(name, "name");
    Scenario s = scenarios.get(name);
    if (s == null) {
      throw new BundledDataException(
          "No bundled scenario '" + name + "'; known: " + String.join(", ", scenarios.keySet()));
    }
    return s;
  }

  /**
   * Returns the bundled base schedule of an importer (without overlays) read as of a date: the
   * scenario behind {@code quote --date} when no named scenario is given.
   *
   * <p>Example: {@code asOf("US", LocalDate.parse("2026-02-10"))} is the US schedule for Indian
   * goods with the India country rate but no longer the Russian-oil duty.
   *
   * @param importer {@code "US"} or {@code "IN"}
   * @param date the date the measures are read at
   * @return a scenario named {@code "<importer>@<date>"}
   * @throws BundledDataException if no bundled base schedule is for that importer
   */
  public Scenario asOf(String importer, LocalDate date) {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(date, "date");
    TariffSchedule base =
        scenarios.values().stream()
            .filter(s -> s.overlays().isEmpty() && s.schedule().importer().equals(importer))
            .map(Scenario::schedule)
            .findFirst()
            .orElseThrow(
                () ->
                    new BundledDataException(
                        "No bundled schedule for importer '"
                            + importer
                            + "'; known: "
                            + String.join(", ", importers())));
    return Scenario.of(
            importer + "@" + date,
            "The bundled " + importer + " schedule as of " + date + ".",
            base,
            date)
        .withCoverageEnd(coverageEnd(importer).orElse(null));
  }

  /**
   * Returns the last day the bundled data of an importer is complete: the latest coverage end its
   * scenarios state. A quote for a later entry date is refused, naming this day.
   *
   * @param importer {@code "US"} or {@code "IN"}
   * @return the day, or empty if no scenario of the importer states one
   */
  public java.util.Optional<LocalDate> coverageEnd(String importer) {
    Objects.requireNonNull(importer, "importer");
    return scenarios.values().stream()
        .filter(s -> s.schedule().importer().equals(importer))
        .map(Scenario::coverageEnd)
        .flatMap(java.util.Optional::stream)
        .max(LocalDate::compareTo);
  }

  /**
   * Returns a bundled schedule file, as loaded for the scenarios.
   *
   * @param file for example {@code "us-india.json"} or the overlay {@code
   *     "us-india-framework-18.json"}
   * @return the schedule
   * @throws BundledDataException if no scenario uses such a file; the message lists the files
   */
  public TariffSchedule schedule(String file) {
    Objects.requireNonNull(file, "file");
    TariffSchedule s = schedules.get(file);
    if (s == null) {
      throw new BundledDataException(
          "No bundled schedule '" + file + "'; known: " + String.join(", ", schedules.keySet()));
    }
    return s;
  }

  /**
   * Returns the schedule file names the scenarios use, schedules and overlays.
   *
   * @return for example {@code [us-india.json, us-india-framework-18.json, ...]}
   */
  public List<String> scheduleFiles() {
    return List.copyOf(schedules.keySet());
  }

  /**
   * Returns the product categories of one side.
   *
   * <p>Example: {@code categories("US").categoryOf(ProductCode.parse("6109.10.00"))} is
   * textiles-and-apparel.
   *
   * @param side the importer applying the duties: {@code "US"} (Indian goods into the US) or {@code
   *     "IN"} (US goods into India)
   * @return the catalog, categories in file order, overlap {@code MOST_SPECIFIC}
   * @throws BundledDataException if the side is unknown; the message lists the sides
   */
  public CategoryCatalog categories(String side) {
    Objects.requireNonNull(side, "side");
    CategoryCatalog c = categories.get(side);
    if (c == null) {
      throw new BundledDataException(
          "No bundled categories for side '"
              + side
              + "'; known: "
              + String.join(", ", categories.keySet()));
    }
    return c;
  }

  /**
   * Returns the bundled exchange rates. Every one of them is an assumption (confidence U): use the
   * legal rate for real assessments (US: FRBNY certified rate of the export date; India: CBIC rate
   * of the bill-of-entry date).
   *
   * @return the rates, explicit pairs only (USD->INR, EUR->USD, GBP->USD, EUR->INR, GBP->INR)
   */
  public ExchangeRates exchangeRates() {
    return exchangeRates;
  }

  /**
   * Returns the importers of the bundled schedules.
   *
   * @return for example {@code [US, IN]}
   */
  public Set<String> importers() {
    Set<String> importers = new LinkedHashSet<>();
    schedules.values().forEach(s -> importers.add(s.importer()));
    return Collections.unmodifiableSet(importers);
  }

  /**
   * Returns the customs regime of an importer of the bundled data.
   *
   * @param importer {@code "US"} or {@code "IN"}
   * @return the built-in regime ({@link CustomsRegime#US}, {@link CustomsRegime#IN})
   * @throws BundledDataException if no bundled schedule is for that importer
   */
  public CustomsRegime regime(String importer) {
    Objects.requireNonNull(importer, "importer");
    if (!importers().contains(importer)) {
      throw new BundledDataException(
          "No bundled schedule for importer '"
              + importer
              + "'; known: "
              + String.join(", ", importers()));
    }
    return CustomsRegime.of(importer);
  }

  /**
   * Returns an assessor for an importer with the bundled exchange rates; its assessments list the
   * assumption of every (unverified) bundled rate they use.
   *
   * @param importer {@code "US"} or {@code "IN"}
   * @return the assessor
   * @throws BundledDataException if no bundled schedule is for that importer
   */
  public Assessor assessor(String importer) {
    return Assessor.of(regime(importer), exchangeRates);
  }

  /**
   * Assesses an entry under a bundled scenario, with the scenario importer's regime and the bundled
   * exchange rates, and lists every bundled assumption used.
   *
   * @param entry the entry; its importer must be the scenario's
   * @param scenarioName for example {@code "us-in-2026-s122"}
   * @return the assessment labelled with the scenario name
   * @throws BundledDataException if the scenario is unknown
   * @throws dev.tariffimpact.customs.AssessmentException naming the line and the input that
   *     prevents the assessment (for example a missing quantity, or the entry's importer)
   */
  public Assessment assess(Entry entry, String scenarioName) {
    Objects.requireNonNull(entry, "entry");
    Scenario scenario = scenario(scenarioName);
    return assessor(scenario.schedule().importer()).assess(entry, scenario);
  }

  /**
   * Lists every unverified fact a scenario rests on, independent of any shipment: the regime's own
   * assumptions, each confidence-U measure in force on the scenario date (overlays included) and
   * the bundled exchange rates of the importer's currency. The demo prints these once per scenario.
   *
   * @param scenarioName for example {@code "us-in-2026-current"}
   * @return the assumptions, without duplicates, in that order
   * @throws BundledDataException if the scenario is unknown
   */
  public List<Assumption> assumptions(String scenarioName) {
    Scenario s = scenario(scenarioName);
    Set<Assumption> out = new LinkedHashSet<>(regime(s.schedule().importer()).assumptions());
    java.util.stream.Stream.concat(s.schedule().measures().stream(), s.overlays().stream())
        .filter(m -> m.inForceOn(s.asOf()))
        .forEach(m -> Assumption.ofUnverified(m).ifPresent(out::add));
    exchangeRates.rates().stream()
        .filter(rate -> rate.to().equals(s.schedule().currency()))
        .forEach(rate -> rate.assumption().ifPresent(out::add));
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "BundledDataset{scenarios="
        + new TreeSet<>(scenarios.keySet())
        + ", schedules="
        + schedules.keySet()
        + "}";
  }
}
