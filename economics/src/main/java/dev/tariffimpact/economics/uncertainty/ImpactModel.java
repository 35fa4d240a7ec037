package dev.tariffimpact.economics.uncertainty;

import dev.tariffimpact.economics.price.PriceEffect;
import dev.tariffimpact.economics.smart.SmartModel;
import dev.tariffimpact.economics.smart.SmartParameters;
import dev.tariffimpact.economics.smart.SmartResult;
import dev.tariffimpact.economics.smart.TradeFlow;
import java.util.List;
import java.util.Objects;

/**
 * A tariff change over many products: SMART per product, summed, plus the Budget Lab price effect
 * of the change in the economy-wide ETR, as a function of the uncertain parameters.
 *
 * <p>The economy-wide ETR change is the static duty change {@code sum((t1 - t0) x M0)} over both
 * flows of every product, divided by the importer's total imports (the Budget Lab's ETR before
 * substitution). The price effect is {@link PriceEffect#of} of it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImpactModel {

  private final TradeFlow[] flows;
  private final double[] importDemand;
  private final double etrChange;
  private final PriceEffect price;

  private ImpactModel(
      List<TradeFlow> flows, double[] importDemand, double totalImports, PriceEffect price) {
    this.flows = flows.toArray(new TradeFlow[0]);
    this.importDemand = importDemand.clone();
    this.price = price;
    double duty = 0;
    for (TradeFlow f : this.flows) {
      duty +=
          (f.partnerTariffAfter() - f.partnerTariffBefore()) * f.partnerImports()
              + (f.restTariffAfter() - f.restTariffBefore()) * f.restImports();
    }
    this.etrChange = duty / totalImports;
  }

  /**
   * Builds the model.
   *
   * @param flows one flow per product
   * @param importDemand the central import demand elasticity of each flow, same order
   * @param totalImports the importer's total imports from all origins, for the economy-wide ETR
   * @param price the price-effect parameters (its pass-through is replaced per draw)
   * @return the model
   * @throws IllegalArgumentException if the arrays differ in length or total imports is not
   *     positive
   */
  public static ImpactModel of(
      List<TradeFlow> flows, double[] importDemand, double totalImports, PriceEffect price) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(importDemand, "importDemand");
    Objects.requireNonNull(price, "price");
    if (flows.size() != importDemand.length) {
      throw new IllegalArgumentException(
          flows.size() + " flows but " + importDemand.length + " elasticities");
    }
    if (!(totalImports > 0)) {
      throw new IllegalArgumentException("totalImports must be positive, was " + totalImports);
    }
    return new ImpactModel(flows, importDemand, totalImports, price);
  }

  /**
   * Returns the number of products.
   *
   * @return the count
   */
  public int size() {
    return flows.length;
  }

  /**
   * Returns the change in the economy-wide ETR, a fraction.
   *
   * @return the static duty change over total imports
   */
  public double etrChange() {
    return etrChange;
  }

  /**
   * Evaluates the model with one set of parameters.
   *
   * @param demandMultiplier per product, the factor on its central import demand elasticity; null
   *     for 1 everywhere
   * @param substitution the Armington elasticity
   * @param exportSupply the export supply elasticity
   * @param passThrough the consumer pass-through
   * @return the outputs, indexed by {@link Output#ordinal()}
   */
  public double[] evaluate(
      double[] demandMultiplier, double substitution, double exportSupply, double passThrough) {
    double[] out = new double[Output.values().length];
    for (int i = 0; i < flows.length; i++) {
      double e = importDemand[i] * (demandMultiplier == null ? 1 : demandMultiplier[i]);
      SmartResult r =
          SmartModel.evaluate(flows[i], new SmartParameters(e, substitution, exportSupply));
      out[Output.PARTNER_IMPORT_CHANGE.ordinal()] += r.partnerImportChange();
      out[Output.TOTAL_IMPORT_CHANGE.ordinal()] += r.totalImportChange();
      out[Output.TRADE_DIVERSION.ordinal()] += r.tradeDiversion();
      out[Output.REVENUE_CHANGE.ordinal()] += r.revenueChange();
      out[Output.CONSUMER_SURPLUS_CHANGE.ordinal()] += r.consumerSurplusChange();
      out[Output.DEADWEIGHT_LOSS_CHANGE.ordinal()] += r.deadweightLossChange();
    }
    out[Output.PRICE_EFFECT.ordinal()] = price.withPassThrough(passThrough).of(etrChange);
    return out;
  }
}
