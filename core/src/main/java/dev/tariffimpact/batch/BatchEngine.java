package dev.tariffimpact.batch;

import dev.tariffimpact.batch.internal.Accumulator;
import dev.tariffimpact.batch.internal.Chunk;
import dev.tariffimpact.batch.internal.ChunkResult;
import dev.tariffimpact.batch.internal.Evaluator;
import dev.tariffimpact.batch.internal.Fixed;
import dev.tariffimpact.batch.internal.GroupKey;
import dev.tariffimpact.batch.internal.Memo;
import dev.tariffimpact.batch.internal.RowParser;
import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.EntryType;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Scenario;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Assesses millions of shipment lines under several scenarios at once: streamed in chunks, in
 * parallel, exactly as the single-line {@link dev.tariffimpact.customs.Assessor} would, with
 * aggregates and a reject for every row that cannot be assessed.
 *
 * <pre>{@code
 * BatchEngine engine = BatchEngine.builder()
 *     .regime(CustomsRegime.US).regime(CustomsRegime.IN)
 *     .exchangeRates(rates)
 *     .scenario(BatchScenario.of("before", usBefore, inBefore))
 *     .scenario(BatchScenario.of("after", usAfter, inAfter))
 *     .options(BatchOptions.builder().groupBy(GroupBy.CATEGORY).build())
 *     .build();
 * BatchResult result = engine.run(Path.of("shipments.csv"), Path.of("out"));
 * }</pre>
 *
 * <p>Each scenario is compiled once per importer. Every chunk is parsed into columns and assessed
 * by a worker; results are committed in input order, so outputs and aggregates are identical
 * whatever the thread count. See {@code docs/batch.md} for the format, the exactness argument and
 * measured throughput.
 *
 * <p>This class is immutable and thread-safe; each run uses its own threads. The engine memoises
 * the tariff plan of each (importer, code, origin) and scenario, and each exchange rate it uses,
 * across runs: pure functions of its schedules and rates, so a second run over the same codes skips
 * the schedule lookups (about one per distinct code and origin and scenario).
 */
public final class BatchEngine {

  private static final Consumer<LineResult> NO_LINES = line -> {};

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final List<String> scenarioNames;
  private final Map<String, CustomsRegime> regimes;
  private final Map<String, String> currencies = new HashMap<>();
  private final Map<String, CompiledSchedule[]> schedules;
  private final ExchangeRates rates;
  private final BatchOptions options;
  private final int base;
  private final boolean fastPath;
  private final Evaluator evaluator;
  private final CategoryCatalog categories;
  private final Map<ProductCode, String> categoryByCode = new ConcurrentHashMap<>();

  private BatchEngine(Builder b) {
    if (b.scenarios.isEmpty()) {
      throw new IllegalStateException("a batch needs at least one scenario");
    }
    this.scenarioNames = b.scenarios.stream().map(BatchScenario::name).toList();
    if (Set.copyOf(scenarioNames).size() != scenarioNames.size()) {
      throw new IllegalArgumentException("scenario names must differ: " + scenarioNames);
    }
    this.options = b.options;
    this.rates = b.rates;
    this.fastPath = b.fastPath;
    this.categories = b.categories;
    String baseName =
        options.baseScenario() == null ? scenarioNames.get(0) : options.baseScenario();
    this.base = scenarioNames.indexOf(baseName);
    if (base < 0) {
      throw new IllegalArgumentException(
          "base scenario '" + baseName + "' is not one of " + scenarioNames);
    }
    Map<String, CompiledSchedule[]> compiled = new HashMap<>();
    for (int s = 0; s < b.scenarios.size(); s++) {
      for (Map.Entry<String, Scenario> e : b.scenarios.get(s).byImporter().entrySet()) {
        compiled.computeIfAbsent(e.getKey(), k -> new CompiledSchedule[b.scenarios.size()])[s] =
            e.getValue().compile();
      }
    }
    Map<String, CompiledSchedule[]> complete = new HashMap<>();
    compiled.forEach(
        (importer, array) -> {
          if (Arrays.stream(array).allMatch(Objects::nonNull) && b.regimes.containsKey(importer)) {
            complete.put(importer, array);
          }
        });
    if (complete.isEmpty()) {
      throw new IllegalStateException(
          "no importer has both a regime and a scenario in every batch scenario");
    }
    this.schedules = Map.copyOf(complete);
    this.regimes = Map.copyOf(b.regimes);
    regimes.forEach((k, v) -> currencies.put(k, v.currency().getCurrencyCode()));
    // one evaluator for the engine's life: its memo of tariff plans per (code, origin) and of
    // exchange rates serves every run (a pure function of the engine's schedules and rates)
    this.evaluator = new Evaluator(scenarioNames, regimes, schedules, rates, fastPath);
  }

