package dev.tariffimpact.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the importer declares for a line beyond its code and origin that can change which measures
 * apply: the conditional exemptions and preferences it claims, and the date of exportation (for
 * in-transit safe harbours).
 *
 * <p>Example: a civil-aircraft part claimed under the aircraft exemption, loaded on 2026-07-20:
 * {@code Declaration.of(Set.of("civil-aircraft"), LocalDate.of(2026, 7, 20))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param claims claim names, lower case without white space (e.g. {@code civil-aircraft}); sorted
 * @param exportDate the date of exportation, or null when unknown (no in-transit rule applies)
 */
public record Declaration(Set<String> claims, LocalDate exportDate) {

  /** Nothing claimed, export date unknown: what {@link CompiledSchedule#applicable} assumes. */
  public static final Declaration NONE = new Declaration(Set.of(), null);

  /**
   * Validates and copies the claims.
   *
   * @throws NullPointerException if the claims are null
   * @throws IllegalArgumentException if a claim name is blank or has white space or commas
   */
  public Declaration {
    claims = claimNames(claims);
  }

  /**
   * Returns a declaration.
   *
   * @param claims the claim names
   * @param exportDate the date of exportation, or null
   * @return the declaration
   */
  public static Declaration of(Collection<String> claims, LocalDate exportDate) {
    return new Declaration(Set.copyOf(claims), exportDate);
  }

  /**
   * Checks and sorts claim names.
   *
   * @param names the names
   * @return an unmodifiable sorted copy
   * @throws IllegalArgumentException naming a blank name or one with white space or commas
   */
  public static SortedSet<String> claimNames(Collection<String> names) {
    Objects.requireNonNull(names, "claims");
    SortedSet<String> copy = new TreeSet<>();
    for (String name : names) {
      Objects.requireNonNull(name, "claim");
      if (!isClaimName(name)) {
        throw new IllegalArgumentException(
            "Invalid claim '"
                + name
                + "': use a name such as civil-aircraft (no spaces or commas)");
      }
      copy.add(name);
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  /**
   * Tells whether a text is a valid claim name.
   *
   * @param name the text
   * @return true for a non-blank name without white space or commas
   */
  public static boolean isClaimName(String name) {
    return !name.isBlank()
        && name.chars().noneMatch(c -> Character.isWhitespace(c) || c == ',' || c == ';');
  }

  /**
   * Tells whether the declaration claims a name.
   *
   * @param claim the claim name
   * @return true if claimed
   */
  public boolean claims(String claim) {
    return claims.contains(claim);
  }

  /**
   * Tells whether the declaration is {@link #NONE} in effect.
   *
   * @return true with no claims and no export date
   */
  public boolean isNone() {
    return claims.isEmpty() && exportDate == null;
  }
}
