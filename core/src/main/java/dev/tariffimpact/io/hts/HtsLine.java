package dev.tariffimpact.io.hts;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered line of the US Harmonized Tariff Schedule with its General (column 1) rate.
 *
 * <p>Example: {@code 6109.10.00.12}, indent 2, "Men's or boys' (338)", units {@code [doz., kg]},
 * general text {@code 16.5%} inherited from {@code 6109.10.00}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the HTS number
 * @param indent the indentation level of the description (0 = heading level)
 * @param description the description as published
 * @param unitsOfQuantity the units of quantity as published, for example {@code ["doz.", "kg"]}
 * @param generalText the General rate text, own or inherited; empty if none
 * @param general the parsed rate; empty if there is no text or it could not be parsed
 * @param status what computing the rate needs
 * @param inherited true if a 10-digit line took the rate of its 8-digit parent
 */
public record HtsLine(
    ProductCode code,
    int indent,
    String description,
    List<String> unitsOfQuantity,
    String generalText,
    Optional<Rate> general,
    RateStatus status,
    boolean inherited) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an argument is null
   */
  public HtsLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
    unitsOfQuantity = List.copyOf(unitsOfQuantity);
    Objects.requireNonNull(generalText, "generalText");
    Objects.requireNonNull(general, "general");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns the units of quantity this library knows, in order, skipping the others (content units
   * such as {@code Cu kg} or {@code kg cmsc}, which measure a component rather than the goods).
   *
   * <p>Example: {@code ["doz.", "kg"]} gives {@code [DOZEN, KG]}; {@code ["Cu kg"]} gives {@code
   * []}.
   *
   * @return the recognised units
   */
  public List<Unit> knownUnits() {
    List<Unit> known = new ArrayList<>();
    for (String u : unitsOfQuantity) {
      try {
        known.add(Unit.parse(u));
      } catch (IllegalArgumentException notAUnitOfThisLibrary) {
        // content and chemical units stay available as text in unitsOfQuantity()
      }
    }
    return List.copyOf(known);
  }

  /**
   * Tells whether the line carries its own General rate text (not inherited).
   *
   * @return true for lines such as {@code 6109.10.00} with {@code 16.5%}
   */
  public boolean hasOwnRate() {
    return !inherited && !generalText.isEmpty();
  }
}
