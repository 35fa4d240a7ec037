package dev.tariffimpact.io.hts;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Bounded;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateKind;
import dev.tariffimpact.rate.Specific;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one HTS rate text was classified: its kind, its plain ad valorem part, its plain specific
 * part (with unit) and what computing it needs.
 *
 * <p>Example: {@code 0.4¢/each + 7.2%} has kind COMPOUND, ad valorem part 7.2, specific part {@code
 * 0.004 USD/each}, status COMPUTABLE.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the HTS number
 * @param text the original rate text
 * @param kind the top-level shape; empty when unparsed
 * @param adValoremPercent the sum of the plain percentages at the top level (not those on a
 *     component); empty when there is none
 * @param specific the first plain specific rate at the top level; empty when there is none
 * @param status what computing the rate needs, or why it is unparsed
 */
public record RateClassification(
    ProductCode code,
    String text,
    Optional<RateKind> kind,
    Optional<BigDecimal> adValoremPercent,
    Optional<Specific> specific,
    RateStatus status) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public RateClassification {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(adValoremPercent, "adValoremPercent");
    Objects.requireNonNull(specific, "specific");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Classifies a line that carries a rate text.
   *
   * @param line the line
   * @return the classification
   */
  public static RateClassification of(HtsLine line) {
    Optional<Rate> rate = line.general();
    if (rate.isEmpty()) {
      return new RateClassification(
          line.code(),
          line.generalText(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          line.status());
    }
    Rate r = rate.get();
    List<Rate> top = topLevelParts(r);
    BigDecimal percent = null;
    Specific specific = null;
    for (Rate part : top) {
      if (part instanceof AdValorem a) {
        percent = percent == null ? a.percent() : percent.add(a.percent());
      } else if (part instanceof Specific s && specific == null) {
        specific = s;
      }
    }
    return new RateClassification(
        line.code(),
        line.generalText(),
        Optional.of(r.kind()),
        Optional.ofNullable(percent),
        Optional.ofNullable(specific),
        line.status());
  }

  private static List<Rate> topLevelParts(Rate r) {
    if (r instanceof Bounded b) {
      return topLevelParts(b.rate());
    }
    if (r instanceof Compound c) {
      return c.parts();
    }
    return List.of(r);
  }
}