  /**
   * Starts an engine.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scenario names.
   *
   * @return in order
   */
  public List<String> scenarios() {
    return scenarioNames;
  }

  /**
   * Returns the importers the engine can assess (a regime and a scenario in every batch scenario).
   *
   * @return for example {@code [IN, US]}
   */
  public Set<String> importers() {
    return schedules.keySet();
  }

  /**
   * Runs a shipment CSV file, aggregates only.
   *
   * @param csv the shipment file (see {@link ShipmentCsv})
   * @return the result
   * @throws BatchException if the file cannot be read or has no valid header, or on the first
   *     reject in fail-fast mode
   */
  public BatchResult run(Path csv) {
    return run(csv, NO_LINES, reject -> {});
  }

  /**
   * Runs a shipment CSV file and writes {@code aggregates.csv}, {@code aggregates.json}, {@code
   * rejects.csv} and (if {@link BatchOptions#lineResults()}) {@code lines.csv} into a directory.
   *
   * @param csv the shipment file
   * @param outputDirectory created if missing
   * @return the result
   * @throws BatchException if a file cannot be read or written, or on fail-fast
   */
  public BatchResult run(Path csv, Path outputDirectory) {
    return run(csv, BatchOutput.to(outputDirectory));
  }

  /**
   * Runs a shipment CSV file and writes the outputs and the manifest {@code run.json} all or
   * nothing (see {@link BatchOutput}); refuses an output that is the input file.
   *
   * @param csv the shipment file, read once
   * @param output the output folder and the other inputs to record
   * @return the result
   * @throws BatchException if a file cannot be read or written, an output is an input, or on
   *     fail-fast
   */
  public BatchResult run(Path csv, BatchOutput output) {
    Objects.requireNonNull(csv, "csv");
    try (InputStream in = Files.newInputStream(csv)) {
      return run(in, csv.toString(), output.withSource(csv));
    } catch (IOException e) {
      throw new BatchException("cannot read shipment file " + csv + ": " + e, e);
    }
  }

  /**
   * Runs a shipment CSV stream and writes the outputs into a directory, as {@link #run(Path, Path)}
   * does; lets a caller wrap the stream (for example to show progress by bytes read).
   *
   * @param in the CSV stream, not closed
   * @param name the name used in messages, for example the file name
   * @param outputDirectory created if missing
   * @return the result; {@code read == assessed + rejected}
   * @throws BatchException if the input cannot be read or the output cannot be written
   */
  public BatchResult run(InputStream in, String name, Path outputDirectory) {
    return run(in, name, BatchOutput.to(outputDirectory));
  }

