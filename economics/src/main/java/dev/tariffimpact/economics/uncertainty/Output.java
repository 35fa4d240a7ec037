package dev.tariffimpact.economics.uncertainty;

/** The outputs of an {@link ImpactModel}, each reported with its uncertainty band. */
public enum Output {
  /** Change in imports from the partner: trade creation plus diversion (currency units). */
  PARTNER_IMPORT_CHANGE,
  /** Change in imports from everywhere: the sum of the trade creations (currency units). */
  TOTAL_IMPORT_CHANGE,
  /** Imports diverted toward the partner (negative: away from it) (currency units). */
  TRADE_DIVERSION,
  /** Tariff revenue after minus before (currency units). */
  REVENUE_CHANGE,
  /** Consumer surplus change (currency units). */
  CONSUMER_SURPLUS_CHANGE,
  /** Deadweight loss change, positive when the loss grows (currency units). */
  DEADWEIGHT_LOSS_CHANGE,
  /** Consumer price level change, a fraction (0.001 = 0.1%). */
  PRICE_EFFECT
}
