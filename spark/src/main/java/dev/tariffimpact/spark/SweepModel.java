package dev.tariffimpact.spark;

import dev.tariffimpact.economics.uncertainty.ImpactModel;
import dev.tariffimpact.economics.uncertainty.Uncertainty;
import java.io.Serializable;

/**
 * How an executor builds the model of a Monte Carlo sweep: the model and its parameter
 * distributions are built where the draws run (they are not serialisable; the recipe is), for
 * example from the bundled trade data: {@code () -> ImpactAnalysis...model()}.
 */
public interface SweepModel extends Serializable {

  /**
   * Builds the model; called once per task, so it should be deterministic.
   *
   * @return the model
   */
  ImpactModel model();

  /**
   * The distributions of the uncertain parameters.
   *
   * @return the distributions, {@link Uncertainty#DEFAULT} unless overridden
   */
  default Uncertainty uncertainty() {
    return Uncertainty.DEFAULT;
  }
}
