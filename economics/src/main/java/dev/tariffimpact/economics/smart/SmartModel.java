package dev.tariffimpact.economics.smart;

import java.util.Objects;

/**
 * The WITS SMART partial-equilibrium model for one product, one partner and the rest of the world
 * (formulas of FACTS.md section 5, written out with every sign in docs/economics.md).
 *
 * <p>Example, a rise of the partner's tariff from 10% to 20% on US$ 100 of partner imports and US$
 * 900 from the rest of the world, import demand elasticity 2:
 *
 * <pre>{@code
 * SmartResult r = SmartModel.evaluate(
 *     TradeFlow.of("610910", 100, 900, 0.10, 0.20, 0.10, 0.10), SmartParameters.of(2));
 * r.tradeCreation();  // -100 * 2 * 0.1 / 1.1 / (1 + 2/99) = -17.82
 * r.tradeDiversion(); // -1.5 * (100 * 900 / 1000) * (1.2 / 1.1 - 1) = -12.27
 * }</pre>
 *
 * <p>With export supply at {@value SmartParameters#INFINITE_SUPPLY} or more the exporter's price is
 * held at 1 and trade creation is SMART's closed form {@code -M * e_m * dt / (1 + t0) / (1 + e_m /
 * e_x)}. With a finite supply elasticity the exporter's price is solved by {@link
 * SupplyEquilibrium}, and creation, diversion, revenue and consumer surplus use that price.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SmartModel {

  private SmartModel() {}

  /**
   * Evaluates one flow: the closed form with infinite supply, the solved equilibrium otherwise.
   *
   * @param flow the imports and tariffs
   * @param parameters the elasticities
   * @return the effects
   */
  public static SmartResult evaluate(TradeFlow flow, SmartParameters parameters) {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.infiniteSupply()) {
      return closedForm(flow, parameters);
    }
    double pc =
        SupplyEquilibrium.exportPrice(
            flow.partnerTariffBefore(),
            flow.partnerTariffAfter(),
            parameters.importDemand(),
            parameters.exportSupply());
    double po =
        SupplyEquilibrium.exportPrice(
            flow.restTariffBefore(),
            flow.restTariffAfter(),
            parameters.importDemand(),
            parameters.exportSupply());
    double creation = flow.partnerImports() * (Math.pow(pc, parameters.exportSupply()) - 1);
    double restCreation = flow.restImports() * (Math.pow(po, parameters.exportSupply()) - 1);
    return combine(flow, parameters, creation, restCreation, pc, po);
  }

  /**
   * Evaluates one flow with SMART's closed form whatever the supply elasticity: exporter prices
   * held at 1, creation divided by {@code 1 + e_m / e_x}.
   *
   * @param flow the imports and tariffs
   * @param parameters the elasticities
   * @return the effects
   */
  public static SmartResult closedForm(TradeFlow flow, SmartParameters parameters) {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(parameters, "parameters");
    double creation =
        creation(
            flow.partnerImports(),
            flow.partnerTariffBefore(),
            flow.partnerTariffAfter(),
            parameters);
    double restCreation =
        creation(flow.restImports(), flow.restTariffBefore(), flow.restTariffAfter(), parameters);
    return combine(flow, parameters, creation, restCreation, 1, 1);
  }

  /**
   * SMART trade creation: {@code -M * e_m * (t1 - t0) / (1 + t0) / (1 + e_m / e_x)}, no lower than
   * {@code -M} (imports cannot fall below zero).
   *
   * @param imports the imports before
   * @param before the tariff before (fraction)
   * @param after the tariff after (fraction)
   * @param parameters the elasticities
   * @return the change in imports (negative for a tariff rise)
   */
  public static double creation(
      double imports, double before, double after, SmartParameters parameters) {
    double e = parameters.importDemand();
    double change =
        -imports * e * (after - before) / (1 + before) / (1 + e / parameters.exportSupply());
    return Math.max(change, -imports);
  }

  private static SmartResult combine(
      TradeFlow f, SmartParameters p, double creation, double restCreation, double pc, double po) {
    double mc = f.partnerImports();
    double mo = f.restImports();
    double relative =
        (pc * (1 + f.partnerTariffAfter()) / (1 + f.partnerTariffBefore()))
                / (po * (1 + f.restTariffAfter()) / (1 + f.restTariffBefore()))
            - 1;
    double diversion = mc + mo == 0 ? 0 : -p.substitution() * (mc * mo / (mc + mo)) * relative;
    // Capped at existing trade: no more can move than the losing side imported before the change,
    // nor more than it still imports after its own creation effect.
    if (diversion > 0) {
      diversion = Math.min(diversion, Math.min(mo, mo + restCreation));
    } else {
      diversion = Math.max(diversion, -Math.min(mc, mc + creation));
    }
    double partnerChange = creation + diversion;
    double restChange = restCreation - diversion;
    double mc1 = mc + partnerChange;
    double mo1 = mo + restChange;
    double revenue =
        f.partnerTariffAfter() * pc * mc1
            - f.partnerTariffBefore() * mc
            + f.restTariffAfter() * po * mo1
            - f.restTariffBefore() * mo;
    double surplus =
        -(pc * (1 + f.partnerTariffAfter()) - (1 + f.partnerTariffBefore())) * (mc + mc1) / 2
            - (po * (1 + f.restTariffAfter()) - (1 + f.restTariffBefore())) * (mo + mo1) / 2;
    double deadweight =
        -0.5 * Math.abs(f.partnerTariffAfter() - f.partnerTariffBefore()) * creation
            - 0.5 * Math.abs(f.restTariffAfter() - f.restTariffBefore()) * restCreation;
    return new SmartResult(
        creation,
        restCreation,
        diversion,
        partnerChange,
        restChange,
        revenue,
        surplus,
        deadweight,
        pc - 1);
  }
}
