package dev.tariffimpact.customs;

import java.util.Objects;

/**
 * A note of an {@link Assessment}: its {@link NoteKind}, the line it is about (or the whole entry)
 * and its text, which is what {@link Assessment#notes()} and {@code quote} print.
 *
 * <p>Example: kind {@link NoteKind#IN_TRANSIT}, line 0, text {@code "line 1 (6109.10.00 from IN):
 * in-transit rule used: ..."}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssessmentNote {

  /** The {@link #lineIndex()} of a note about the whole entry (a low-value rule). */
  public static final int ENTRY = -1;

  private final NoteKind kind;
  private final int lineIndex;
  private final String text;

  private AssessmentNote(NoteKind kind, int lineIndex, String text) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.text = Objects.requireNonNull(text, "text");
    if (lineIndex < ENTRY) {
      throw new IllegalArgumentException(
          "line index must be " + ENTRY + " (entry) or at least 0: " + lineIndex);
    }
    this.lineIndex = lineIndex;
  }

  /**
   * Returns a note about one line of the entry.
   *
   * @param kind the kind
   * @param lineIndex the line's index in its entry, from 0
   * @param text the text, as printed
   * @return the note
   * @throws NullPointerException if {@code kind} or {@code text} is null
   * @throws IllegalArgumentException if {@code lineIndex} is negative
   */
  public static AssessmentNote ofLine(NoteKind kind, int lineIndex, String text) {
    if (lineIndex < 0) {
      throw new IllegalArgumentException("line index must be at least 0: " + lineIndex);
    }
    return new AssessmentNote(kind, lineIndex, text);
  }

  /**
   * Returns a note about the whole entry (every line of it).
   *
   * @param kind the kind
   * @param text the text, as printed
   * @return the note
   * @throws NullPointerException if {@code kind} or {@code text} is null
   */
  public static AssessmentNote ofEntry(NoteKind kind, String text) {
    return new AssessmentNote(kind, ENTRY, text);
  }

  /**
   * Returns the kind.
   *
   * @return for example {@link NoteKind#DE_MINIMIS}
   */
  public NoteKind kind() {
    return kind;
  }

  /**
   * Returns the index of the line the note is about, or {@link #ENTRY} for the whole entry.
   *
   * @return for example {@code 0}
   */
  public int lineIndex() {
    return lineIndex;
  }

  /**
   * Returns whether the note is about a line: that line, or every line for an entry note.
   *
   * @param index a line index, from 0
   * @return true when the note concerns that line
   */
  public boolean concerns(int index) {
    return lineIndex == ENTRY || lineIndex == index;
  }

  /**
   * Returns the text, as {@code quote} prints it.
   *
   * @return for example {@code "US-DE-MINIMIS applied: goods value 500.00 <= 800 USD (...)"}
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentNote n
        && kind == n.kind
        && lineIndex == n.lineIndex
        && text.equals(n.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, lineIndex, text);
  }

  /** Returns the text: a note prints as it always has. */
  @Override
  public String toString() {
    return text;
  }
}
