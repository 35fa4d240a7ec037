/**
 * tariff-impact core: exact duty and landed cost under dated tariff layers.
 *
 * <p>Only API packages are exported; implementation detail lives in {@code internal} packages.
 */
module dev.tariffimpact.core {
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports dev.tariffimpact;
  exports dev.tariffimpact.classification;
  exports dev.tariffimpact.data;
  exports dev.tariffimpact.rate;
  exports dev.tariffimpact.io.hts;
  exports dev.tariffimpact.schedule;
  exports dev.tariffimpact.io.schedule;
  exports dev.tariffimpact.io.schedule.internal to
      tools.jackson.databind;
}
