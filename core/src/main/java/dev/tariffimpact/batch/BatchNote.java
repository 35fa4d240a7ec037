package dev.tariffimpact.batch;

import dev.tariffimpact.customs.NoteKind;

/**
 * A note a batch counts per aggregate: something that changes how a line's result reads without
 * rejecting it, as {@code quote} prints it for one shipment. Each has a stable {@link #code()}, the
 * key of the {@code notes} object of {@code aggregates.json} and of {@link Aggregate#notes()}.
 * Besides {@link #ENTRY_DATE_DIFFERS}, which only a batch has, there is one note per {@link
 * NoteKind} of the assessment, with the kind's code: a line counts under it when its assessment has
 * a note of that kind about it (a low-value rule's note is about every line of the entry).
 *
 * <p>Example: a line entered on 2026-02-25 assessed under a scenario dated 2025-09-15 counts once
 * under {@code entry-date-differs}: its duty is that of the measures in force on 2025-09-15 (a
 * what-if), not of its own entry date.
 */
public enum BatchNote {

  /**
   * The line's entry date is not the scenario's date: the measures are those in force on the
   * scenario date (what-if). {@code quote} lists the same as an assumption of the assessment.
   */
  ENTRY_DATE_DIFFERS(
      "entry-date-differs",
      "entry date differs from the scenario date: measures are those in force on the scenario"
          + " date (what-if)"),

  /** {@link NoteKind#DE_MINIMIS}: the line's entry had a low-value rule applied. */
  DE_MINIMIS(NoteKind.DE_MINIMIS),

  /** {@link NoteKind#IN_TRANSIT}: an in-transit rule left a layer uncharged. */
  IN_TRANSIT(NoteKind.IN_TRANSIT),

  /** {@link NoteKind#CLAIM_USED}: a claimed exemption or preference was used. */
  CLAIM_USED(NoteKind.CLAIM_USED),

  /** {@link NoteKind#CLAIM_NOT_USED}: a claim the line made that no measure took. */
  CLAIM_NOT_USED(NoteKind.CLAIM_NOT_USED),

  /** {@link NoteKind#CLAIM_AVAILABLE}: an exemption was available had the line claimed it. */
  CLAIM_AVAILABLE(NoteKind.CLAIM_AVAILABLE),

  /** {@link NoteKind#CONTENT_SPLIT}: a layer was charged on the value less the metal content. */
  CONTENT_SPLIT(NoteKind.CONTENT_SPLIT),

  /** {@link NoteKind#CONTENT_DEFAULT}: the metal content was estimated, not declared. */
  CONTENT_DEFAULT(NoteKind.CONTENT_DEFAULT),

  /** {@link NoteKind#NO_IMPORT_TAX}: the regime charges no import tax on the goods. */
  NO_IMPORT_TAX(NoteKind.NO_IMPORT_TAX),

  /** {@link NoteKind#ORIGIN_NOT_MODELLED}: origin-specific layers modelled for others only. */
  ORIGIN_NOT_MODELLED(NoteKind.ORIGIN_NOT_MODELLED);

  private static final BatchNote[] BY_KIND = new BatchNote[NoteKind.values().length];

  static {
    for (BatchNote note : values()) {
      if (note.kind != null) {
        BY_KIND[note.kind.ordinal()] = note;
      }
    }
  }

  private final String code;
  private final String description;
  private final NoteKind kind;

  BatchNote(String code, String description) {
    this.code = code;
    this.description = description;
    this.kind = null;
  }

  BatchNote(NoteKind kind) {
    this.code = kind.code();
    this.description = kind.description();
    this.kind = kind;
  }

  /**
   * Returns the batch note of an assessment note's kind.
   *
   * @param kind the kind
   * @return the note with the kind's code, for example {@link #DE_MINIMIS}
   * @throws NullPointerException if {@code kind} is null
   */
  public static BatchNote of(NoteKind kind) {
    return BY_KIND[kind.ordinal()];
  }

  /**
   * Returns the stable code.
   *
   * @return for example {@code "entry-date-differs"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the note means, one line.
   *
   * @return for example {@code "entry date differs from the scenario date: ..."}
   */
  public String description() {
    return description;
  }
}
