package dev.tariffimpact.schedule;

import java.util.Objects;

/**
 * Where a measure's figures come from and how sure they are.
 *
 * <p>Example: {@code Provenance.of("EO 14326", Confidence.V)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the public source, non-blank, e.g. {@code "EO 14257; CBP CSMS #64680374"}
 * @param confidence V, R or U
 * @param note free text (why a figure is uncertain, what was assumed); may be empty, never null
 */
public record Provenance(String source, Confidence confidence, String note) {

  /**
   * Validates the provenance.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the source is blank
   */
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(note, "note");
    if (source.isBlank()) {
      throw new IllegalArgumentException("Provenance source must be non-blank");
    }
  }

  /**
   * Returns a provenance without a note.
   *
   * @param source for example {@code "USITC HTS 2025"}
   * @param confidence for example {@link Confidence#V}
   * @return the provenance
   * @throws IllegalArgumentException if the source is blank
   */
  public static Provenance of(String source, Confidence confidence) {
    return new Provenance(source, confidence, "");
  }

  /**
   * Returns a provenance with a note.
   *
   * @param source for example {@code "tracker log"}
   * @param confidence for example {@link Confidence#U}
   * @param note for example {@code "only one source gives the final rate"}
   * @return the provenance
   * @throws IllegalArgumentException if the source is blank
   */
  public static Provenance of(String source, Confidence confidence, String note) {
    return new Provenance(source, confidence, note);
  }
}
