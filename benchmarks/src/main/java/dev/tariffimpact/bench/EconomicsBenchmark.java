package dev.tariffimpact.bench;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.economics.panel.RatePanel;
import dev.tariffimpact.economics.price.PriceEffect;
import dev.tariffimpact.economics.smart.TradeFlow;
import dev.tariffimpact.economics.uncertainty.ImpactModel;
import dev.tariffimpact.economics.uncertainty.MonteCarlo;
import dev.tariffimpact.economics.uncertainty.Uncertainty;
import dev.tariffimpact.io.hts.HtsLine;
import dev.tariffimpact.io.hts.HtsReader;
import dev.tariffimpact.io.hts.HtsTable;
import dev.tariffimpact.schedule.TariffSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The economics module at the scale of the targets (benchmarks/RESULTS.md, "Economics").
 *
 * <p>{@code ratePanel}: the statutory rate of every 10-digit HTS line x 20 origins x every change
 * point from 2025-01-01 to 2026-11-29, on the bundled US schedule plus one MFN measure per HTS line
 * with its own General rate (as {@link HtsSchedule} builds them; needs ../shared/reference). The
 * Budget Lab rebuilds about 185M rows in 58.5 min, about 53,000 rows/s; rows/s here = {@code
 * rowCount} (printed at setup) / the time per operation.
 *
 * <p>{@code monteCarlo}: 10,000 draws (or the {@code draws} param) of SMART over 5,000 products x 2
 * origins (partner and rest of the world), seeded synthetic flows and elasticities.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EconomicsBenchmark -f 1 -wi 1 -i 3}.
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EconomicsBenchmark {

  /** The full-HTS schedule, its lines and the origins. */
  @State(Scope.Benchmark)
  public static class Panel {
    @Param({"1", "2"})
    int threads;

    TariffSchedule schedule;
    List<ProductCode> lines;
    ExecutorService pool;

    /** Reads the HTS and builds the schedule. */
    @Setup(Level.Trial)
    public void setUp() {
      TariffSchedule us = Workload.data().scenario("us-in-2026-current").schedule();
      Set<String> curated = new HashSet<>();
      RatePanel.lines(us).forEach(c -> curated.add(c.digits()));
      HtsTable table =
          HtsReader.read(
              HtsSchedule.find()
                  .orElseThrow(() -> new IllegalStateException("no " + HtsSchedule.RELATIVE)));
      schedule = us.withAll(HtsSchedule.mfn(table, code -> !covered(code, curated)));
      lines = new ArrayList<>();
      for (HtsLine l : table.lines()) {
        if (l.code().length() == 10) {
          lines.add(l.code());
        }
      }
      pool = Executors.newFixedThreadPool(threads);
      RatePanel p = build();
      System.out.println("\nrate panel: " + p);
    }

    static boolean covered(ProductCode code, Set<String> curated) {
      String d = code.digits();
      for (int len = 2; len <= d.length(); len += 2) {
        if (curated.contains(d.substring(0, len))) {
          return true;
        }
      }
      return curated.stream().anyMatch(c -> c.startsWith(d));
    }

    RatePanel build() {
      return RatePanel.build(
          schedule,
          lines,
          Workload.ORIGINS,
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2026, 11, 29),
          threads == 1 ? Runnable::run : pool);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdown();
    }
  }

  /** 5,000 seeded synthetic products. */
  @State(Scope.Benchmark)
  public static class Draws {
    @Param({"10000"})
    int draws;

    @Param({"2"})
    int threads;

    ImpactModel model;
    ExecutorService pool;

    /** Builds the model. */
    @Setup(Level.Trial)
    public void setUp() {
      SplittableRandom random = new SplittableRandom(20261129L);
      List<TradeFlow> flows = new ArrayList<>();
      double[] elasticity = new double[5000];
      for (int i = 0; i < 5000; i++) {
        double mc = 1e5 + random.nextDouble() * 1e8;
        double t0 = random.nextInt(30) / 100.0;
        flows.add(TradeFlow.of("p" + i, mc, mc * 36.7, t0, t0 + 0.4, t0, t0));
        elasticity[i] = 0.2 + random.nextDouble() * 3;
      }
      model = ImpactModel.of(flows, elasticity, 3.3e12, PriceEffect.BUDGET_LAB);
      pool = Executors.newFixedThreadPool(threads);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdown();
    }
  }

  /**
   * One full rate panel.
   *
   * @param p state
   * @return the panel
   */
  @Benchmark
  public RatePanel ratePanel(Panel p) {
    return p.build();
  }

  /**
   * One Monte Carlo run.
   *
   * @param d state
   * @return the bands
   */
  @Benchmark
  public MonteCarlo.Result monteCarlo(Draws d) {
    return MonteCarlo.run(d.model, Uncertainty.DEFAULT, d.draws, 42, d.pool);
  }
}
