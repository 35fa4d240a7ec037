package dev.tariffimpact.spark;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchOptions;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.ScenarioSource;
import dev.tariffimpact.schedule.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a Spark executor needs to build the same {@link BatchEngine} as the driver: the scenario
 * sources (the bundled data, or the bytes of the user's schedule and catalogue files and exchange
 * rates), the scenarios, the groupings and the EU VAT rate. Small and serialisable, so Spark
 * broadcasts it once; every executor builds its engine from it once ({@link #build()}).
 *
 * <pre>{@code
 * EngineSpec spec = EngineSpec.bundled()
 *     .group("2026-s122").group("2026-current")
 *     .groupBy(GroupBy.IMPORTER).groupBy(GroupBy.CATEGORY, GroupBy.ORIGIN);
 * }</pre>
 *
 * <p>The engine resolves scenarios and exchange rates as the CLI's {@code batch} command does, so a
 * Spark run, a local run of {@link #build()} and {@code tariff-impact batch} give the same amounts.
 * The first scenario is the base of the deltas. Distribution statistics are off (percentiles of
 * partitions cannot be merged exactly; the money sums can).
 *
 * <p>This class is immutable; each {@code with} method returns a copy.
 */
public final class EngineSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Derived exchange rates as the CLI derives them: 10 decimals, HALF_EVEN. */
  private static final Rounding DERIVED_RATE_ROUNDING = Rounding.of(10, RoundingMode.HALF_EVEN);

  /** A file's name and bytes, shipped to the executors. */
  private record FileBytes(String name, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A batch scenario: a catalogue group, or a label with one scenario name per importer. */
  private record ScenarioRef(String label, List<String> names, boolean group)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final String id;
  private final List<FileBytes> scheduleFiles;
  private final FileBytes rates;
  private final List<ScenarioRef> scenarios;
  private final List<List<GroupBy>> groupings;
  private final BigDecimal vat;
  private final boolean ignoreUnknownColumns;

  private EngineSpec(
      List<FileBytes> scheduleFiles,
      FileBytes rates,
      List<ScenarioRef> scenarios,
      List<List<GroupBy>> groupings,
      BigDecimal vat,
      boolean ignoreUnknownColumns) {
    this.id = UUID.randomUUID().toString();
    this.scheduleFiles = List.copyOf(scheduleFiles);
    this.rates = rates;
    this.scenarios = List.copyOf(scenarios);
    this.groupings = List.copyOf(groupings);
    this.vat = vat;
    this.ignoreUnknownColumns = ignoreUnknownColumns;
  }

  /**
   * The bundled schedules, scenarios and example exchange rates.
   *
   * @return a spec without scenarios yet
   */
  public static EngineSpec bundled() {
    return new EngineSpec(List.of(), null, List.of(), List.of(), null, false);
  }

  /**
   * The user's schedule or scenario-catalogue files (as {@code batch --schedule}), read now. A
   * catalogue may name schedule files given here by their file name.
   *
   * @param files the files; the first schedule is the base, later ones overlays
   * @return a spec without scenarios yet
   * @throws UncheckedIOException if a file cannot be read
   */
  public static EngineSpec fromFiles(List<Path> files) {
    List<FileBytes> read = new ArrayList<>();
    for (Path f : files) {
      read.add(new FileBytes(f.getFileName().toString(), bytes(f)));
    }
    if (read.isEmpty()) {
      throw new IllegalArgumentException("no schedule files given; use EngineSpec.bundled()");
    }
    return new EngineSpec(read, null, List.of(), List.of(), null, false);
  }

  /**
   * Replaces the exchange rates with a CSV file (as {@code batch --rates}), read now.
   *
   * @param file exchange rates CSV ({@value ExchangeRateCsv#HEADER})
   * @return the new spec
   */
  public EngineSpec withExchangeRates(Path file) {
    FileBytes r = new FileBytes(file.getFileName().toString(), bytes(file));
    return new EngineSpec(scheduleFiles, r, scenarios, groupings, vat, ignoreUnknownColumns);
  }

  /**
   * Adds a batch scenario: a label and one scenario name per importer (as {@code batch --scenario
   * LABEL=NAME,NAME}).
   *
   * @param label the scenario's name in the results
   * @param names scenario names of the source, one per importer
   * @return the new spec
   */
  public EngineSpec scenario(String label, String... names) {
    Objects.requireNonNull(label, "label");
    if (names.length == 0) {
      throw new IllegalArgumentException("scenario '" + label + "' names no scenario");
    }
    return withScenario(new ScenarioRef(label, List.of(names), false));
  }

  /**
   * Adds a catalogue group as one batch scenario under the group's name (as {@code batch --scenario
   * GROUP}).
   *
   * @param name the group, for example {@code 2026-current}
   * @return the new spec
   */
  public EngineSpec group(String name) {
    return withScenario(new ScenarioRef(Objects.requireNonNull(name, "name"), List.of(), true));
  }

  private EngineSpec withScenario(ScenarioRef ref) {
    List<ScenarioRef> list = new ArrayList<>(scenarios);
    list.add(ref);
    return new EngineSpec(scheduleFiles, rates, list, groupings, vat, ignoreUnknownColumns);
  }

  /**
   * Adds a grouping of the aggregates (the totals are always given).
   *
   * @param dimensions the dimensions of one grouping, for example category and origin
   * @return the new spec
   */
  public EngineSpec groupBy(GroupBy... dimensions) {
    List<List<GroupBy>> list = new ArrayList<>(groupings);
    list.add(List.copyOf(Arrays.asList(dimensions)));
    return new EngineSpec(scheduleFiles, rates, scenarios, list, vat, ignoreUnknownColumns);
  }

  /**
   * Sets the EU member state's VAT rate, required when a scenario is for EU (as {@code --vat}).
   *
   * @param percent the rate, for example 21
   * @return the new spec
   */
  public EngineSpec vat(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return new EngineSpec(
        scheduleFiles, rates, scenarios, groupings, percent, ignoreUnknownColumns);
  }

  /**
   * Skips columns the shipment format does not know instead of refusing the header.
   *
   * @param value true to skip them
   * @return the new spec
   */
  public EngineSpec ignoreUnknownColumns(boolean value) {
    return new EngineSpec(scheduleFiles, rates, scenarios, groupings, vat, value);
  }

  /** The groupings of the aggregates: the totals, then the ones added, in order. */
  List<Set<GroupBy>> groupings() {
    List<Set<GroupBy>> list = new ArrayList<>();
    list.add(EnumSet.noneOf(GroupBy.class));
    for (List<GroupBy> g : groupings) {
      Set<GroupBy> dims = EnumSet.noneOf(GroupBy.class);
      dims.addAll(g);
      list.add(dims);
    }
    return list;
  }

  /** The spec's identity: executors keep one engine per spec (see {@code ExecutorEngines}). */
  String id() {
    return id;
  }

  /**
   * Builds the engine: the local engine a Spark run is compared with, and each executor's.
   *
   * @return the engine with one worker thread (Spark runs one task per core)
   * @throws IllegalStateException if no scenario was added
   */
  public BatchEngine build() {
    return build(1);
  }

  /**
   * Builds the engine with several worker threads, for a local run on all cores.
   *
   * @param threads the chunks evaluated at once, at least 1
   * @return the engine
   * @throws IllegalStateException if no scenario was added
   */
  public BatchEngine build(int threads) {
    if (scenarios.isEmpty()) {
      throw new IllegalStateException("no scenario: add one with scenario(...) or group(...)");
    }
    Path staged = stage();
    try {
      return build(source(staged), threads);
    } finally {
      unstage(staged);
    }
  }

  private BatchEngine build(ScenarioSource source, int threads) {
    List<BatchScenario> runs = new ArrayList<>();
    for (ScenarioRef ref : scenarios) {
      List<Scenario> list =
          ref.group()
              ? source.group(ref.label())
              : ref.names().stream().map(source::scenario).toList();
      runs.add(BatchScenario.of(ref.label(), list.toArray(Scenario[]::new)));
    }
    BatchOptions.Builder options =
        BatchOptions.builder()
            .baseScenario(runs.get(0).name())
            .distributions(false)
            .threads(threads)
            .ignoreUnknownColumns(ignoreUnknownColumns);
    for (List<GroupBy> g : groupings) {
      options.groupBy(g.toArray(GroupBy[]::new));
    }
    BatchEngine.Builder engine =
        BatchEngine.builder()
            .exchangeRates(source.exchangeRates().withDerivedRates(DERIVED_RATE_ROUNDING))
            .options(options.build());
    Set<String> importers = new LinkedHashSet<>();
    runs.forEach(r -> importers.addAll(r.byImporter().keySet()));
    if (importers.contains("EU") && vat == null) {
      throw new IllegalStateException("a scenario is for importer EU: give vat(PERCENT)");
    }
    for (String importer : importers) {
      engine.regime(source.regime(importer, importer.equals("EU") ? vat : null));
    }
    runs.forEach(engine::scenario);
    return engine.build();
  }

  /**
   * Writes the schedule files into a private temporary folder (the readers take paths, and a
   * catalogue names its schedules relative to itself); null for the bundled data.
   */
  private Path stage() {
    if (scheduleFiles.isEmpty()) {
      return null;
    }
    try {
      Path dir = Files.createTempDirectory("tariff-impact-spark-");
      for (FileBytes f : scheduleFiles) {
        Files.write(dir.resolve(f.name()), f.bytes());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the schedule files: " + e.getMessage(), e);
    }
  }

  private void unstage(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      for (FileBytes f : scheduleFiles) {
        Files.deleteIfExists(dir.resolve(f.name()));
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a leftover temporary file is harmless; the engine is built
    }
  }

  /** The bundled data, or the staged files; with the given exchange rates. */
  private ScenarioSource source(Path staged) {
    ScenarioSource s =
        staged == null
            ? ScenarioSource.bundled()
            : ScenarioSource.fromFiles(
                scheduleFiles.stream().map(f -> staged.resolve(f.name())).toList());
    if (rates != null) {
      s =
          s.withExchangeRates(
              ExchangeRateCsv.read(new ByteArrayInputStream(rates.bytes()), rates.name()));
    }
    return s;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Prints the sources, the scenarios and the groupings. */
  @Override
  public String toString() {
    List<String> names = scenarios.stream().map(ScenarioRef::label).toList();
    Set<GroupBy> dims = EnumSet.noneOf(GroupBy.class);
    groupings.forEach(dims::addAll);
    return "EngineSpec{"
        + (scheduleFiles.isEmpty()
            ? "bundled"
            : scheduleFiles.stream().map(FileBytes::name).toList().toString())
        + (rates == null ? "" : ", rates " + rates.name())
        + ", scenarios "
        + names
        + ", groupings "
        + groupings
        + "}";
  }
}
