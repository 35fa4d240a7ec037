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
    int blocks = blocks(draws);
    List<SplittableUniformRandomProvider> streams = streams(seed, blocks, 0, blocks);
    double[][] values = new double[Output.values().length][draws];
    List<CompletableFuture<Void>> tasks = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      int first = b * BLOCK;
      int last = Math.min(draws, first + BLOCK);
      UniformRandomProvider rng = streams.get(b);
      tasks.add(
          CompletableFuture.runAsync(
              () -> block(model, uncertainty, rng, first, last, values, 0), executor));
    }
    tasks.forEach(CompletableFuture::join);
    return of(draws, seed, values);
  }

  /**
   * The number of blocks (random streams) of a run of {@code draws} draws.
   *
   * @param draws the number of draws, at least 1
   * @return {@code ceil(draws / BLOCK)}
   * @throws IllegalArgumentException if draws is less than 1
   */
  public static int blocks(int draws) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
    return (draws + BLOCK - 1) / BLOCK;
  }

  /**
   * The outputs of a slice of a run's draws, for a caller that spreads the blocks over machines
   * (the Spark module): blocks {@code [fromBlock, toBlock)} of a run of {@code draws} draws, each
   * with the same random stream, hence the same values, as in {@link #run}.
   *
   * @param model the model
   * @param uncertainty the parameter distributions
   * @param draws the number of draws of the whole run
   * @param seed the seed of the whole run
   * @param fromBlock the first block, from 0
   * @param toBlock after the last block, at most {@link #blocks(int)}
   * @return per output (by {@link Output#ordinal()}), the values of draws {@code fromBlock * BLOCK}
   *     to {@code min(draws, toBlock * BLOCK) - 1} in draw order
   * @throws IllegalArgumentException if the block range is empty or outside the run
   */
  public static double[][] slice(
      ImpactModel model,
      Uncertainty uncertainty,
      int draws,
      long seed,
      int fromBlock,
      int toBlock) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(uncertainty, "uncertainty");
    int blocks = blocks(draws);
    if (fromBlock < 0 || toBlock > blocks || fromBlock >= toBlock) {
      throw new IllegalArgumentException(
          "blocks [" + fromBlock + ", " + toBlock + ") outside the run's [0, " + blocks + ")");
    }
    List<SplittableUniformRandomProvider> streams = streams(seed, blocks, fromBlock, toBlock);
    int offset = fromBlock * BLOCK;
    int end = Math.min(draws, toBlock * BLOCK);
    double[][] values = new double[Output.values().length][end - offset];
    for (int b = fromBlock; b < toBlock; b++) {
      int first = b * BLOCK;
      int last = Math.min(draws, first + BLOCK);
      block(model, uncertainty, streams.get(b - fromBlock), first, last, values, offset);
    }
    return values;
  }

  /**
   * The bands of a complete sample (the values of every draw, as {@link #run} or the concatenated
   * {@link #slice}s give them).
   *
   * @param draws the number of draws
   * @param seed the seed
   * @param values per output (by {@link Output#ordinal()}), the value of each draw in draw order;
   *     the result keeps these arrays
   * @return the bands with the sample
   * @throws IllegalArgumentException if an output does not have {@code draws} values
   */
  public static Result of(int draws, long seed, double[][] values) {
    if (values.length != Output.values().length) {
      throw new IllegalArgumentException(
          values.length + " outputs, expected " + Output.values().length);
    }
    Map<Output, Band> bands = new EnumMap<>(Output.class);
    Map<Output, double[]> samples = new EnumMap<>(Output.class);
    Quantile quantile = Quantile.withDefaults();
    for (Output o : Output.values()) {
      double[] v = values[o.ordinal()];
      if (v.length != draws) {
        throw new IllegalArgumentException(o + " has " + v.length + " values, expected " + draws);
      }
      // on a copy: the selection reorders its input, and the sample stays in draw order
      double[] q = quantile.evaluate(v.clone(), PERCENTILES);
      bands.put(o, new Band(q[0], q[1], q[2]));
      samples.put(o, v);
    }
    return new Result(draws, seed, bands, samples);
  }

  /**
   * Block {@code b}'s stream is the {@code b}-th of {@code blocks} splits of the seeded root. A
   * slice makes the same {@code splits(blocks)} call as the whole run and keeps its range, so it
   * does not depend on how commons-rng derives a split from the stream's size.
   */
  private static List<SplittableUniformRandomProvider> streams(
      long seed, int blocks, int from, int to) {
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    return root.splits(blocks).skip(from).limit(to - (long) from).toList();
  }

  private static void block(
      ImpactModel model,
      Uncertainty u,
      UniformRandomProvider rng,
      int first,
      int last,
      double[][] values,
      int offset) {
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
        values[o][d - offset] = out[o];
      }
    }
  }

  private static ContinuousDistribution.Sampler sampler(
      ContinuousDistribution d, UniformRandomProvider rng) {
    return d == null ? null : d.createSampler(rng);
  }
}
