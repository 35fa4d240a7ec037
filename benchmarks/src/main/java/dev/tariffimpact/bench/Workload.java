package dev.tariffimpact.bench;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.batch.BatchLine;
import dev.tariffimpact.batch.BatchOptions;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.batch.ShipmentCsv;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.sample.internal.SampleGenerator;
import dev.tariffimpact.sample.internal.SampleGenerator.Candidate;
import dev.tariffimpact.schedule.Scenario;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The benchmark workload: US imports drawn by core's {@link SampleGenerator} (fixed seed, entries
 * of 1-20 lines, 20 origins with India weighted 40%, log-normal values, quantities and net mass
 * consistent with the unit, ocean/air/road/rail) from the candidates of a {@link Universe}: the
 * bundled US-India lines and, when the official HTS file is found, the HTS lines (half of the draws
 * each), restricted to the lines whose layers under all five US scenarios and all 20 origins are
 * expressible in SQL ({@link FlatRates}). The CSV is generated once per universe and size and
 * cached (same seed, same bytes), so every fork and every peer reads the same data. The methods
 * without a {@link Universe} parameter use {@link Universe#standard()}.
 */
public final class Workload {

  /** The seed of every generated workload. */
  public static final long SEED = 20261121L;

  /** The five bundled US scenarios; a 2-scenario run uses the first two. */
  public static final List<String> US_SCENARIOS =
      List.of(
          "us-in-2025-08-peak",
          "us-in-2026-s122",
          "us-in-2026-framework-18",
          "us-in-2026-current",
          "us-in-2026-s301-proposed");

  /**
   * The origins SampleGenerator draws for US imports (copied: the generator keeps them private).
   */
  static final List<String> ORIGINS =
      List.of(
          "IN", "CN", "VN", "MX", "BD", "DE", "JP", "KR", "IT", "TW", "TH", "ID", "PK", "TR", "LK",
          "KH", "BR", "CA", "GB", "FR");

  static final Currency USD = Currency.getInstance("USD");

  private static volatile BundledDataset data;

  private Workload() {}

  /** Returns the bundled dataset, loaded once. */
  public static BundledDataset data() {
    if (data == null) {
      data = BundledDataset.load();
    }
    return data;
  }

  /** Inverse rates (INR to USD) are derived at 10 decimals, HALF_EVEN. */
  static final Rounding INVERSE = Rounding.of(10, java.math.RoundingMode.HALF_EVEN);

  private static volatile ExchangeRates rates;

  /**
   * The bundled exchange rates with derived inverses: the generator invoices US imports from DE, FR
   * and IT in EUR and one Indian line in five in INR.
   *
   * @return the table
   */
  public static ExchangeRates exchangeRates() {
    if (rates == null) {
      ExchangeRates.Builder b = ExchangeRates.builder();
      data().exchangeRates().rates().forEach(b::add);
      rates = b.deriveInverses(INVERSE).build();
    }
    return rates;
  }

  /** First and last day the peers' exchange-rate table covers (export dates of the workload). */
  static final LocalDate FX_FROM = LocalDate.of(2025, 7, 1);

  static final LocalDate FX_TO = LocalDate.of(2026, 4, 30);

  /**
   * The factor to USD per {@code currency|yyyy-mm-dd} of exportation for every day the workload can
   * use: what the peers get for free (as the flattened layer rates), computed with our table.
   *
   * @return factors, USD included (1)
   */
  public static Map<String, BigDecimal> fxFactors() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (LocalDate d = FX_FROM; !d.isAfter(FX_TO); d = d.plusDays(1)) {
      for (String c : List.of("USD", "EUR", "INR")) {
        Currency from = Currency.getInstance(c);
        out.put(
            c + "|" + d,
            c.equals("USD") ? BigDecimal.ONE : exchangeRates().converter(d).factor(from, USD));
      }
    }
    return out;
  }

  /** Returns the US regime of the bundled data; checks the rounding the peers assume. */
  public static CustomsRegime regime() {
    CustomsRegime us = data().regime("US");
    if (!us.rounding().duty().equals(Rounding.CENTS_HALF_UP)
        || !us.rounding().fee().equals(Rounding.CENTS_HALF_UP)
        || !us.rounding().value().equals(Rounding.CENTS_HALF_UP)) {
      throw new IllegalStateException("peers assume cents HALF_UP: " + us.rounding());
    }
    return us;
  }

  /**
   * Returns the first {@code count} US scenarios of the standard universe.
   *
   * @param count 1 to 5
   * @return the scenarios
   */
  public static List<Scenario> scenarios(int count) {
    return Universe.standard().scenarios(count);
  }

  /** The five US scenarios as bundled, in the order of {@link #US_SCENARIOS}. */
  static List<Scenario> scenariosOfBundledData() {
    List<Scenario> out = new ArrayList<>();
    for (String name : US_SCENARIOS) {
      out.add(data().scenario(name));
    }
    return out;
  }

  /**
   * Returns the candidates of the standard universe (see {@link Universe}).
   *
   * @return the candidates with their draw weights
   */
  public static List<Candidate> universe() {
    return Universe.standard().candidates();
  }

  /**
   * The flattened layers per {@code code|origin}, one list per scenario in order.
   *
   * @param scenarios scenarios of a universe ({@link Universe#scenarios(int)})
   * @return the layers
   */
  public static Map<String, List<List<FlatRates.Layer>>> rates(List<Scenario> scenarios) {
    return Universe.owning(scenarios).rates(scenarios);
  }

  /**
   * Returns the generated CSV of {@code lines} lines of the standard universe.
   *
   * @param lines number of lines
   * @return the file
   */
  public static Path csv(int lines) {
    return csv(Universe.standard(), lines);
  }

  /**
   * Returns the generated CSV of {@code lines} lines, generating it once into {@code
   * -Dbench.workdir} (default {@code <tmp>/tariff-impact-bench}), named {@code
   * us-<seed>-<fingerprint>-<lines>.csv} for the bundled universe and {@code us-hts-...} for the
   * HTS one.
   *
   * @param universe what to draw from
   * @param lines number of lines
   * @return the file
   */
  public static synchronized Path csv(Universe universe, int lines) {
    Path dir =
        Path.of(
            System.getProperty(
                "bench.workdir",
                Path.of(System.getProperty("java.io.tmpdir"), "tariff-impact-bench").toString()));
    // the name carries a fingerprint of the generator's output, so a changed generator or universe
    // never reuses a stale file
    java.io.StringWriter probe = new java.io.StringWriter();
    generator(universe).write(1_000, probe);
    String fingerprint = Integer.toHexString(probe.toString().hashCode());
    String prefix = universe.name().equals("bundled") ? "us-" : "us-" + universe.name() + "-";
    Path file = dir.resolve(prefix + SEED + "-" + fingerprint + "-" + lines + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "gen", ".csv");
      long start = System.nanoTime();
      generate(universe, tmp, lines);
      System.err.printf(
          "generated %,d lines in %.1f s into %s from the %s%n",
          lines, (System.nanoTime() - start) / 1e9, file, universe.summary());
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes {@code lines} generated lines (seed {@link #SEED}) of the standard universe to a file.
   *
   * @param file the destination
   * @param lines number of lines
   */
  public static void generate(Path file, int lines) {
    generate(Universe.standard(), file, lines);
  }

  /**
   * Writes {@code lines} generated lines (seed {@link #SEED}) to a file.
   *
   * @param universe what to draw from
   * @param file the destination
   * @param lines number of lines
   */
  public static void generate(Universe universe, Path file, int lines) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      generator(universe).write(lines, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SampleGenerator generator(Universe universe) {
    return SampleGenerator.of(SEED, universe.candidates()).withForeignInvoices(true);
  }

  /**
   * Our engine over the first scenarios of the standard universe, aggregates totals and by origin,
   * no line results, no distribution statistics (the work the peers do).
   *
   * @param scenarios how many scenarios
   * @param threads worker threads
   * @return the engine
   */
  public static BatchEngine engine(int scenarios, int threads) {
    return engine(scenarios(scenarios), threads, false);
  }

  /**
   * Our engine over the first scenarios of the standard universe, aggregates by origin.
   *
   * @param scenarios 1 to 5
   * @param threads worker threads
   * @param distributions true to compute distribution statistics too (work the peers do not do)
   * @return the engine
   */
  public static BatchEngine engine(int scenarios, int threads, boolean distributions) {
    return engine(scenarios(scenarios), threads, distributions);
  }

  /**
   * Our engine over the scenarios, aggregates totals and by origin, no line results, no
   * distribution statistics.
   *
   * @param scenarios the scenarios, for example {@link Universe#scenarios(int)}
   * @param threads worker threads
   * @return the engine
   */
  public static BatchEngine engine(List<Scenario> scenarios, int threads) {
    return engine(scenarios, threads, false);
  }

  /**
   * Our engine over the scenarios, aggregates by origin.
   *
   * @param scenarios the scenarios, for example {@link Universe#scenarios(int)}
   * @param threads worker threads
   * @param distributions true to compute distribution statistics too
   * @return the engine
   */
  public static BatchEngine engine(List<Scenario> scenarios, int threads, boolean distributions) {
    BatchEngine.Builder b = BatchEngine.builder().regime(regime()).exchangeRates(exchangeRates());
    for (Scenario s : scenarios) {
      b.scenario(BatchScenario.of(s.name(), s));
    }
    return b.options(
            BatchOptions.builder()
                .threads(threads)
                .executor(pool(threads))
                .groupBy(GroupBy.ORIGIN)
                .distributions(distributions)
                .build())
        .build();
  }

  private static final java.util.Map<Integer, java.util.concurrent.ExecutorService> POOLS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A pool of exactly {@code threads} daemon threads, created once per count and shared by every
   * engine of this JVM, so a trial at 1 thread uses 1 core as the peers do.
   */
  static java.util.concurrent.Executor pool(int threads) {
    return POOLS.computeIfAbsent(
        threads,
        n ->
            java.util.concurrent.Executors.newFixedThreadPool(
                n,
                r -> {
                  Thread t = new Thread(r, "bench-batch");
                  t.setDaemon(true);
                  return t;
                }));
  }

  /** Column positions of a generated file, in the order of {@link #COLUMNS}. */
  static final List<String> COLUMNS =
      List.of(
          ShipmentCsv.ENTRY_ID,
          ShipmentCsv.IMPORTER,
          ShipmentCsv.ORIGIN,
          ShipmentCsv.CODE,
          ShipmentCsv.VALUE,
          ShipmentCsv.CURRENCY,
          ShipmentCsv.QUANTITY,
          ShipmentCsv.UNIT,
          ShipmentCsv.NET_KG,
          ShipmentCsv.FREIGHT,
          ShipmentCsv.INSURANCE,
          ShipmentCsv.INCOTERM,
          ShipmentCsv.MODE,
          ShipmentCsv.ENTRY_DATE,
          "export_date",
          ShipmentCsv.CATEGORY);

  static final int ENTRY = 0;
  static final int ORIGIN = 2;
  static final int CODE = 3;
  static final int VALUE = 4;
  static final int CURRENCY = 5;
  static final int QUANTITY = 6;
  static final int UNIT = 7;
  static final int NET_KG = 8;
  static final int FREIGHT = 9;
  static final int INSURANCE = 10;
  static final int INCOTERM = 11;
  static final int MODE = 12;
  static final int ENTRY_DATE = 13;
  static final int EXPORT_DATE = 14;
  static final int CATEGORY = 15;

  /**
   * Reads every data row of a generated file (no quoting: the generator writes none) into a reused
   * array in {@link #COLUMNS} order.
   *
   * @param csv the file
   * @param row receives each row (the array is reused)
   */
  public static void forEachRow(Path csv, Consumer<String[]> row) {
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String[] header = r.readLine().split(",", -1);
      if (!List.of(header).equals(COLUMNS)) {
        throw new IllegalStateException("unexpected header " + List.of(header));
      }
      String[] cells = new String[header.length];
      String line;
      while ((line = r.readLine()) != null) {
        int from = 0;
        for (int i = 0; i < cells.length; i++) {
          int to = i == cells.length - 1 ? line.length() : line.indexOf(',', from);
          cells[i] = line.substring(from, to);
          from = to + 1;
        }
        row.accept(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a generated file into the in-memory input of our engine (codes and dates shared).
   *
   * @param csv the file
   * @return the lines
   */
  public static List<BatchLine> batchLines(Path csv) {
    return batchLines(csv, false);
  }

  /**
   * Reads a generated file into the in-memory input of our engine.
   *
   * @param csv the file
   * @param massInKg when true, a quantity in another mass unit (g, carat) is converted exactly to
   *     kg: the engine's in-memory path keeps only kg lines on its fast path (see RESULTS.md), the
   *     CSV path converts itself
   * @return the lines
   */
  public static List<BatchLine> batchLines(Path csv, boolean massInKg) {
    List<BatchLine> out = new ArrayList<>();
    Map<String, ProductCode> codes = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    Map<String, Unit> units = new HashMap<>();
    Map<String, String> strings = new HashMap<>();
    Map<String, Currency> currencies = new HashMap<>();
    String[] lastEntry = {""};
    forEachRow(
        csv,
        c -> {
          String entry = c[ENTRY].equals(lastEntry[0]) ? lastEntry[0] : c[ENTRY];
          lastEntry[0] = entry;
          ShipmentLine.Builder b =
              ShipmentLine.builder(
                      codes.computeIfAbsent(c[CODE], ProductCode::parse),
                      strings.computeIfAbsent(c[ORIGIN], k -> k))
                  .value(
                      new BigDecimal(c[VALUE]),
                      currencies.computeIfAbsent(c[CURRENCY], Currency::getInstance))
                  .incoterm(Incoterm.valueOf(c[INCOTERM]))
                  .transportMode(TransportMode.valueOf(c[MODE]))
                  .entryDate(dates.computeIfAbsent(c[ENTRY_DATE], LocalDate::parse))
                  .exportDate(dates.computeIfAbsent(c[EXPORT_DATE], LocalDate::parse))
                  .quantity(
                      quantity(
                          new BigDecimal(c[QUANTITY]),
                          units.computeIfAbsent(c[UNIT], Unit::parse),
                          massInKg));
          if (!c[NET_KG].isEmpty()) {
            b.quantity(Quantity.of(new BigDecimal(c[NET_KG]), Unit.KG));
          }
          decimal(c[FREIGHT]).ifPresent(b::freight);
          decimal(c[INSURANCE]).ifPresent(b::insurance);
          out.add(
              new BatchLine(entry, "US", strings.computeIfAbsent(c[CATEGORY], k -> k), b.build()));
        });
    return out;
  }

  private static Quantity quantity(BigDecimal amount, Unit unit, boolean massInKg) {
    if (massInKg && unit.dimension() == Dimension.MASS && unit != Unit.KG) {
      return Quantity.of(unit.convert(amount, Unit.KG), Unit.KG);
    }
    return Quantity.of(amount, unit);
  }

  static Optional<BigDecimal> decimal(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
  }
}
