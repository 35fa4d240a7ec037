package dev.tariffimpact.customs.internal;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.customs.MissingExchangeRateException;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.NotComputableException;
import dev.tariffimpact.rate.RateContext;
import dev.tariffimpact.schedule.Measure;
import java.math.BigDecimal;

/**
 * The amount of one layer on one line, with the failure a user reads when it cannot be had: every
 * exception of the rate becomes an assessment error that names the line and the measure (never a
 * zero).
 */
public final class LayerAmount {

  private LayerAmount() {}

  /**
   * Returns the exact amount of a measure on a line, or throws an {@link AssessmentException}
   * naming the line, the measure and what is missing (an input, an exchange rate) or why it cannot
   * be computed.
   *
   * @param index the line's index in its entry
   * @param m the measure
   * @param line the line
   * @param ctx the rate context (base, quantities, components, converter)
   * @return the unrounded amount
   */
  public static BigDecimal compute(int index, Measure m, ShipmentLine line, RateContext ctx) {
    try {
      return m.rate().amount(ctx);
    } catch (MissingInputException e) {
      throw new AssessmentException(Reason.MISSING_INPUT, index, failure(index, line, m, e), e);
    } catch (MissingExchangeRateException e) {
      throw new AssessmentException(
          Reason.MISSING_EXCHANGE_RATE, index, failure(index, line, m, e), e);
    } catch (NotComputableException e) {
      // a placeholder such as India's "IGST: entry to be claimed": its text says what is missing
      throw new AssessmentException(
          Reason.NOT_COMPUTABLE,
          index,
          LineValuer.describe(index, line)
              + ": "
              + m.title()
              + " ("
              + m.id()
              + ") not computable: "
              + e.text(),
          e);
    } catch (TariffImpactException e) {
      throw new AssessmentException(Reason.NOT_COMPUTABLE, index, failure(index, line, m, e), e);
    }
  }

  private static String failure(int index, ShipmentLine line, Measure m, Exception e) {
    return LineValuer.describe(index, line)
        + ", measure "
        + m.id()
        + " ("
        + m.rate()
        + "): "
        + e.getMessage();
  }
}
