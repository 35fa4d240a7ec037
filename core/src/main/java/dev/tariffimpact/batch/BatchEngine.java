package dev.tariffimpact.batch;

import dev.tariffimpact.batch.internal.Aggregator;
import dev.tariffimpact.batch.internal.Chunk;
import dev.tariffimpact.batch.internal.ChunkEvaluator;
import dev.tariffimpact.batch.internal.ChunkResult;
import dev.tariffimpact.batch.internal.Memo;
import dev.tariffimpact.batch.internal.PlanTable;
import dev.tariffimpact.batch.internal.RunPipeline;
import dev.tariffimpact.batch.internal.SampleCheck;
import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * BatchResult result = engine.run(BatchInput.csv(Path.of("shipments.csv")), Path.of("out"));
 * }</pre>
 *
 * <p>Each scenario is compiled once per importer. Every chunk is parsed into columns and assessed
 * on the options' executor; results are committed in input order, so outputs and aggregates are
 * identical whatever the thread count. See {@code docs/batch.md} for the format, the exactness
 * argument and measured throughput.
 *
 * <p>This class is immutable and thread-safe. The engine memoises the line plan of each (importer,
 * code, origin class) and scenario, and each exchange rate it uses, across runs: pure functions of
 * its schedules and rates.
 */
public final class BatchEngine {

  /** The seed of {@link BatchOptions#verifySample}'s sample: the same entries on every run. */
  private static final long VERIFY_SEED = 20261129L;

  private final List<String> scenarioNames;
  private final Map<String, String> currencies = new HashMap<>();
  private final Map<String, CompiledSchedule[]> schedules;
  private final BatchOptions options;
  private final int base;
  private final ChunkEvaluator evaluator;
  private final ResultAssembler assembler;
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
    Map<String, CustomsRegime> regimes = Map.copyOf(b.regimes);
    regimes.forEach((k, v) -> currencies.put(k, v.currency().getCurrencyCode()));
    Map<String, Integer> scales = new HashMap<>();
    regimes.forEach(
        (k, v) ->
            scales.merge(v.currency().getCurrencyCode(), ResultAssembler.moneyScale(v), Math::max));
    // one plan table for the engine's life: its memo of plans per (code, origin class) and of
    // exchange rates serves every run (a pure function of the engine's schedules and rates)
    this.evaluator =
        new ChunkEvaluator(
            scenarioNames,
            new PlanTable(regimes, schedules, b.rates, b.contentDefault),
            b.fastPath);
    this.assembler = new ResultAssembler(scenarioNames, currencies, scales, base);
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
   * Runs an input, aggregates only.
   *
   * @param input what to read
   * @return the result; {@code read == assessed + rejected}
   * @throws BatchException if the input cannot be read or has no valid header, or on the first
   *     reject in fail-fast mode
   * @throws IllegalArgumentException if an entry of {@link BatchInput#entries} is informal
   */
  public BatchResult run(BatchInput input) {
    return run(input, BatchSink.none());
  }

  /**
   * Runs an input and writes {@code aggregates.csv}, {@code aggregates.json}, {@code rejects.csv},
   * (if {@link BatchOptions#lineResults()}) {@code lines.csv} and the manifest {@code run.json}
   * into a directory, all or nothing (see {@link BatchOutput}).
   *
   * @param input what to read
   * @param outputDirectory created if missing
   * @return the result
   * @throws BatchException if the input cannot be read, the output cannot be written, an output is
   *     the input file, or on fail-fast
   */
  public BatchResult run(BatchInput input, Path outputDirectory) {
    return run(input, BatchOutput.to(outputDirectory));
  }

  /**
   * Runs an input and writes the outputs all or nothing: to temporary files in the output folder,
   * moved into place with the manifest {@code run.json} last only when the run succeeds; a failed
   * or killed run leaves the folder's previous set as it was. A CSV input is read once, through a
   * digest that {@code run.json} records; a CSV file is refused as an output.
   *
   * @param input what to read
   * @param output the output folder, the input files to protect and record
   * @return the result; {@code read == assessed + rejected}
   * @throws BatchException if the input cannot be read, an output is an input, the folder is in use
   *     by another run, an output cannot be written, or on fail-fast
   */
  public BatchResult run(BatchInput input, BatchOutput output) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    BatchOutput target = input.file() != null ? output.withSource(input.file()) : output;
    try (BatchWriters w = BatchWriters.open(target, options, scenarioNames)) {
      BatchSink sink = BatchSink.of(options.lineResults() ? w::line : null, w::reject);
      BatchResult result;
      if (input.file() != null) {
        Path file = input.file();
        InputStream in;
        try {
          in = Files.newInputStream(file);
        } catch (IOException e) {
          throw new BatchException("cannot read shipment file " + file + ": " + e, e);
        }
        try (in) {
          result = run(BatchInput.csv(w.source(in), input.name()), sink);
        }
      } else if (input.stream() != null) {
        result = run(BatchInput.csv(w.source(input.stream()), input.name()), sink);
      } else {
        result = run(input, sink);
      }
      w.commit(result);
      return result;
    } catch (IOException e) {
      throw new BatchException("cannot write batch output to " + output.directory() + ": " + e, e);
    }
  }

