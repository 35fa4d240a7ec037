package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fee charged once per entry on the summed customs value of its lines (optionally only the lines
 * of some transport modes), then clamped to the band of the entry date.
 *
 * <p>Example: US MPF is 0.3464% of the entered value of all lines, clamped per entry (not per line)
 * to $33.58..$651.50 for entries from 2025-10-01; US HMF is 0.125% of the value of ocean lines,
 * without clamp.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id component id, for example {@code "US-MPF"}
 * @param title for example {@code "Merchandise Processing Fee"}
 * @param percent the ad valorem rate in percent, for example {@code 0.3464}
 * @param modes the transport modes whose lines count towards the base; all modes if empty
 * @param bands clamps by entry date; empty for a fee without clamp. When not empty, an entry date
 *     outside every band is an error (the fee for that year is unknown)
 * @param informalFlat true when informal entries pay the band's flat amount instead of the
 *     percentage
 * @param source legal basis of the rate
 */
public record EntryFee(
    String id,
    String title,
    BigDecimal percent,
    Set<TransportMode> modes,
    List<FeeBand> bands,
    boolean informalFlat,
    String source) {

  /**
   * Validates the fee and copies the collections.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the percent is negative
   */
  public EntryFee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(source, "source");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("percent must not be negative, was " + percent);
    }
    Objects.requireNonNull(modes, "modes");
    Objects.requireNonNull(bands, "bands");
    modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
    bands = List.copyOf(bands);
  }

  /**
   * Tells whether lines of a transport mode count towards the base.
   *
   * @param mode the line's mode
   * @return true if {@link #modes()} is empty or contains it
   */
  public boolean appliesTo(TransportMode mode) {
    return modes.isEmpty() || modes.contains(mode);
  }

  /**
   * Returns the band of an entry date.
   *
   * @param entryDate the date
   * @return the band, empty if none covers the date
   */
  public Optional<FeeBand> band(LocalDate entryDate) {
    return bands.stream().filter(b -> b.contains(entryDate)).findFirst();
  }
}