  /**
   * Runs a shipment CSV stream and writes the outputs all or nothing: to temporary files in the
   * output folder, moved into place with the manifest {@code run.json} last only when the run
   * succeeds; a failed run leaves the folder's previous set as it was.
   *
   * @param in the CSV stream, not closed
   * @param name the name used in messages, for example the file name
   * @param output the output folder, the input files to protect and record
   * @return the result; {@code read == assessed + rejected}
   * @throws BatchException if the input cannot be read, an output is an input, the folder is in use
   *     by another run, or an output cannot be written
   */
  public BatchResult run(InputStream in, String name, BatchOutput output) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(output, "output");
    try (BatchWriters w = BatchWriters.open(output, options, scenarioNames)) {
      BatchResult result =
          run(w.source(in), name, options.lineResults() ? w::line : NO_LINES, w::reject);
      w.commit(result);
      return result;
    } catch (IOException e) {
      throw new BatchException("cannot write batch output to " + output.directory() + ": " + e, e);
    }
  }

  /**
   * Runs a shipment CSV file, streaming per-line results and rejects in input order.
   *
   * @param csv the shipment file
   * @param lines receives each line's result under each scenario (called on the calling thread)
   * @param rejects receives every reject in row order
   * @return the result
   * @throws BatchException if the file cannot be read, or on fail-fast
   */
  public BatchResult run(Path csv, Consumer<LineResult> lines, Consumer<Reject> rejects) {
    Objects.requireNonNull(csv, "csv");
    try (InputStream in = Files.newInputStream(csv)) {
      return run(in, csv.toString(), lines, rejects);
    } catch (IOException e) {
      throw new BatchException("cannot read shipment file " + csv + ": " + e, e);
    }
  }

  /**
   * Runs shipment CSV text from a stream (UTF-8, BOM allowed).
   *
   * @param in the stream, not closed
   * @param name the source name for messages
   * @param lines receives each line's result under each scenario
   * @param rejects receives every reject in row order
   * @return the result
   * @throws BatchException if the input cannot be read, or on fail-fast
   */
  public BatchResult run(
      InputStream in, String name, Consumer<LineResult> lines, Consumer<Reject> rejects) {
    Objects.requireNonNull(in, "in");
    Reader reader;
    try {
      reader = utf8(in);
    } catch (IOException e) {
      throw new BatchException("cannot read " + name + ": " + e, e);
    }
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(reader)) {
      if (!it.hasNextValue()) {
        throw new BatchException(name + ": empty file, a header row is required", null);
      }
      RowParser parser;
      try {
        parser = new RowParser(it.nextValue(), schedules.keySet());
      } catch (IllegalArgumentException e) {
        throw new BatchException(name + " row 1: " + e.getMessage(), e);
      }
      int idColumn = parser.entryIdColumn();
      Run run = new Run(lines, rejects);
      long row = 1;
      try {
        List<String[]> batch = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        String last = null;
        long sequence = 0;
        while (it.hasNextValue()) {
          String[] cells = it.nextValue();
          row++;
          String id = idColumn < cells.length ? cells[idColumn].strip() : "";
          if (batch.size() >= options.chunkSize() && !id.equals(last)) {
            run.submit(parse(parser, sequence++, batch, numbers));
            batch = new ArrayList<>();
            numbers = new ArrayList<>();
          }
          batch.add(cells);
          numbers.add(row);
          last = id;
        }
        if (!batch.isEmpty()) {
          run.submit(parse(parser, sequence, batch, numbers));
        }
      } catch (JacksonException e) {
        run.abort();
        throw new BatchException(
            name + " after row " + row + ": malformed CSV: " + e.getOriginalMessage(), e);
      } catch (RuntimeException e) {
        run.abort();
        throw e;
      }
      return run.finish();
    } catch (JacksonException e) {
      throw new BatchException(name + ": malformed CSV: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Runs lines built in code; consecutive lines with the same entry id form one entry.
   *
   * @param input the lines, numbered from row 1
   * @return the result
   * @throws BatchException on fail-fast
   */
  public BatchResult run(List<BatchLine> input) {
    return run(input, NO_LINES);
  }

  /**
   * Runs lines built in code, streaming per-line results in input order.
   *
   * @param input the lines, numbered from row 1
   * @param lines receives each line's result under each scenario
   * @return the result
   * @throws BatchException on fail-fast
   */
  public BatchResult run(List<BatchLine> input, Consumer<LineResult> lines) {
    Objects.requireNonNull(input, "input");
    Run run = new Run(lines, reject -> {});
    int start = 0;
    long sequence = 0;
    while (start < input.size()) {
      int end = Math.min(start + options.chunkSize(), input.size());
      while (end < input.size() && input.get(end).entryId().equals(input.get(end - 1).entryId())) {
        end++;
      }
      List<BatchLine> slice = input.subList(start, end);
      long first = start + 1L;
      long seq = sequence++;
      run.submit(
          () -> {
            Chunk chunk = new Chunk(seq, slice.size());
            RowParser.fromLines(chunk, slice, first);
            return chunk;
          });
      start = end;
    }
    return run.finish();
  }

  /**
   * Runs lines converted up front (see {@link ShipmentColumns}): the same results as {@link
   * #run(List)} on the same lines, without converting them again. The columns' chunks are the units
   * of work ({@link BatchOptions#chunkSize()} does not apply).
   *
   * @param input the columns
   * @return the result
   * @throws BatchException on fail-fast
   */
  public BatchResult run(ShipmentColumns input) {
    return run(input, NO_LINES);
  }

  /**
   * Runs lines converted up front, streaming per-line results in input order.
   *
   * @param input the columns
   * @param lines receives each line's result under each scenario
   * @return the result
   * @throws BatchException on fail-fast
   */
  public BatchResult run(ShipmentColumns input, Consumer<LineResult> lines) {
    Objects.requireNonNull(input, "input");
    Run run = new Run(lines, reject -> {});
    run.keyed = evaluator.keyedPlans(input.keys());
    for (Chunk chunk : input.chunks()) {
      run.submit(() -> chunk);
    }
    return run.finish();
  }

  /**
   * Runs entries built in code; entry {@code k} (from 0) gets the id {@code "E<k+1>"} and its lines
   * are numbered as rows in order from 1. Categories come from the catalog set with {@link
   * Builder#categories}, else are empty.
   *
   * @param entries formal entries
   * @param lines receives each line's result under each scenario
   * @return the result
   * @throws IllegalArgumentException if an entry is informal (the batch assesses formal entries)
   * @throws BatchException on fail-fast
   */
  public BatchResult runEntries(List<Entry> entries, Consumer<LineResult> lines) {
    Objects.requireNonNull(entries, "entries");
    List<BatchLine> input = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      Entry e = entries.get(k);
      if (e.type() != EntryType.FORMAL) {
        throw new IllegalArgumentException(
            "entry " + (k + 1) + " is " + e.type() + "; the batch assesses formal entries");
      }
      for (ShipmentLine line : e.lines()) {
        input.add(new BatchLine("E" + (k + 1), e.importer(), "", line));
      }
    }
    return run(input, lines);
  }

  private static java.util.concurrent.Callable<Chunk> parse(
      RowParser parser, long sequence, List<String[]> rows, List<Long> numbers) {
    long[] n = numbers.stream().mapToLong(Long::longValue).toArray();
    return () -> {
      Chunk chunk = new Chunk(sequence, rows.size());
      parser.parse(chunk, rows, n);
      return chunk;
    };
  }

  private static Reader utf8(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** One run: the worker pool, the in-order commit and the totals. */
  private final class Run {
    private final Consumer<LineResult> lineSink;
    private final Consumer<Reject> rejectSink;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Committable>> inFlight = new ArrayDeque<>();
    private final Map<GroupKey, Accumulator[]> totals = new HashMap<>();
    private final List<Reject> kept = new ArrayList<>();
    private Evaluator.KeyedPlans keyed;
    private long read;
    private long assessed;
    private long rejected;
    private long fallback;
    private long chunks;

    Run(Consumer<LineResult> lines, Consumer<Reject> rejects) {
      this.lineSink = Objects.requireNonNull(lines, "lines");
      this.rejectSink = Objects.requireNonNull(rejects, "rejects");
      this.pool =
          Executors.newFixedThreadPool(
              options.threads(),
              r -> {
                Thread t = new Thread(r, "tariff-impact-batch");
                t.setDaemon(true);
                return t;
              });
    }

    void submit(java.util.concurrent.Callable<Chunk> parse) {
      inFlight.add(
          pool.submit(
              () -> {
                Chunk chunk = parse.call();
                ChunkResult result = evaluator.evaluate(chunk, keyed);
                categorise(result);
                return new Committable(result, aggregate(result));
              }));
      while (inFlight.size() > options.threads() * 2L) {
        commit(take());
      }
    }

    private Committable take() {
      try {
        return inFlight.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
        throw new BatchException("batch interrupted", e);
      } catch (ExecutionException e) {
        pool.shutdownNow();
        Throwable cause = e.getCause();
        if (cause instanceof BatchException be) {
          throw be;
        }
        throw new BatchException("batch failed: " + cause, cause);
      }
    }

    private void commit(Committable c) {
      ChunkResult r = c.result;
      chunks++;
      int assessedHere = 0;
      for (boolean b : r.assessed) {
        if (b) {
          assessedHere++;
        }
      }
      read += r.chunk.size + r.chunk.rejects.size();
      assessed += assessedHere;
      rejected += r.rejects.size();
      fallback += r.fallbackLines;
      for (Reject reject : r.rejects) {
        if (options.failFast()) {
          pool.shutdownNow();
          throw new BatchException(
              "row " + reject.row() + " rejected (fail-fast): " + reject.reason(), null);
        }
        rejectSink.accept(reject);
        if (kept.size() < options.rejectsKept()) {
          kept.add(reject);
        }
      }
      c.partial.forEach(
          (k, v) -> {
            Accumulator[] t = totals.get(k);
            if (t == null) {
              totals.put(k, v);
            } else {
              for (int s = 0; s < t.length; s++) {
                t[s].merge(v[s]);
              }
            }
          });
      emitLines(r);
    }

    void abort() {
      pool.shutdownNow();
    }

    BatchResult finish() {
      try {
        while (!inFlight.isEmpty()) {
          commit(take());
        }
      } finally {
        pool.shutdownNow();
      }
      TreeMap<GroupKey, Accumulator[]> sorted = new TreeMap<>(GroupKey.ORDER);
      sorted.putAll(totals);
      List<Aggregate> aggregates = new ArrayList<>();
      int groupings = options.groupings().size();
      for (int g = 0; g < groupings; g++) {
        for (int s = 0; s < scenarioNames.size(); s++) {
          for (Map.Entry<GroupKey, Accumulator[]> e : sorted.entrySet()) {
            if (e.getKey().grouping() == g) {
              aggregates.add(toAggregate(e.getKey(), s, e.getValue()[s]));
            }
          }
        }
      }
      return new BatchResult(
          scenarioNames, read, assessed, rejected, fallback, chunks, kept, aggregates);
    }

    private void emitLines(ChunkResult r) {
      if (lineSink == NO_LINES) {
        return;
      }
      Chunk c = r.chunk;
      for (int i = 0; i < c.size; i++) {
        if (!r.assessed[i]) {
          continue;
        }
        String currency = currencies.get(c.importer[i]);
        for (int s = 0; s < scenarioNames.size(); s++) {
          long charges = r.duty[s][i] + r.fees[s][i] + r.taxes[s][i];
          long baseCharges = r.duty[base][i] + r.fees[base][i] + r.taxes[base][i];
          lineSink.accept(
              new LineResult(
                  c.row[i],
                  c.entryId[i],
                  c.importer[i],
                  c.origin[i],
                  c.code[i].toString(),
                  r.category[i],
                  scenarioNames.get(s),
                  currency,
                  money(r.customsValue[i]),
                  money(r.duty[s][i]),
                  money(r.fees[s][i]),
                  money(r.taxes[s][i]),
                  r.cif[i] == Fixed.ABSENT ? null : money(r.cif[i] + charges),
                  money(charges - baseCharges)));
        }
      }
    }
  }

  /**
   * Fills empty categories from the catalog (memoised per code) into a copy: the chunk may be
   * shared by runs with different catalogs.
   */
  private void categorise(ChunkResult r) {
    if (categories == null) {
      return;
    }
    Chunk chunk = r.chunk;
    String[] filled = null;
    for (int i = 0; i < chunk.size; i++) {
      if (chunk.category[i].isEmpty()) {
        if (filled == null) {
          filled = Arrays.copyOf(chunk.category, chunk.size);
        }
        filled[i] =
            Memo.get(
                categoryByCode,
                chunk.code[i],
                code -> categories.categoryOf(code).map(Category::name).orElse(""));
      }
    }
    if (filled != null) {
      r.category = filled;
    }
  }

  private record Committable(ChunkResult result, Map<GroupKey, Accumulator[]> partial) {}

  /** Aggregates one chunk (on the worker thread): one accumulator per group and scenario. */
  private Map<GroupKey, Accumulator[]> aggregate(ChunkResult r) {
    Chunk c = r.chunk;
    Map<GroupKey, Accumulator[]> partial = new HashMap<>();
    List<Set<GroupBy>> groupings = options.groupings();
    int scenarios = scenarioNames.size();
    boolean[][] by = new boolean[groupings.size()][GroupBy.values().length];
    for (int g = 0; g < groupings.size(); g++) {
      for (GroupBy d : groupings.get(g)) {
        by[g][d.ordinal()] = true;
      }
    }
    int category = GroupBy.CATEGORY.ordinal();
    int chapter = GroupBy.CHAPTER.ordinal();
    int origin = GroupBy.ORIGIN.ordinal();
    int importer = GroupBy.IMPORTER.ordinal();
    boolean distributions = options.distributions();
    double[] rateStatistic = new double[scenarios];
    int[] rateBucket = new int[scenarios];
    double[] deltaStatistic = new double[scenarios];
    int[] deltaBucket = new int[scenarios];
    long[] deltas = new long[scenarios];
    GroupKey[] lastKey = new GroupKey[groupings.size()];
    Accumulator[][] lastAcc = new Accumulator[groupings.size()][];
    for (int i = 0; i < c.size; i++) {
      if (!r.assessed[i]) {
        continue;
      }
      String currency = currencies.get(c.importer[i]);
      long baseCharges = r.duty[base][i] + r.fees[base][i] + r.taxes[base][i];
      long cv = r.customsValue[i];
      // Doubles feed only the distribution statistics (mean, sd, percentiles); every money total
      // stays exact in long units (deltas[], the accumulators).
      for (int s = 0; s < scenarios; s++) {
        long delta = r.duty[s][i] + r.fees[s][i] + r.taxes[s][i] - baseCharges;
        deltas[s] = delta;
        if (distributions) {
          rateStatistic[s] = cv > 0 ? (double) r.duty[s][i] * 100.0 / (double) cv : Double.NaN;
          rateBucket[s] = Accumulator.bucket(rateStatistic[s]);
          deltaStatistic[s] = delta / 10_000.0;
          deltaBucket[s] = Accumulator.bucket(deltaStatistic[s]);
        }
      }
      for (int g = 0; g < by.length; g++) {
        boolean[] b = by[g];
        String kCategory = b[category] ? r.category[i] : null;
        String kChapter = b[chapter] ? CHAPTERS[c.code[i].chapter()] : null;
        String kOrigin = b[origin] ? c.origin[i] : null;
        String kImporter = b[importer] ? c.importer[i] : null;
        GroupKey last = lastKey[g];
        // consecutive lines (an entry's) mostly fall in the same group: skip the hash lookup
        if (last != null
            && Objects.equals(last.currency(), currency)
            && Objects.equals(last.category(), kCategory)
            && Objects.equals(last.chapter(), kChapter)
            && Objects.equals(last.origin(), kOrigin)
            && Objects.equals(last.importer(), kImporter)) {
          add(
              lastAcc[g],
              scenarios,
              i,
              r,
              cv,
              deltas,
              rateStatistic,
              rateBucket,
              deltaStatistic,
              deltaBucket);
          continue;
        }
        GroupKey key = new GroupKey(g, currency, kCategory, kChapter, kOrigin, kImporter);
        Accumulator[] acc = partial.get(key);
        if (acc == null) {
          acc = new Accumulator[scenarios];
          for (int s = 0; s < scenarios; s++) {
            acc[s] = new Accumulator(distributions);
          }
          partial.put(key, acc);
        }
        lastKey[g] = key;
        lastAcc[g] = acc;
        add(
            acc,
            scenarios,
            i,
            r,
            cv,
            deltas,
            rateStatistic,
            rateBucket,
            deltaStatistic,
            deltaBucket);
      }
    }
    return partial;
  }

  private static void add(
      Accumulator[] acc,
      int scenarios,
      int i,
      ChunkResult r,
      long cv,
      long[] deltas,
      double[] rateStatistic,
      int[] rateBucket,
      double[] deltaStatistic,
      int[] deltaBucket) {
    for (int s = 0; s < scenarios; s++) {
      acc[s].add(
          cv,
          r.cif[i],
          r.duty[s][i],
          r.fees[s][i],
          r.taxes[s][i],
          deltas[s],
          rateStatistic[s],
          rateBucket[s],
          deltaStatistic[s],
          deltaBucket[s]);
    }
  }

  private static final String[] CHAPTERS = new String[100];

  static {
    for (int i = 0; i < 100; i++) {
      CHAPTERS[i] = i < 10 ? "0" + i : Integer.toString(i);
    }
  }

  private Aggregate toAggregate(GroupKey k, int scenario, Accumulator a) {
    BigDecimal cv = money(a.customsValue());
    BigDecimal duty = money(a.duty());
    return new Aggregate(
        scenarioNames.get(scenario),
        k.currency(),
        k.category(),
        k.chapter(),
        k.origin(),
        k.importer(),
        a.lines(),
        cv,
        duty,
        money(a.fees()),
        money(a.taxes()),
        a.landedUnknown() > 0 ? null : money(a.landed()),
        a.landedUnknown(),
        money(a.delta()),
        cv.signum() == 0
            ? null
            : duty.multiply(BigDecimal.valueOf(100)).divide(cv, 4, RoundingMode.HALF_EVEN),
        a.rates(),
        a.deltas());
  }

  private static BigDecimal money(long unscaled) {
    BigDecimal d = BigDecimal.valueOf(unscaled, Fixed.MONEY_SCALE);
    return unscaled % 100 == 0 ? d.setScale(2, RoundingMode.UNNECESSARY) : d;
  }

  /** Collects the engine's parts; not thread-safe. */
  public static final class Builder {
    private final Map<String, CustomsRegime> regimes = new LinkedHashMap<>();
    private final List<BatchScenario> scenarios = new ArrayList<>();
    private ExchangeRates rates = ExchangeRates.none();
    private BatchOptions options = BatchOptions.defaults();
    private boolean fastPath = true;
    private CategoryCatalog categories;

    private Builder() {}

    /**
     * Sets the catalog that names the category of lines whose {@code category} is empty (or
     * absent), so aggregates by category work on files without that column.
     *
     * @param catalog for example the US side of the bundled categories
     * @return this builder
     */
    public Builder categories(CategoryCatalog catalog) {
      this.categories = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Adds the regime of an importer.
     *
     * @param regime for example {@link CustomsRegime#US}
     * @return this builder
     */
    public Builder regime(CustomsRegime regime) {
      Objects.requireNonNull(regime, "regime");
      regimes.put(regime.importer(), regime);
      return this;
    }

    /**
     * Sets the exchange rates.
     *
     * @param value the rates
     * @return this builder
     */
    public Builder exchangeRates(ExchangeRates value) {
      this.rates = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds a scenario; the first is the base of deltas unless the options name another.
     *
     * @param scenario the scenario
     * @return this builder
     */
    public Builder scenario(BatchScenario scenario) {
      scenarios.add(Objects.requireNonNull(scenario, "scenario"));
      return this;
    }

    /**
     * Sets the options.
     *
     * @param value the options
     * @return this builder
     */
    public Builder options(BatchOptions value) {
      this.options = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Turns the fixed-point fast path off, so every entry goes through the Assessor (slower, for
     * comparisons).
     *
     * @param value false to disable it
     * @return this builder
     */
    public Builder fastPath(boolean value) {
      this.fastPath = value;
      return this;
    }

    /**
     * Builds the engine, compiling every scenario once per importer.
     *
     * @return the engine
     * @throws IllegalStateException if there is no scenario, or no importer has a regime and a
     *     scenario in every batch scenario
     * @throws IllegalArgumentException if scenario names repeat or the base scenario is unknown
     */
    public BatchEngine build() {
      return new BatchEngine(this);
    }
  }
}
