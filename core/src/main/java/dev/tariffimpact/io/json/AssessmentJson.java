package dev.tariffimpact.io.json;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.impact.Change;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.impact.ImpactComponent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes assessments and impacts as the stable JSON documented in {@code docs/cli.md}.
 *
 * <p>Every money amount and rate is a JSON string holding the exact decimal (for example {@code
 * "1650.00"}), so no consumer loses precision through a binary floating-point number. A value that
 * cannot be computed (a landed cost without freight, say) is {@code null}, never zero.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AssessmentJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private AssessmentJson() {}

  /**
   * Returns {@code {"assessment": {...}}} for one assessment.
   *
   * @param assessment the assessment
   * @return the JSON text, pretty-printed
   */
  public static String single(Assessment assessment) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("assessment", assessment(assessment));
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /**
   * Returns {@code {"before": {...}, "after": {...}, "delta": {...}}} for a comparison.
   *
   * @param impact the comparison
   * @return the JSON text, pretty-printed
   */
  public static String comparison(Impact impact) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("before", assessment(impact.before()));
    root.set("after", assessment(impact.after()));
    root.set("delta", delta(impact));
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /**
   * Returns the JSON object of one assessment.
   *
   * @param a the assessment
   * @return a new tree with the keys documented in {@code docs/cli.md}
   */
  public static ObjectNode assessment(Assessment a) {
    Objects.requireNonNull(a, "a");
    ObjectNode node = MAPPER.createObjectNode();
    node.put("scenario", a.scenario());
    node.put("importer", a.entry().importer());
    node.put("currency", a.currency().getCurrencyCode());
    node.put("customsValue", decimal(a.customsValue()));
    ArrayNode components = node.putArray("components");
    for (AssessmentComponent c : a.components()) {
      ObjectNode item = components.addObject();
      item.put("measure", c.measureId());
      item.put("title", c.title());
      item.put("kind", c.kind().name());
      item.put("base", decimal(c.base()));
      item.put("rate", c.rate());
      item.put("amount", decimal(c.amount()));
      if (c.isEntryLevel()) {
        item.putNull("line");
      } else {
        item.put("line", c.lineIndex() + 1);
      }
    }
    node.put("dutyTotal", decimal(a.dutyTotal()));
    node.put("feeTotal", decimal(a.feeTotal()));
    node.put("taxTotal", decimal(a.taxTotal()));
    node.put("landedCost", decimal(a.landedCost()));
    node.put("effectiveDutyRate", decimal(a.effectiveDutyRate()));
    node.put("payable", decimal(a.payable()));
    ArrayNode rates = node.putArray("exchangeRates");
    for (ExchangeRate r : a.exchangeRates()) {
      ObjectNode item = rates.addObject();
      item.put("from", r.from().getCurrencyCode());
      item.put("to", r.to().getCurrencyCode());
      item.put("rate", decimal(r.rate()));
      item.put("validFrom", r.validFrom().toString());
      // the last day of the table used (India: the fortnightly CBIC table), null when open-ended
      item.put("validTo", r.validTo() == null ? null : r.validTo().toString());
      item.put("source", r.source());
    }
    // the rules applied or available (claims, in-transit, low-value relief, other origins)
    ArrayNode notes = node.putArray("notes");
    a.notes().forEach(notes::add);
    ArrayNode assumptions = node.putArray("assumptions");
    for (Assumption x : a.assumptions()) {
      ObjectNode item = assumptions.addObject();
      item.put("text", x.text());
      item.put("source", x.source());
    }
    return node;
  }

  private static ObjectNode delta(Impact impact) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode components = node.putArray("components");
    for (ImpactComponent c : impact.components()) {
      ObjectNode item = components.addObject();
      item.put("measure", c.measureId());
      item.put("title", c.title());
      item.put("kind", c.kind().name());
      if (c.lineIndex() < 0) {
        item.putNull("line");
      } else {
        item.put("line", c.lineIndex() + 1);
      }
      item.put("presentIn", c.presentIn().name());
      item.put("rateBefore", c.rateBefore());
      item.put("rateAfter", c.rateAfter());
      change(item, c.change());
    }
    change(node.putObject("dutyTotal"), impact.duty());
    change(node.putObject("feeTotal"), impact.fees());
    change(node.putObject("taxTotal"), impact.taxes());
    Optional<Change> landed = impact.landedCost();
    if (landed.isPresent()) {
      change(node.putObject("landedCost"), landed.get());
    } else {
      node.putNull("landedCost");
    }
    node.put("landedCostPercentChange", decimal(impact.landedCostPercentChange()));
    node.put("effectiveDutyRateChange", decimal(impact.effectiveRateChange()));
    return node;
  }

  private static void change(ObjectNode node, Change change) {
    node.put("before", decimal(change.before()));
    node.put("after", decimal(change.after()));
    node.put("delta", decimal(change.delta()));
  }

  private static String decimal(BigDecimal value) {
    return value.toPlainString();
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(null);
  }
}
