package dev.tariffimpact.economics.uncertainty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Monte Carlo over the uncertain parameters of an {@link ImpactModel}: P5, P50 and P95 of every
 * output.
 *
 * <p>Reproducible whatever the number of threads: the draws are cut into fixed blocks of {@value
 * #BLOCK}; block {@code b} gets the {@code b}-th stream split, in order, from one {@code
 * L64_X128_MIX} generator seeded with the seed ({@link SplittableUniformRandomProvider}). Workers
 * take whole blocks and write each draw's outputs at its own index, so the sample, and therefore
 * every band, is the same at 1 and at N threads (tested).
 *
 * <p>Example: {@code MonteCarlo.run(model, Uncertainty.DEFAULT, 1000, 42, executor)}.
 */
public final class MonteCarlo {

  /** Draws per random stream. */
  public static final int BLOCK = 16;

  private static final double[] PERCENTILES = {0.05, 0.50, 0.95};

  private MonteCarlo() {}

  /**
   * The bands of every output, with the sample they come from.
   *
   * @param draws the number of draws
   * @param seed the seed
   * @param bands the band of each output
   * @param samples per output, the value of each draw in draw order
   */
  public record Result(
      int draws, long seed, Map<Output, Band> bands, Map<Output, double[]> samples) {
    /**
     * Copies the maps.
     *
     * @throws NullPointerException if a map is null
     */
    public Result {
      bands = Map.copyOf(bands);
      samples = Map.copyOf(samples);
    }

    /**
     * Returns the sample of every output, copied (the result stays immutable).
     *
     * @return per output, the value of each draw in draw order
     */
    @Override
    public Map<Output, double[]> samples() {
      Map<Output, double[]> copy = new EnumMap<>(Output.class);
      samples.forEach((o, v) -> copy.put(o, v.clone()));
      return copy;
    }

    /**
     * Returns the band of one output.
     *
     * @param output the output
     * @return the band
     */
    public Band band(Output output) {
      return bands.get(output);
    }
  }

  /**
   * Runs the draws.
   *
   * @param model the model
   * @param uncertainty the parameter distributions
   * @param draws the number of draws, at least 1
   * @param seed the seed
   * @param executor runs the blocks ({@code Runnable::run} for one thread)
   * @return the bands
   * @throws IllegalArgumentException if draws is less than 1
   */
  public static Result run(
      ImpactModel model, Uncertainty uncertainty, int draws, long seed, Executor executor) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(uncertainty, "uncertainty");
    Objects.requireNonNull(executor, "executor");
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
    int blocks = (draws + BLOCK - 1) / BLOCK;
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    List<SplittableUniformRandomProvider> streams = root.splits(blocks).toList();
    int outputs = Output.values().length;
    double[][] values = new double[outputs][draws];
    List<CompletableFuture<Void>> tasks = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      int first = b * BLOCK;
      int last = Math.min(draws, first + BLOCK);
      UniformRandomProvider rng = streams.get(b);
      tasks.add(
          CompletableFuture.runAsync(
              () -> block(model, uncertainty, rng, first, last, values), executor));
    }
    tasks.forEach(CompletableFuture::join);
    Map<Output, Band> bands = new EnumMap<>(Output.class);
    Map<Output, double[]> samples = new EnumMap<>(Output.class);
    Quantile quantile = Quantile.withDefaults();
    for (Output o : Output.values()) {
      double[] q = quantile.evaluate(values[o.ordinal()], PERCENTILES);
      bands.put(o, new Band(q[0], q[1], q[2]));
      samples.put(o, values[o.ordinal()]);
    }
    return new Result(draws, seed, bands, samples);
  }

  private static void block(
      ImpactModel model,
      Uncertainty u,
      UniformRandomProvider rng,
      int first,
      int last,
      double[][] values) {
    ContinuousDistribution.Sampler demand = sampler(u.demandFactor(), rng);
    ContinuousDistribution.Sampler substitution = sampler(u.substitution(), rng);
    ContinuousDistribution.Sampler supply = sampler(u.exportSupply(), rng);
    ContinuousDistribution.Sampler passThrough = sampler(u.passThrough(), rng);
    double[] multipliers = demand == null ? null : new double[model.size()];
    for (int d = first; d < last; d++) {
      double sigma = substitution == null ? u.substitutionMode() : substitution.sample();
      double ex = supply == null ? u.exportSupplyMin() : supply.sample();
      double pt = passThrough == null ? u.passThroughMin() : passThrough.sample();
      if (multipliers != null) {
        for (int i = 0; i < multipliers.length; i++) {
          multipliers[i] = demand.sample();
        }
      }
      double[] out = model.evaluate(multipliers, sigma, ex, pt);
      for (int o = 0; o < out.length; o++) {
        values[o][d] = out[o];
      }
    }
  }

  private static ContinuousDistribution.Sampler sampler(
      ContinuousDistribution d, UniformRandomProvider rng) {
    return d == null ? null : d.createSampler(rng);
  }
}
