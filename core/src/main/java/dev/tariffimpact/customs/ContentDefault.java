package dev.tariffimpact.customs;

import dev.tariffimpact.classification.ProductCode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the value of a metal content comes from when a line does not declare it and the user has
 * opted in to an estimate (CLI {@code --content-default bea}). Without a content default a missing
 * content value stays a named missing input; with one, the {@link Assessor} charges the estimate
 * (the share times the line's value, rounded to the cent) and lists it as an assumption (U) and a
 * note.
 *
 * <p>Example: {@code MetalContentShares.bundled().contentDefault()} (the BEA estimates of {@code
 * data/us/metal-content-shares-bea.csv.gz}).
 */
public interface ContentDefault {

  /**
   * Returns the estimated share of the value of a component in a line.
   *
   * @param code the line's product code
   * @param component the component as the rate names it, for example {@code "steel content"}
   * @return a fraction of the line's value between 0 and 1, or empty when there is no estimate
   */
  Optional<BigDecimal> share(ProductCode code, String component);

  /**
   * Names the estimate for the assumption and the note.
   *
   * @return for example {@code "BEA input-output estimate
   *     (data/us/metal-content-shares-bea.csv.gz)"}
   */
  String source();
}
