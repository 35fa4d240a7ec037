/**
 * tariff-impact economics: effective tariff rates over time (rate panel), WITS SMART partial
 * equilibrium, the Budget Lab price effect, and Monte Carlo uncertainty bands.
 *
 * <p>Depends on core; core does not depend on this module.
 */
module dev.tariffimpact.economics {
  requires transitive dev.tariffimpact.core;
  requires commons.math3;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.descriptive;

  exports dev.tariffimpact.economics.analysis;
  exports dev.tariffimpact.economics.data;
  exports dev.tariffimpact.economics.panel;
  exports dev.tariffimpact.economics.price;
  exports dev.tariffimpact.economics.smart;
  exports dev.tariffimpact.economics.uncertainty;
}
