package dev.tariffimpact.report;

import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.FeeBand;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The assumptions of batch scenarios drawn from the bundled data, grouped as customs rules, tariff
 * measures and exchange rates, and the last date the data covers (the end of the latest fee band of
 * every importer's regime: past it the fee is unknown and entries are rejected).
 *
 * <p>Tariff measures are listed per assumption, not per tariff line: the per-line measures that
 * rest on one assumption ({@link AssumptionGroups}: every 50/2017 entry assumed equal to its
 * 45/2025 successor) are one item saying how many measures it stands for.
 */
public final class BundledAssumptions {

  private static final Pattern CONFIDENCE = Pattern.compile("confidence ([VRU])");

  private BundledAssumptions() {}

  /**
   * Collects the assumptions of the scenarios a batch ran.
   *
   * @param data the bundled data the scenarios come from
   * @param scenarios the batch scenarios
   * @return the grouped assumptions with the coverage date
   */
  public static Assumptions of(BundledDataset data, List<BatchScenario> scenarios) {
    Set<Assumption> rules = new LinkedHashSet<>();
    Set<Assumption> rates = new LinkedHashSet<>();
    Map<Assumption, Set<String>> usedBy = new LinkedHashMap<>();
    Map<String, AssumptionGroups.Group> byKey = new LinkedHashMap<>();
    Map<String, Set<String>> measureUsedBy = new LinkedHashMap<>();
    Set<CustomsRegime> regimes = new LinkedHashSet<>();
    for (BatchScenario bs : scenarios) {
      for (Scenario s : bs.byImporter().values()) {
        CustomsRegime regime = data.regime(s.schedule().importer());
        regimes.add(regime);
        rules.addAll(regime.assumptions());
        data.exchangeRates().rates().stream()
            .filter(r -> r.to().equals(s.schedule().currency()))
            .filter(r -> r.isValidOn(s.asOf()))
            .forEach(r -> r.assumption().ifPresent(rates::add));
        for (Assumption a : data.assumptions(s.name())) {
          if (rules.contains(a) || rates.contains(a)) {
            usedBy.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(bs.name());
          }
        }
        Stream.concat(s.schedule().measures().stream(), s.overlays().stream())
            .filter(m -> m.inForceOn(s.asOf()) && m.provenance().confidence() == Confidence.U)
            .forEach(
                m ->
                    measureUsedBy
                        .computeIfAbsent(
                            byKey
                                .computeIfAbsent(
                                    AssumptionGroups.key(m), k -> AssumptionGroups.of(m))
                                .add(m),
                            k -> new LinkedHashSet<>())
                        .add(bs.name()));
      }
    }
    List<Assumptions.Item> ruleItems = new ArrayList<>();
    List<Assumptions.Item> rateItems = new ArrayList<>();
    List<Assumptions.Item> measureItems = new ArrayList<>();
    usedBy.forEach(
        (a, names) -> {
          Assumptions.Item item =
              new Assumptions.Item(a.text(), a.source(), confidence(a), List.copyOf(names));
          (rules.contains(a) ? ruleItems : rateItems).add(item);
        });
    measureUsedBy.forEach(
        (key, names) -> {
          AssumptionGroups.Group g = byKey.get(key);
          String text =
              g.label()
                  + (g.members() == 1
                      ? ""
                      : " (" + g.members() + " measures, one per tariff line)");
          measureItems.add(new Assumptions.Item(text, g.source(), "U", List.copyOf(names)));
        });
    List<Assumptions.Group> groups = new ArrayList<>();
    add(groups, "Customs rules (valuation, fees, rounding)", ruleItems);
    add(groups, "Tariff measures", measureItems);
    add(groups, "Exchange rates", rateItems);
    return coverage(groups, regimes);
  }

  private static void add(
      List<Assumptions.Group> groups, String title, List<Assumptions.Item> items) {
    if (!items.isEmpty()) {
      groups.add(new Assumptions.Group(title, items));
    }
  }

  /** The confidence an assumption's source states; an assumption without one is unverified. */
  static String confidence(Assumption a) {
    Matcher m = CONFIDENCE.matcher(a.source() + " " + a.text());
    return m.find() ? m.group(1) : "U";
  }

  private static Assumptions coverage(List<Assumptions.Group> groups, Set<CustomsRegime> regimes) {
    LocalDate through = null;
    String basis = "no input of these scenarios ends on a known date";
    for (CustomsRegime r : regimes) {
      for (EntryFee fee : r.fees()) {
        LocalDate last = null;
        String source = null;
        for (FeeBand band : fee.bands()) {
          if (last == null || band.toInclusive().isAfter(last)) {
            last = band.toInclusive();
            source = band.source();
          }
        }
        if (last != null && (through == null || last.isBefore(through))) {
          through = last;
          basis =
              "the latest "
                  + r.importer()
                  + " "
                  + fee.title()
                  + " band ends then ("
                  + source
                  + "); later entries have no known fee and are rejected, never charged zero.";
        }
      }
    }
    return new Assumptions(groups, through, basis);
  }
}