  /**
   * Runs an input, streaming per-line results and rejects in input order to a sink.
   *
   * @param input what to read
   * @param sink receives line results and rejects on the calling thread
   * @return the result; {@code read == assessed + rejected}
   * @throws BatchException if the input cannot be read or has no valid header, or on fail-fast
   * @throws IllegalArgumentException if an entry of {@link BatchInput#entries} is informal
   */
  public BatchResult run(BatchInput input, BatchSink sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    RunPipeline run =
        new RunPipeline(
            evaluator,
            new Aggregator(
                options.groupings(),
                scenarioNames.size(),
                base,
                options.distributions(),
                currencies),
            this::categorise,
            executor(),
            options.threads(),
            options.failFast(),
            options.rejectsKept(),
            new RunPipeline.Committer() {
              @Override
              public void lines(ChunkResult result) {
                if (sink.wantsLines()) {
                  assembler.emitLines(result, sink);
                }
              }

              @Override
              public void reject(Reject reject) {
                sink.reject(reject);
              }
            });
    if (options.verifySample() > 0) {
      run.verify(new SampleCheck(options.verifySample(), VERIFY_SEED, evaluator));
    }
    input.feed(run, schedules.keySet(), options, scenarioNames.size());
    return assembler.result(run.finish(), options.groupings().size());
  }

  private Executor executor() {
    return options.executor() != null ? options.executor() : DefaultExecutor.POOL;
  }

  /**
   * The executor of engines whose options name none: one pool of daemon threads, one per core,
   * shared by every run (created on first use, never per run).
   */
  private static final class DefaultExecutor {
    static final ExecutorService POOL =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "tariff-impact-batch");
              t.setDaemon(true);
              return t;
            });
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

  /** Collects the engine's parts; not thread-safe. */
  public static final class Builder {
    private final Map<String, CustomsRegime> regimes = new LinkedHashMap<>();
    private final List<BatchScenario> scenarios = new ArrayList<>();
    private ExchangeRates rates = ExchangeRates.none();
    private dev.tariffimpact.customs.ContentDefault contentDefault;
    private BatchOptions options = BatchOptions.defaults();
    private boolean fastPath = true;
    private CategoryCatalog categories;
    private final Set<String> given = new java.util.HashSet<>();

    private Builder() {}

    /** Refuses a setting given twice: the second would silently replace the first. */
    private void once(String setting) {
      if (!given.add(setting)) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    /**
     * Sets the catalog that names the category of lines whose {@code category} is empty (or
     * absent), so aggregates by category work on files without that column.
     *
     * @param catalog for example the US side of the bundled categories
     * @return this builder
     */
    public Builder categories(CategoryCatalog catalog) {
      once("categories");
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
      once("regime " + regime.importer());
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
      once("exchangeRates");
      this.rates = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the content default: a metal content a line does not declare is estimated (the line's
     * results list the assumption) instead of making the line a reject ({@code batch
     * --content-default bea}). Unset, a missing content value is a reject naming the input.
     *
     * @param value for example {@code MetalContentShares.bundled().contentDefault()}
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder contentDefault(dev.tariffimpact.customs.ContentDefault value) {
      once("contentDefault");
      this.contentDefault = Objects.requireNonNull(value, "value");
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
      once("options");
      this.options = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Turns the fixed-point fast path off, so every entry goes through the Assessor (test support:
     * slower, for comparisons).
     */
    Builder fastPath(boolean value) {
      once("fastPath");
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
