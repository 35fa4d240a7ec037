package dev.tariffimpact.customs;

/** What a regime's customs value is: with or without international freight and insurance. */
public enum ValuationBasis {
  /**
   * Transaction value excluding international freight and insurance (FOB-like; US, 19 U.S.C.
   * 1401a(b)(4)(A)).
   */
  TRANSACTION_VALUE,
  /** Cost, insurance and freight to the place of importation (India, EU, UK). */
  CIF
}
