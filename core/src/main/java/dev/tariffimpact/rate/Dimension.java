package dev.tariffimpact.rate;

/**
 * What a quantity measures. Units of the same dimension convert into each other exactly; units of
 * different dimensions never do (a proof litre is not a litre, a clean kilogram is not a kilogram).
 *
 * <p>Example: {@code Unit.DOZEN.dimension() == Dimension.COUNT}.
 */
public enum Dimension {
  /** Mass; base unit the kilogram. */
  MASS,
  /** Volume of the goods; base unit the litre. */
  VOLUME,
  /**
   * Volume of alcohol expressed in US proof litres (a litre at 50% alcohol by volume); base unit
   * the proof litre. A litre of pure alcohol is two proof litres.
   */
  PROOF_VOLUME,
  /** Number of articles (each, dozen, gross, thousand); base unit one article. */
  COUNT,
  /** Number of pairs (footwear, gloves); base unit one pair. */
  PAIRS,
  /** Length; base unit the metre. */
  LENGTH,
  /** Area; base unit the square metre. */
  AREA,
  /** Mass of clean (scoured) wool or hair; base unit the clean kilogram. */
  CLEAN_MASS,
  /**
   * Size-weighted count of buttons: the button size in lines times the number of gross (the HTS
   * unit {@code gr.lines}); base unit one line-gross.
   */
  LINE_GROSS,
  /**
   * Polarimeter reading of sugar in degrees (an intensive measure: it is a property of the goods,
   * not an amount of them); base unit the degree.
   */
  POLARIZATION
}
