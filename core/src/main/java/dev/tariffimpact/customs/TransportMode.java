package dev.tariffimpact.customs;

/**
 * How goods arrive at the importing country's border.
 *
 * <p>The mode matters for fees: the US Harbor Maintenance Fee is due on {@link #OCEAN} shipments
 * only (19 CFR 24.24(a)).
 */
public enum TransportMode {
  /** Vessel (sea or ocean freight); the only mode subject to the US Harbor Maintenance Fee. */
  OCEAN,
  /** Air freight. */
  AIR,
  /** Road (truck). */
  ROAD,
  /** Rail. */
  RAIL,
  /** Postal or express courier parcel. */
  POSTAL
}
