package dev.tariffimpact.spark;

import dev.tariffimpact.economics.uncertainty.MonteCarlo;
import dev.tariffimpact.economics.uncertainty.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The impact Monte Carlo ({@link MonteCarlo}) with its draws spread over a Spark cluster: the same
 * draws, hence the same sample and the same bands, as {@code MonteCarlo.run(model, uncertainty,
 * draws, seed, executor)} on one machine, bit for bit.
 *
 * <p>The draws are cut into the local run's blocks of {@value MonteCarlo#BLOCK}, each with its own
 * random stream (the {@code b}-th split of the seeded root); a task takes a contiguous range of
 * blocks ({@link MonteCarlo#slice}) and returns their values; the driver puts them back in draw
 * order and takes the percentiles ({@link MonteCarlo#of}).
 */
public final class MonteCarloSweep {

  private MonteCarloSweep() {}

  /**
   * Runs the draws on the cluster.
   *
   * @param spark the session
   * @param model builds the model on the executors
   * @param draws the number of draws, at least 1
   * @param seed the seed (the local run's)
   * @param slices the number of tasks (at most the number of blocks is used)
   * @return the bands with the sample, equal to the local run's
   */
  public static MonteCarlo.Result run(
      SparkSession spark, SweepModel model, int draws, long seed, int slices) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(model, "model");
    int blocks = MonteCarlo.blocks(draws);
    int n = Math.max(1, Math.min(slices, blocks));
    List<int[]> ranges = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int from = (int) ((long) blocks * k / n);
      int to = (int) ((long) blocks * (k + 1) / n);
      ranges.add(new int[] {from, to});
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<Integer, double[][]>> parts =
        jsc.parallelize(ranges, n)
            .map(
                r ->
                    new Tuple2<>(
                        r[0] * MonteCarlo.BLOCK,
                        MonteCarlo.slice(
                            model.model(), model.uncertainty(), draws, seed, r[0], r[1])))
            .collect();
    double[][] values = new double[Output.values().length][draws];
    for (Tuple2<Integer, double[][]> part : parts) {
      for (int o = 0; o < values.length; o++) {
        double[] v = part._2()[o];
        System.arraycopy(v, 0, values[o], part._1(), v.length);
      }
    }
    return MonteCarlo.of(draws, seed, values);
  }
}
