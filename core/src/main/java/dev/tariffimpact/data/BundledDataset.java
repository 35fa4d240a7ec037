package dev.tariffimpact.data;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.CategoryCsv;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson;
import dev.tariffimpact.io.schedule.ScenarioSource;
import dev.tariffimpact.io.schedule.ScenarioSourceException;
import dev.tariffimpact.io.schedule.ScheduleFileException;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>Scenarios, schedules and exchange rates are those of {@link ScenarioSource#bundled()}, read by
 * the same readers as the user's files ({@link ScenarioCatalogJson}, {@link ExchangeRateCsv}); the
 * categories are read by {@link CategoryCsv#readCatalogs}. This class adds the bundled-data view:
 * errors of type {@link BundledDataException}, the categories of each side, and the importers the
 * bundled schedules cover.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundledDataset {

  /** The scenario catalogue file. */
  public static final String SCENARIOS = ScenarioSource.BUNDLED_SCENARIOS;

  /** The category file: {@code category,side,scope,rationale,judgement,source}. */
  public static final String CATEGORIES = "categories.csv";

  /** The exchange-rate file: {@code from,to,rate,valid_from,valid_to,source,confidence,note}. */
  public static final String EXCHANGE_RATES = ScenarioSource.BUNDLED_EXCHANGE_RATES;

  /** Loaded once; a failed load is retried on the next call, so the error stays readable. */
  private static volatile BundledDataset instance;

  private final ScenarioSource source;
  private final Map<String, CategoryCatalog> categories;

  private BundledDataset(ScenarioSource source, Map<String, CategoryCatalog> categories) {
    this.source = source;
    this.categories = categories;
  }

  /**
   * Returns the bundled dataset, reading and checking the scenario catalogue, the categories and
   * the exchange rates on first use. A scenario's schedule files are read, and the scenario built,
   * when it is first used (so one quote reads and compiles only the scenario it needs); the build's
   * tests read and compile every one of them.
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
    try (InputStream csv = BundledData.open(CATEGORIES)) {
      return new BundledDataset(
          ScenarioSource.bundled(), CategoryCsv.readCatalogs(csv, CATEGORIES));
    } catch (TariffImpactException e) {
      throw new BundledDataException("Bundled data: " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new BundledDataException("Bundled data unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the bundled data as a scenario source, the view the CLI and applications resolve names,
   * dates and regimes through.
   *
   * @return {@link ScenarioSource#bundled()}
   */
  public ScenarioSource source() {
    return source;
  }

  /**
   * Returns the scenarios in catalogue order.
   *
   * @return every bundled scenario, for example {@code us-in-2025-08-peak} first
   */
  public List<Scenario> scenarios() {
    return source.scenarios();
  }

  /**
   * Returns the scenario names in catalogue order.
   *
   * @return for example {@code [us-in-2025-08-peak, us-in-2026-framework-18, ...]}
   */
  public List<String> scenarioNames() {
    return source.scenarioNames();
  }

  /**
   * Returns one scenario by name.
   *
   * <p>Example: {@code scenario("us-in-2026-s122").asOf()} is 2026-03-01.
   *
   * @param name the scenario name
   * @return the scenario, with its status as {@link Scenario#note()}
   * @throws NullPointerException if {@code name} is null
   * @throws BundledDataException if there is no such scenario (the message lists the known names),
   *     or one of its bundled files is invalid (a broken build)
   */
  public Scenario scenario(String name) {
    Objects.requireNonNull(name, "name");
    try {
      return source.scenario(name);
    } catch (ScenarioSourceException | ScheduleFileException e) {
      throw new BundledDataException(e.getMessage(), e);
    }
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
    try {
      return source.asOf(importer, date);
    } catch (ScenarioSourceException | ScheduleFileException e) {
      throw new BundledDataException(e.getMessage(), e);
    }
  }

  /**
   * Returns the last day the bundled data of an importer is complete (see {@link
   * ScenarioSource#coverageEnd}).
   *
   * @param importer {@code "US"} or {@code "IN"}
   * @return the day, or empty if no scenario of the importer states one
   */
  public java.util.Optional<LocalDate> coverageEnd(String importer) {
    return source.coverageEnd(importer);
  }

  /** The bundled US schedule file (completed by the full HTS 2025 MFN at load). */
  static final String US_INDIA = "us-india.json";

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
    TariffSchedule s = source.scheduleFiles().get(file);
    if (s == null) {
      throw new BundledDataException(
          "No bundled schedule '" + file + "'; known: " + String.join(", ", scheduleFiles()));
    }
    return s;
  }

  /**
   * Returns the schedule file names the scenarios use, schedules and overlays.
   *
   * @return for example {@code [us-india.json, us-india-framework-18.json, ...]}
   */
  public List<String> scheduleFiles() {
    return List.copyOf(source.scheduleFiles().keySet());
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
    return source.exchangeRates();
  }

  /**
   * Returns the importers of the bundled schedules.
   *
   * @return for example {@code [US, IN]}
   */
  public Set<String> importers() {
    return source.importers();
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
    return source.regime(importer, null);
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
    return Assessor.of(regime(importer), exchangeRates());
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
   * the bundled exchange rates into the importer's currency in force on the scenario date. The demo
   * prints these once per scenario.
   *
   * @param scenarioName for example {@code "us-in-2026-current"}
   * @return the assumptions, without duplicates, in that order
   * @throws BundledDataException if the scenario is unknown
   */
  public List<Assumption> assumptions(String scenarioName) {
    Scenario s = scenario(scenarioName);
    return source.assumptions(s, regime(s.schedule().importer()));
  }

  @Override
  public String toString() {
    return "BundledDataset{scenarios="
        + new TreeSet<>(scenarioNames())
        + ", schedules="
        + scheduleFiles()
        + "}";
  }
}
