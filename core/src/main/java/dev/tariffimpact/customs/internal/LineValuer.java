package dev.tariffimpact.customs.internal;

import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.CustomsRegime.FreightDefaults;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.MissingExchangeRateException;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.ValuationBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Values one line: FOB and CIF in the invoice currency from the incoterm, freight and insurance (or
 * the regime's defaults), then converted at the regime's exchange-rate date and rounded.
 */
public final class LineValuer {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LineValuer() {}

  /**
   * Values a line.
   *
   * @param index the line index, for messages
   * @param line the line
   * @param regime the regime
   * @param rates the exchange rates
   * @param assumptions receives the assumptions made (default freight)
   * @return the valuation
   * @throws AssessmentException if the customs value cannot be derived or no exchange rate applies
   */
  public static LineValuation value(
      int index,
      ShipmentLine line,
      CustomsRegime regime,
      ExchangeRates rates,
      List<Assumption> assumptions) {
    Incoterm term = line.incoterm();
    BigDecimal invoice = line.value();
    BigDecimal freight = line.freight().orElse(null);
    BigDecimal insurance = line.insurance().orElse(null);

    BigDecimal fob = invoice;
    if (term.includesFreight()) {
      fob = freight == null ? null : fob.subtract(freight);
    }
    if (term.includesInsurance() && fob != null) {
      fob = insurance == null ? null : fob.subtract(insurance);
    }
    if (fob != null && fob.signum() < 0) {
      throw new AssessmentException(
          Reason.MISSING_INPUT,
          index,
          describe(index, line)
              + ": freight and insurance exceed the "
              + term
              + " invoice value "
              + invoice,
          null);
    }

    FreightDefaults defaults = regime.freightDefaults();
    if (freight == null && !term.includesFreight() && defaults != null && fob != null) {
      freight = fob.multiply(defaults.freightPercent()).divide(HUNDRED);
      assumptions.add(
          Assumption.of(
              regime.importer()
                  + ": freight not given, taken as "
                  + defaults.freightPercent().toPlainString()
                  + "% of FOB",
              defaults.source()));
    }
    if (insurance == null && !term.includesInsurance() && defaults != null && fob != null) {
      insurance = fob.multiply(defaults.insurancePercent()).divide(HUNDRED);
      assumptions.add(
          Assumption.of(
              regime.importer()
                  + ": insurance not given, taken as "
                  + defaults.insurancePercent().toPlainString()
                  + "% of FOB",
              defaults.source()));
    }

    BigDecimal cif = invoice;
    if (!term.includesFreight()) {
      cif = freight == null ? null : cif.add(freight);
    }
    if (!term.includesInsurance() && cif != null) {
      cif = insurance == null ? null : cif.add(insurance);
    }

    ExchangeRate fx = null;
    BigDecimal factor = BigDecimal.ONE;
    if (!line.currency().equals(regime.currency())) {
      LocalDate day = regime.fxDate().select(line.exportDate(), line.entryDate());
      try {
        fx = rates.rate(line.currency(), regime.currency(), day);
      } catch (MissingExchangeRateException e) {
        throw new AssessmentException(
            Reason.MISSING_EXCHANGE_RATE,
            index,
            describe(index, line)
                + ": "
                + e.getMessage()
                + " (regime "
                + regime.importer()
                + " uses "
                + regime.fxDate()
                + ")",
            e);
      }
      factor = fx.rate();
    }
    BigDecimal fobValue =
        fob == null ? null : regime.rounding().value().apply(fob.multiply(factor));
    BigDecimal cifValue =
        cif == null ? null : regime.rounding().value().apply(cif.multiply(factor));
    BigDecimal customsValue = regime.valuation() == ValuationBasis.CIF ? cifValue : fobValue;
    if (customsValue == null) {
      String missing =
          regime.valuation() == ValuationBasis.CIF
              ? (freight == null ? "freight" : "insurance")
              : (freight == null && term.includesFreight() ? "freight" : "insurance");
      throw new AssessmentException(
          Reason.MISSING_INPUT,
          index,
          describe(index, line)
              + ": customs value ("
              + regime.valuation()
              + " basis of regime "
              + regime.importer()
              + ") needs the "
              + missing
              + " of the "
              + term
              + " invoice, which is not given"
              + (defaults == null ? " and the regime has no default" : ""),
          null);
    }
    return new LineValuation(
        index, line.code(), line.origin(), fobValue, cifValue, customsValue, fx);
  }

  /**
   * Describes a line for messages.
   *
   * @param index the 0-based line index (printed 1-based, as users count lines)
   * @param line the line
   * @return for example {@code "line 1 (6109.10.00 from IN)"}
   */
  public static String describe(int index, ShipmentLine line) {
    return "line " + (index + 1) + " (" + line.code() + " from " + line.origin() + ")";
  }
}
