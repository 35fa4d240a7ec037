package dev.tariffimpact.customs;

/**
 * The kind of a note of an {@link Assessment}: a rule applied, or available, that changes how the
 * result reads. Each kind has a stable kebab-case {@link #code()}, a public contract: the key under
 * which {@code batch} counts the lines with such a note ({@code aggregates.json} "notes").
 *
 * <p>Example: a USD 500 entry by post entered before the end of the US de minimis rule has one note
 * of kind {@link #DE_MINIMIS}, {@code "US-DE-MINIMIS applied: goods value 500.00 <= 800 USD
 * (...)"}.
 */
public enum NoteKind {

  /** A low-value rule applied to the entry: no duty (and, for some rules, no fees). */
  DE_MINIMIS(
      "de-minimis", "a low-value (de minimis) rule applied to the entry: duty (and fees) waived"),

  /**
   * An in-transit safe harbour applied: a layer was not charged because the goods were exported (or
   * loaded) before its start and entered within the harbour; the note names the layer.
   */
  IN_TRANSIT(
      "in-transit", "an in-transit rule applied: a layer not charged because of the export date"),

  /** A conditional exemption or preference the line claims was used. */
  CLAIM_USED("claim-used", "a conditional exemption or preference claimed and used"),

  /**
   * A claim the line made that no measure of the schedule takes for its code, origin and date (a
   * wrong name, another code's entry, a date outside the entry's): said, never silently ignored.
   */
  CLAIM_NOT_USED(
      "claim-not-used", "a claim made that no measure takes for the code, origin and date"),

  /** A conditional exemption not claimed would remove charged layers if claimed. */
  CLAIM_AVAILABLE(
      "claim-available", "exempt from some layers if a claim is made (not claimed, duty charged)"),

  /** A layer is charged on the customs value less the declared metal content (content split). */
  CONTENT_SPLIT(
      "content-split", "content split: a layer charged on the value less the metal content"),

  /** An undeclared metal content was estimated from the default shares (an assumption). */
  CONTENT_DEFAULT(
      "content-default", "metal content estimated from the default (BEA) share, not declared"),

  /** The regime charges no import tax on the goods (for India: alcoholic liquor). */
  NO_IMPORT_TAX("no-import-tax", "no import tax on these goods under the regime"),

  /**
   * The schedule models layers for the code that apply to other origins only: only the layers for
   * every origin were charged.
   */
  ORIGIN_NOT_MODELLED(
      "origin-not-modelled",
      "origin not modelled for the origin-specific layers: only the layers for every origin"
          + " charged");

  private final String code;
  private final String description;

  NoteKind(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the stable code.
   *
   * @return for example {@code "de-minimis"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns what a note of this kind means, one line.
   *
   * @return for example {@code "a low-value (de minimis) rule applied to the entry: ..."}
   */
  public String description() {
    return description;
  }
}
