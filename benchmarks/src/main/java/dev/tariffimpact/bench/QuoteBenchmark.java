package dev.tariffimpact.bench;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-line quote latency and schedule compilation time.
 *
 * <p>Quote: {@code Assessor.assess(entry, compiledSchedule)} for the cotton T-shirt line
 * (6109.10.00 from India, 100 dozen, USD 10,000 FOB, ocean, entered 2025-09-15) under the peak
 * scenario; MPF and HMF included. Compile: {@code Scenario.compile()} of the bundled US schedule.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuoteBenchmark {

  /** The assessor, the compiled schedule and the entry. */
  @State(Scope.Benchmark)
  public static class Quote {
    Assessor assessor;
    CompiledSchedule compiled;
    Scenario scenario;
    Entry entry;
    ProductCode code = ProductCode.parse("6109.10.00");

    /** Builds them. */
    @Setup(Level.Trial)
    public void setUp() {
      assessor = Workload.data().assessor("US");
      scenario = Workload.data().scenario(Workload.US_SCENARIOS.get(0));
      compiled = scenario.compile();
      ShipmentLine line =
          ShipmentLine.builder("6109.10.00", "IN")
              .value(new BigDecimal("10000.00"), Workload.USD)
              .quantity(Quantity.of(new BigDecimal("100"), Unit.DOZEN))
              .quantity(Quantity.of(new BigDecimal("240.000"), Unit.KG))
              .transportMode(TransportMode.OCEAN)
              .entryDate(LocalDate.of(2025, 9, 15))
              .exportDate(LocalDate.of(2025, 9, 1))
              .build();
      entry = Entry.of("US", line);
    }
  }

  /** The MFN schedule built from the official HTS (needs ../shared/reference; see run.sh). */
  @State(Scope.Benchmark)
  public static class Hts {
    Scenario scenario;

    /** Reads the HTS file. */
    @Setup(Level.Trial)
    public void setUp() {
      scenario =
          Scenario.of(
              "hts-mfn",
              "US MFN rates of the HTS 2025 basic edition (SQL-expressible shapes).",
              HtsSchedule.mfn(
                  HtsSchedule.find()
                      .orElseThrow(() -> new IllegalStateException("no " + HtsSchedule.RELATIVE))),
              LocalDate.of(2025, 9, 15));
    }
  }

  /**
   * One compilation of the MFN schedule of the full HTS.
   *
   * @param h state
   * @return the compiled schedule
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CompiledSchedule compileHts(Hts h) {
    return h.scenario.compile();
  }

  /**
   * One quote.
   *
   * @param q state
   * @return the assessment
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Assessment quote(Quote q) {
    return q.assessor.assess(q.entry, q.compiled);
  }

  /**
   * The layer lookup alone ({@code CompiledSchedule.applicable}), to attribute the quote time.
   *
   * @param q state
   * @return the measures
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Measure> lookup(Quote q) {
    return q.compiled.applicable(q.code, "IN");
  }

  /**
   * The lookup with its full explanation ({@code CompiledSchedule.explain}, never memoised): what a
   * lookup costs the first time a (code, origin) is seen, since {@code applicable} and so {@code
   * quote} read a memo after that.
   *
   * @param q state
   * @return the explanation
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public LookupExplanation explain(Quote q) {
    return q.compiled.explain(q.code, "IN");
  }

  /**
   * One compilation of the bundled US schedule.
   *
   * @param q state
   * @return the compiled schedule
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CompiledSchedule compile(Quote q) {
    return q.scenario.compile();
  }
}
