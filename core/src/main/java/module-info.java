/**
 * tariff-impact core: exact duty and landed cost under dated tariff layers.
 *
 * <p>Only API packages are exported; implementation detail lives in {@code internal} packages.
 */
module dev.tariffimpact.core {
  // Only the internal sample generator (used by the CLI's 'sample' command and the benchmarks)
  // draws random numbers: commons-rng is optional, so library users do not inherit it.
  requires static org.apache.commons.rng.api;
  requires static org.apache.commons.rng.sampling;
  requires static org.apache.commons.rng.simple;
  requires org.apache.commons.statistics.descriptive;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports dev.tariffimpact;
  exports dev.tariffimpact.batch;
  exports dev.tariffimpact.classification;
  exports dev.tariffimpact.customs;
  exports dev.tariffimpact.data;
  exports dev.tariffimpact.impact;
  exports dev.tariffimpact.io.csv;
  exports dev.tariffimpact.io.hts;
  exports dev.tariffimpact.io.json;
  exports dev.tariffimpact.io.lists;
  exports dev.tariffimpact.io.schedule;
  exports dev.tariffimpact.rate;
  exports dev.tariffimpact.schedule;

  // Jackson binds the schedule-file DTO records by reflection; nobody else sees them.
  exports dev.tariffimpact.io.schedule.internal to
      tools.jackson.databind;
}
