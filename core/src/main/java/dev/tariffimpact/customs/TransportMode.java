package dev.tariffimpact.customs;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How goods arrive at the importing country's border.
 *
 * <p>The mode matters for fees: the US Harbor Maintenance Fee is due on {@link #OCEAN} shipments
 * only (19 CFR 24.24(a)).
 *
 * <p>{@link #parse(String)} is the one reader of mode words, for the CLI and the batch CSV alike:
 * it accepts {@code ocean}, {@code air}, {@code road}, {@code rail}, {@code postal} and {@code
 * courier} (a synonym of {@code postal}: express and postal parcels clear alike), in any case.
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
  /** Postal or express courier parcel; read from {@code postal} or {@code courier}. */
  POSTAL;

  /** The accepted words, as documented in {@code docs/cli.md} and {@code docs/batch.md}. */
  public static final String WORDS = "ocean, air, road, rail, postal or courier";

  private static final Map<String, TransportMode> BY_WORD =
      Map.of(
          "OCEAN", OCEAN,
          "AIR", AIR,
          "ROAD", ROAD,
          "RAIL", RAIL,
          "POSTAL", POSTAL,
          "COURIER", POSTAL);

  /**
   * Reads a transport mode word, ignoring case and surrounding white space.
   *
   * @param text for example {@code "ocean"}, {@code "OCEAN"} or {@code "courier"}
   * @return the mode, {@link #POSTAL} for {@code courier}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException quoting the text and listing the accepted words if it is none
   *     of them
   */
  public static TransportMode parse(String text) {
    Objects.requireNonNull(text, "text");
    TransportMode mode = BY_WORD.get(text.strip().toUpperCase(Locale.ROOT));
    if (mode == null) {
      throw new IllegalArgumentException(
          "transport mode must be " + WORDS + ", was '" + text + "'");
    }
    return mode;
  }
}
