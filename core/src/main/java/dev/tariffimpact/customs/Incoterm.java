package dev.tariffimpact.customs;

/**
 * Incoterms 2020 rule of a sale: which transport costs the invoice price already includes.
 *
 * <p>The library uses the rule only to derive the FOB and CIF values of a line from its invoice
 * value:
 *
 * <ul>
 *   <li>{@code EXW, FCA, FAS, FOB}: the invoice value is the FOB value (for EXW and FCA, loading
 *       and inland carriage to the port of export are taken as included or negligible);
 *   <li>{@code CFR, CPT}: the invoice includes main carriage (freight) but not insurance;
 *   <li>{@code CIF, CIP, DAP, DPU, DDP}: the invoice includes freight and insurance. For the D
 *       rules the price also covers carriage beyond the border; it is treated as part of freight,
 *       which overstates a CIF value by that on-carriage (pass explicit values to avoid it). For
 *       DDP the caller must give the price net of import duties and taxes.
 * </ul>
 *
 * Then {@code FOB = invoice - freight (if included) - insurance (if included)} and {@code CIF =
 * invoice + freight (if not included) + insurance (if not included)}.
 */
public enum Incoterm {
  /** Ex works. */
  EXW(false, false),
  /** Free carrier. */
  FCA(false, false),
  /** Free alongside ship. */
  FAS(false, false),
  /** Free on board. */
  FOB(false, false),
  /** Cost and freight. */
  CFR(true, false),
  /** Cost, insurance and freight. */
  CIF(true, true),
  /** Carriage paid to. */
  CPT(true, false),
  /** Carriage and insurance paid to. */
  CIP(true, true),
  /** Delivered at place. */
  DAP(true, true),
  /** Delivered at place unloaded. */
  DPU(true, true),
  /** Delivered duty paid (price must be given net of import duties and taxes). */
  DDP(true, true);

  private final boolean includesFreight;
  private final boolean includesInsurance;

  Incoterm(boolean includesFreight, boolean includesInsurance) {
    this.includesFreight = includesFreight;
    this.includesInsurance = includesInsurance;
  }

  /**
   * Tells whether an invoice price under this rule includes the main carriage.
   *
   * @return true for C and D rules, for example {@code CIF}
   */
  public boolean includesFreight() {
    return includesFreight;
  }

  /**
   * Tells whether an invoice price under this rule includes insurance of the main carriage.
   *
   * @return true for {@code CIF, CIP} and the D rules
   */
  public boolean includesInsurance() {
    return includesInsurance;
  }
}
