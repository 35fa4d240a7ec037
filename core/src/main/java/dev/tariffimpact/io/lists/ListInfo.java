package dev.tariffimpact.io.lists;

import dev.tariffimpact.schedule.Confidence;
import java.util.Objects;

/**
 * The provenance row of one product list ({@code data/us/lists/index.csv}): what the law calls it,
 * where the text is, whether it needs a claim, which origins it serves.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the list id, for example {@code ieepa-annex2}; files are {@code <id>.csv}
 * @param title a short human title
 * @param legalReference the provision, for example {@code HTS ch.99 subch.III US note 2(v)(iii)(a);
 *     heading 9903.01.32}
 * @param condition {@code none} (unconditional), {@code claim:<NAME>} (only when the importer
 *     claims NAME, for example {@code claim:civil-aircraft}), or a short text
 * @param origins {@code *}, or space-separated origins the list serves ({@code EU}, {@code CH LI})
 * @param source the file the list was derived from, and how
 * @param confidence V, R or U for the list as a whole
 * @param codes the number of entries in the list file
 */
public record ListInfo(
    String id,
    String title,
    String legalReference,
    String condition,
    String origins,
    String source,
    Confidence confidence,
    int codes) {

  /** The {@code condition} of an unconditional list. */
  public static final String UNCONDITIONAL = "none";

  /**
   * Validates.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is not a file-safe name or codes is negative
   */
  public ListInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(origins, "origins");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
    if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
      throw new IllegalArgumentException(
          "list id '" + id + "' is not lower-case a-z, 0-9, '.', '-'");
    }
    if (codes < 0) {
      throw new IllegalArgumentException("list " + id + ": negative code count");
    }
  }

  /**
   * Returns the claim this list needs, if it is conditional on one.
   *
   * @return for example {@code civil-aircraft} for {@code claim:civil-aircraft}; empty otherwise
   */
  public java.util.Optional<String> claim() {
    return condition.startsWith("claim:")
        ? java.util.Optional.of(condition.substring("claim:".length()))
        : java.util.Optional.empty();
  }
}
