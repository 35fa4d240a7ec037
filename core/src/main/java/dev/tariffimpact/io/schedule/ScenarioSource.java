package dev.tariffimpact.io.schedule;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Catalogue;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Group;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where scenarios come from, and how a name, a date or an importer resolves to a scenario and a
 * customs regime: the bundled data, or the user's files (scenario catalogues, a schedule with
 * overlays).
 *
 * <pre>{@code
 * ScenarioSource bundled = ScenarioSource.bundled();
 * Scenario peak = bundled.scenario("us-in-2025-08-peak");
 * Scenario march = bundled.asOf("US", LocalDate.parse("2026-03-01"));   // "US@2026-03-01"
 *
 * ScenarioSource mine = ScenarioSource.fromFiles(List.of(Path.of("gb-scenarios.json")))
 *     .withExchangeRates(ExchangeRateCsv.read(Path.of("rates.csv")));
 * CustomsRegime gb = mine.regime("GB", null);          // the built-in UK regime, VAT 20%
 * CustomsRegime nl = mine.regime("EU", new BigDecimal("21"));
 * }</pre>
 *
 * <p><b>Named scenarios</b> come from scenario catalogues ({@code scenarios.json} for the bundled
 * data). <b>Groups</b> of a catalogue put one scenario per importer under one name. <b>"As of a
 * date"</b> reads a base schedule, with its overlays, on a date: for the bundled data, the schedule
 * of the importer's first scenario without overlays ({@code "US@2026-03-01"}); for files, the first
 * schedule file, with every later schedule file as an overlay ({@code "mine.json@2026-03-01"}).
 *
 * <p><b>Regimes.</b> {@link #regime(String, BigDecimal)} gives the built-in regime of any importer
 * (US, IN, GB, and EU at a member state's VAT rate), whatever the files hold, so a GB or EU
 * catalogue runs as well as the bundled US-India data.
 *
 * <p><b>Exchange rates.</b> Until {@link #withExchangeRates} replaces them, the bundled example
 * rates (every one an assumption, listed by each assessment that uses it).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioSource {

  /** The bundled scenario catalogue. */
  public static final String BUNDLED_SCENARIOS = "scenarios.json";

  /** The bundled exchange-rate table. */
  public static final String BUNDLED_EXCHANGE_RATES = "exchange-rates.csv";

  /**
   * The bundled CBIC customs exchange rates of India (dated import rates to INR), read with {@code
   * dev.tariffimpact.io.csv.CustomsExchangeRateCsv}; they join the table of {@link
   * #BUNDLED_EXCHANGE_RATES}, whose flat rate of a pair covers only the days they leave open.
   */
  public static final String BUNDLED_CUSTOMS_EXCHANGE_RATES = "india/customs-exchange-rates.csv";

  private static volatile ScenarioSource bundled;

  /**
   * What to read as of a date for one importer: a base schedule (read on first use for the bundled
   * data) and overlay measures.
   */
  record Dated(
      String label, String description, Supplier<TariffSchedule> base, List<Measure> more) {}

  private final String where;
  private final Map<String, LazyScenario> scenarios;
  private final Map<String, Group> groups;
  private final Map<String, Dated> dated;
  private final Supplier<Map<String, TariffSchedule>> files;
  private final ExchangeRates rates;

  /** The same catalogue narrowed to a code ({@link #forCode}); null for the user's files. */
  private final Function<ProductCode, ScenarioSource> narrow;

  private ScenarioSource(
      String where,
      Map<String, LazyScenario> scenarios,
      Map<String, Group> groups,
      Map<String, Dated> dated,
      Supplier<Map<String, TariffSchedule>> files,
      ExchangeRates rates,
      Function<ProductCode, ScenarioSource> narrow) {
    this.where = where;
    this.scenarios = scenarios;
    this.groups = groups;
    this.dated = dated;
    this.files = files;
    this.rates = rates;
    this.narrow = narrow;
  }

  /**
   * Returns the bundled data: the scenarios and groups of {@code scenarios.json}, each importer's
   * base schedule for dates, and the bundled example exchange rates. The catalogue is read and
   * checked once; each scenario's schedule files are read, and the scenario built, on its first use
   * (a quote for India never reads the US schedule and its full HTS). The build's tests read and
   * compile every bundled scenario.
   *
   * @return the same source on every call
   * @throws ScheduleFileException naming the bundled file and JSON path (or line) if a bundled file
   *     is invalid, which is a broken build
   */
  public static ScenarioSource bundled() {
    ScenarioSource loaded = bundled;
    if (loaded == null) {
      synchronized (ScenarioSource.class) {
        loaded = bundled;
        if (loaded == null) {
          loaded = ScenarioSourceReader.bundled();
          bundled = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * Returns the scenarios of the user's files instead of the bundled ones. Each file is a scenario
   * catalogue ({@code "format": "tariff-impact/scenarios"}), whose named scenarios and groups it
   * contributes, or a schedule file ({@code "format": "tariff-impact/schedule"}): the first
   * schedule file is the base read by {@link #asOf}, later ones are laid over it.
   *
   * @param files at least one file, for example {@code [gb-scenarios.json]}
   * @return the source, with the bundled exchange rates until {@link #withExchangeRates}
   * @throws ScheduleFileException naming the file and JSON path of the first error, or a file that
   *     is neither format
   * @throws ScenarioSourceException if two catalogues name the same scenario or an overlay is for
   *     another importer than the base schedule
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public static ScenarioSource fromFiles(List<Path> files) {
    return fromFiles(files, ReferencePolicy.CONFINED);
  }

  /**
   * Returns the scenarios of the user's files, as {@link #fromFiles(List)}, naming which product
   * lists and schedules the files may reference.
   *
   * @param files at least one file
   * @param policy {@link ReferencePolicy#CONFINED} (the default: relative paths inside each file's
   *     folder) or {@link ReferencePolicy#ALLOW_EXTERNAL}
   * @return the source
   * @throws ScheduleFileException as {@link #fromFiles(List)}, or for a reference the policy
   *     refuses
   */
  public static ScenarioSource fromFiles(List<Path> files, ReferencePolicy policy) {
    ScenarioSource loaded = bundled;
    return ScenarioSourceReader.files(
        files, loaded != null ? loaded.rates : ScenarioSourceReader.bundledRates(), policy);
  }

  static ScenarioSource of(
      String where,
      Catalogue catalogue,
      Map<String, Dated> dated,
      Map<String, TariffSchedule> files,
      ExchangeRates rates) {
    Map<String, TariffSchedule> read = Collections.unmodifiableMap(files);
    return of(
        where,
        catalogue.scenarios().stream().map(LazyScenario::of).toList(),
        catalogue.groups(),
        dated,
        () -> read,
        rates,
        null);
  }

  /**
   * A source whose scenarios may be built on first use; {@code files} gives every schedule file,
   * reading those not read yet.
   */
  static ScenarioSource of(
      String where,
      List<LazyScenario> scenarios,
      List<Group> catalogueGroups,
      Map<String, Dated> dated,
      Supplier<Map<String, TariffSchedule>> files,
      ExchangeRates rates,
      Function<ProductCode, ScenarioSource> narrow) {
    Map<String, LazyScenario> byName = new LinkedHashMap<>();
    for (LazyScenario s : scenarios) {
      if (byName.putIfAbsent(s.name(), s) != null) {
        throw new ScenarioSourceException(
            "Scenario '" + s.name() + "' is defined twice in " + where);
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Group g : catalogueGroups) {
      if (byName.containsKey(g.name()) || groups.putIfAbsent(g.name(), g) != null) {
        throw new ScenarioSourceException(
            "Group '" + g.name() + "' is defined twice, or also a scenario, in " + where);
      }
    }
    return new ScenarioSource(
        where,
        Collections.unmodifiableMap(byName),
        Collections.unmodifiableMap(groups),
        Collections.unmodifiableMap(dated),
        files,
        rates,
        narrow);
  }

  /**
   * Returns this source as an assessment of one code sees it: the same scenarios, dates and rates,
   * but of the HTS MFN lines completing the bundled US schedule only those at or above the code and
   * the rated lines below it, and of India's schedule and the overlays only the measures a lookup
   * of the code considers, those below it and those they name. Reading one heading instead of the
   * whole HTS, and a dozen India measures instead of 3,063, is most of a one-line quote's start-up;
   * every assessment of that code, every lookup explanation and every error about it is the same as
   * with this source (tests compare the two). Use the view for that code only. A source of the
   * user's files returns itself.
   *
   * @param code for example {@code 6109.10.00}
   * @return a view for that code (built anew on each call; its scenarios are read on first use)
   */
  public ScenarioSource forCode(ProductCode code) {
    Objects.requireNonNull(code, "code");
    return narrow == null ? this : narrow.apply(code).withExchangeRates(rates);
  }

  /**
   * Returns this source with other exchange rates.
   *
   * @param value for example {@code ExchangeRateCsv.read(Path.of("rates.csv"))}
   * @return a new source
   */
  public ScenarioSource withExchangeRates(ExchangeRates value) {
    Objects.requireNonNull(value, "value");
    return new ScenarioSource(where, scenarios, groups, dated, files, value, narrow);
  }

  /**
   * Returns the named scenarios, in catalogue order.
   *
   * @return for the bundled data {@code [us-in-2025-08-peak, ...]}; empty for schedule files only
   */
  public List<Scenario> scenarios() {
    return scenarios.values().stream().map(LazyScenario::get).toList();
  }

  /**
   * Returns the names of the named scenarios, in catalogue order, without building them.
   *
   * @return for the bundled data {@code [us-in-2025-08-peak, ...]}
   */
  public List<String> scenarioNames() {
    return List.copyOf(scenarios.keySet());
  }

  /**
   * Returns one named scenario.
   *
   * @param name for example {@code "us-in-2026-s122"}
   * @return the scenario, with its status as {@link Scenario#note()}
   * @throws ScenarioSourceException if there is no such scenario; the message lists the known ones
   */
  public Scenario scenario(String name) {
    Objects.requireNonNull(name, "name");
    LazyScenario s = scenarios.get(name);
    if (s == null) {
      throw new ScenarioSourceException(
          "No scenario '" + name + "' in " + where + "; known: " + known(scenarios.keySet()));
    }
    return s.get();
  }

  /**
   * Returns the groups, in catalogue order.
   *
   * @return for the bundled data {@code [2025-peak, 2026-framework, ...]}
   */
  public List<Group> groups() {
    return List.copyOf(groups.values());
  }

  /**
   * Returns the group an importer's comparisons headline: the one whose {@code headlineFor} names
   * the importer (the first, in catalogue order, if several catalogues name one).
   *
   * <p>Example: for the bundled data {@code headline("US")} is {@code 2026-s122} (the Section 122
   * moment) and {@code headline("IN")} is {@code 2026-framework} (India's duties change only under
   * the framework).
   *
   * @param importer for example {@code "US"}
   * @return the group, or empty when no catalogue names one for the importer
   */
  public Optional<Group> headline(String importer) {
    Objects.requireNonNull(importer, "importer");
    return groups.values().stream().filter(g -> g.headlineFor().contains(importer)).findFirst();
  }

  /**
   * Tells whether a name is a group rather than a scenario.
   *
   * @param name for example {@code "2025-peak"}
   * @return true if a catalogue defines a group of that name
   */
  public boolean isGroup(String name) {
    return groups.containsKey(Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the scenarios of one group, one per importer.
   *
   * @param name for example {@code "2025-peak"}
   * @return the scenarios in the group's order
   * @throws ScenarioSourceException if there is no such group; the message lists the known ones
   */
  public List<Scenario> group(String name) {
    Objects.requireNonNull(name, "name");
    Group g = groups.get(name);
    if (g == null) {
      throw new ScenarioSourceException(
          "No scenario group '" + name + "' in " + where + "; known: " + known(groups.keySet()));
    }
    return g.scenarios().stream().map(this::scenario).toList();
  }

  /**
   * Returns an importer's base schedule (with its overlays, for files) read as of a date.
   *
   * @param importer for example {@code "US"}
   * @param date the date the measures are read at, also the entry date the name shows
   * @return a scenario named {@code "<importer or file>@<date>"}
   * @throws ScenarioSourceException if no schedule of this source is for that importer
   */
  public Scenario asOf(String importer, LocalDate date) {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(date, "date");
    Dated d = dated.get(importer);
    if (d == null) {
      throw new ScenarioSourceException(
          dated.isEmpty()
              ? "No schedule to read as of a date in "
                  + where
                  + ", which hold only scenario catalogues; name a scenario, or add a schedule"
                  + " file"
              : "No schedule for importer '"
                  + importer
                  + "' in "
                  + where
                  + "; importers with a schedule: "
                  + known(dated.keySet()));
    }
    return Scenario.of(
            d.label() + "@" + date,
            d.description() + " as of " + date + ".",
            d.base().get(),
            date,
            d.more())
        .withCoverageEnd(coverageEnd(importer).orElse(null));
  }

  /**
   * Returns the last day the data of an importer is complete: the latest coverage end its scenarios
   * state. A quote for a later entry date is refused, naming this day.
   *
   * @param importer for example {@code "US"}
   * @return the day, or empty if no scenario of the importer states one
   */
  public java.util.Optional<LocalDate> coverageEnd(String importer) {
    Objects.requireNonNull(importer, "importer");
    return scenarios.values().stream()
        .filter(s -> s.importer().equals(importer))
        .map(LazyScenario::coverageEnd)
        .flatMap(java.util.Optional::stream)
        .max(LocalDate::compareTo);
  }

  /**
   * Returns the schedule files of this source, by file name (the bundled data reads those not read
   * yet).
   *
   * @return for the bundled data {@code {us-india.json=..., us-india-framework-18.json=...}}
   */
  public Map<String, TariffSchedule> scheduleFiles() {
    return files.get();
  }

  /**
   * Returns the importers of the named scenarios and dated schedules.
   *
   * @return for the bundled data {@code [US, IN]}
   */
  public Set<String> importers() {
    Set<String> importers = new LinkedHashSet<>();
    scenarios.values().forEach(s -> importers.add(s.importer()));
    importers.addAll(dated.keySet());
    return Collections.unmodifiableSet(importers);
  }

  /**
   * Returns the customs regime of an importer, with a VAT rate where one is given: for {@code EU}
   * the member state's rate (required); for an importer whose regime charges one import VAT ({@code
   * GB}: 20%) a rate that replaces it (for example 5% for goods at the reduced rate); for others
   * none may be given.
   *
   * @param importer {@code US}, {@code IN}, {@code GB} or {@code EU}
   * @param vatPercent the VAT rate in percent, for example {@code 21}; null for the regime's own
   * @return the built-in regime
   * @throws ScenarioSourceException if the importer has no built-in regime, EU has no VAT rate, or
   *     a VAT rate is given for a regime without a single import VAT (US, IN)
   */
  public CustomsRegime regime(String importer, BigDecimal vatPercent) {
    Objects.requireNonNull(importer, "importer");
    if (importer.equals("EU")) {
      if (vatPercent == null) {
        throw new ScenarioSourceException(
            "Importer EU needs the member state's VAT rate in percent (for example 21)");
      }
      return CustomsRegime.eu(vatPercent);
    }
    CustomsRegime regime;
    try {
      regime = CustomsRegime.of(importer);
    } catch (IllegalArgumentException e) {
      throw new ScenarioSourceException(e.getMessage(), e);
    }
    if (vatPercent == null) {
      return regime;
    }
    if (regime.defaultTax() == null) {
      throw new ScenarioSourceException(
          "Importer "
              + importer
              + " has no single import VAT to set: its taxes come from the schedule; a VAT rate"
              + " applies to EU and GB only");
    }
    return regime.withDefaultTaxPercent(vatPercent);
  }

  /**
   * Returns the exchange rates.
   *
   * @return the bundled example rates, or those given to {@link #withExchangeRates}
   */
  public ExchangeRates exchangeRates() {
    return rates;
  }

  /**
   * Lists every unverified fact a scenario rests on, independent of any shipment: the regime's own
   * assumptions, each confidence-U measure in force on the scenario date (overlays included) and
   * the unverified exchange rates into the schedule's currency in force on the scenario date (one
   * per table: India's fortnightly customs rates would otherwise list every table of two years).
   *
   * @param scenario for example {@code scenario("us-in-2026-current")}
   * @param regime the regime it is assessed under
   * @return the assumptions, without duplicates, in that order
   */
  public List<Assumption> assumptions(Scenario scenario, CustomsRegime regime) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(regime, "regime");
    Set<Assumption> out = new LinkedHashSet<>(regime.assumptions());
    Stream.concat(scenario.schedule().measures().stream(), scenario.overlays().stream())
        .filter(m -> m.inForceOn(scenario.asOf()))
        .forEach(m -> Assumption.ofUnverified(m).ifPresent(out::add));
    rates.rates().stream()
        .filter(rate -> rate.to().equals(scenario.schedule().currency()))
        .filter(rate -> rate.isValidOn(scenario.asOf()))
        .forEach(rate -> rate.assumption().ifPresent(out::add));
    return List.copyOf(out);
  }

  /** The names of the scenarios built so far, in catalogue order: what the laziness tests see. */
  List<String> built() {
    return scenarios.values().stream()
        .filter(LazyScenario::isBuilt)
        .map(LazyScenario::name)
        .toList();
  }

  private static String known(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  @Override
  public String toString() {
    return "ScenarioSource{" + where + ", scenarios=" + scenarios.keySet() + "}";
  }
}
