package dev.tariffimpact.sample.internal;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an India line of the sample declares so that the bundled India schedule can price it: the
 * tariff item written (the candidate's code, or its first 8-digit item when the candidate's own
 * code has no computable standard BCD) and the claims it makes (for a rate that depends on the
 * description, such as an IGST entry of 9/2025-IT(R), the first entry of the schedule that
 * displaces the "entry to be claimed" measure, the one at the highest percentage when several do:
 * the general slab rather than a concession for a narrower description). The data decide; a
 * candidate with no computable item is written as it is, so its lines stay rejects that name the
 * missing rate.
 */
final class IndiaDeclarations {

  /**
   * The declarations of one India candidate.
   *
   * @param code the tariff item to write
   * @param claims the claims to make, in the order found
   */
  record Declared(String code, List<String> claims) {}

  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

  private IndiaDeclarations() {}

  /**
   * Returns the declarations of each India candidate code.
   *
   * @param universe the candidates
   * @return candidate code text to its declarations, for the India codes
   */
  static Map<String, Declared> of(List<SampleGenerator.Candidate> universe) {
    TariffSchedule in = BundledDataset.load().schedule("india-us.json.gz");
    List<Measure> measures = in.measures();
    Map<String, Declared> out = new HashMap<>();
    for (SampleGenerator.Candidate c : universe) {
      if (!c.importer().equals("IN") || out.containsKey(c.code())) {
        continue;
      }
      ProductCode code = ProductCode.parse(c.code());
      Optional<List<String>> claims = claims(measures, code);
      String written = c.code();
      if (claims.isEmpty()) {
        // the 8-digit items under the candidate, in schedule order (ids in-bcd-<item>)
        String digits = code.digits();
        for (Measure m : measures) {
          String item = m.id().startsWith("in-bcd-") ? m.id().substring(7) : "";
          if (item.length() == 8
              && item.startsWith(digits)
              && item.chars().allMatch(Character::isDigit)) {
            Optional<List<String>> itemClaims = claims(measures, ProductCode.parse(item));
            if (itemClaims.isPresent()) {
              claims = itemClaims;
              written = item;
              break;
            }
          }
        }
      }
      out.put(c.code(), new Declared(written, claims.orElse(List.of())));
    }
    return Map.copyOf(out);
  }

  /**
   * The ad valorem percentage of a measure's rate, 0 when it is not a plain percentage: the sample
   * claims the general slab (the highest), not a concession meant for a narrower description.
   */
  private static BigDecimal percent(Measure m) {
    Matcher pct = PERCENT.matcher(m.rate().toString().strip());
    return pct.matches() ? new BigDecimal(pct.group(1)) : BigDecimal.ZERO;
  }

  /**
   * The claims that make every measure covering the code computable, or empty when a measure that
   * cannot be computed is displaced by no claimed measure.
   */
  private static Optional<List<String>> claims(List<Measure> measures, ProductCode code) {
    List<Measure> covering = new ArrayList<>();
    for (Measure m : measures) {
      if (m.scope().contains(code)) {
        covering.add(m);
      }
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (Measure blocking : covering) {
      if (blocking.claim() != null || blocking.rate().isComputable()) {
        continue;
      }
      List<String> displacing = new ArrayList<>();
      String pick = null;
      BigDecimal pickRate = null;
      for (Measure m : covering) {
        if (m.claim() != null && m.rate().isComputable() && m.excludes().contains(blocking.id())) {
          displacing.add(m.claim());
          BigDecimal rate = percent(m);
          if (pick == null || rate.compareTo(pickRate) > 0) {
            pick = m.claim();
            pickRate = rate;
          }
        }
      }
      if (pick == null) {
        return Optional.empty();
      }
      if (displacing.stream().noneMatch(chosen::contains)) {
        chosen.add(pick);
      }
    }
    return Optional.of(List.copyOf(chosen));
  }
}
