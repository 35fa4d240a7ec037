package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.GroupBy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BatchReportTest {

  private static Aggregate agg(
      String scenario, String category, String origin, long lines, String value, String duty) {
    BigDecimal v = new BigDecimal(value);
    BigDecimal d = new BigDecimal(duty);
    return Aggregate.of(
        scenario,
        "USD",
        category,
        null,
        origin,
        null,
        lines,
        v,
        d,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        0,
        BigDecimal.ZERO,
        Rollup.rate(d, v),
        null,
        null);
  }

  @Test
  void rollupSumsTheFinestGroupingThatHasTheDimension() {
    List<Aggregate> all =
        List.of(
            agg("a", null, null, 4, "1000.00", "40.00"),
            agg("a", "textiles", "IN", 1, "100.00", "10.00"),
            agg("a", "textiles", "CN", 2, "300.00", "3.00"),
            agg("a", "toys", "CN", 1, "600.00", "27.00"),
            agg("a", null, "IN", 1, "100.00", "10.00"),
            agg("a", null, "CN", 3, "900.00", "30.00"));
    // by category only the (category, origin) grouping has it: summed over origins
    Map<String, Rollup.Group> cat = Rollup.by(all, GroupBy.CATEGORY, "a", "USD");
    assertThat(cat.keySet()).containsExactly("textiles", "toys");
    assertThat(cat.get("textiles").lines()).isEqualTo(3);
    assertThat(cat.get("textiles").customsValue()).isEqualByComparingTo("400.00");
    assertThat(cat.get("textiles").duty()).isEqualByComparingTo("13.00");
    // 13.00 / 400.00 x 100 = 3.2500
    assertThat(cat.get("textiles").effectiveRate()).isEqualByComparingTo("3.2500");
    // by origin the origin-only grouping is finer than (category, origin): taken as is, not summed
    Map<String, Rollup.Group> org = Rollup.by(all, GroupBy.ORIGIN, "a", "USD");
    assertThat(org.get("CN").customsValue()).isEqualByComparingTo("900.00");
    assertThat(org.get("CN").effectiveRate()).isEqualByComparingTo("3.3333");
    assertThat(Rollup.by(all, GroupBy.CHAPTER, "a", "USD")).isEmpty();
    assertThat(Rollup.total(all, "a", "USD").lines()).isEqualTo(4);
  }

  @Test
  void headlineAndCategoryTableAreTheBatchAggregates() {
    DemoBatch demo = DemoBatch.get();
    Report report = demo.report();
    Aggregate before = demo.total(DemoBatch.BASE, "USD");
    Aggregate after = demo.total(DemoBatch.COMPARE, "USD");
    Section usd = report.sections().get(0);
    assertThat(usd.id()).isEqualTo("part-usd");
    Map<String, Object> kpi = new java.util.HashMap<>();
    usd.headline().figures().forEach(f -> kpi.put(f.key(), f.value()));
    assertThat(kpi.get("lines")).isEqualTo(after.lines());
    assertThat(kpi.get("duty-before")).isEqualTo(before.duty());
    assertThat(kpi.get("duty-after")).isEqualTo(after.duty());
    assertThat((BigDecimal) kpi.get("duty-change"))
        .isEqualByComparingTo(after.duty().subtract(before.duty()));
    // the batch's delta is against its base, which is the report's base here
    assertThat((BigDecimal) kpi.get("charges-change")).isEqualByComparingTo(after.delta());
    assertThat(kpi.get("rate-before")).isEqualTo(before.effectiveRate());
    assertThat(kpi.get("rate-after")).isEqualTo(after.effectiveRate());

    Figure byCategory = usd.figures().get(0);
    DataTable t = byCategory.table();
    for (Aggregate a : demo.result.aggregates()) {
      if (a.category() != null && a.currency().equals("USD")) {
        int row = row(t, a.category());
        String key = a.scenario().equals(DemoBatch.BASE) ? "duty_before" : "duty_after";
        if (a.scenario().equals(DemoBatch.BASE) || a.scenario().equals(DemoBatch.COMPARE)) {
          assertThat(t.number(row, key)).as(a.category()).isEqualTo(a.duty());
          assertThat(t.cell(row, "lines")).isEqualTo(a.lines());
        }
      }
    }
    // the bars are the change column: sorted from the largest fall
    assertThat(byCategory.seriesKeys()).containsExactly("duty_change");
    for (int r = 1; r < t.size(); r++) {
      assertThat(t.number(r, "duty_change")).isGreaterThanOrEqualTo(t.number(r - 1, "duty_change"));
    }
    // the histogram counts every line with a rate
    Figure hist = usd.figures().get(2);
    long counted = 0;
    for (int r = 0; r < hist.table().size(); r++) {
      counted += (Long) hist.table().cell(r, "lines");
    }
    assertThat(counted).isEqualTo(after.lines());
  }

  @Test
  void assumptionsAreGroupedWithConfidenceAndCoverageIsTheLastFeeBand() {
    Report report = DemoBatch.get().report();
    Assumptions a = report.assumptions();
    assertThat(a.groups()).extracting(Assumptions.Group::title).contains("Tariff measures");
    assertThat(a.count()).isPositive();
    assertThat(a.groups())
        .allSatisfy(
            g -> assertThat(g.items()).allSatisfy(i -> assertThat(i.confidence()).isIn("R", "U")));
    // the bundled US MPF bands run by US fiscal year (FY2026 ends on 2026-09-30; a later bundle may
    // add FY2027): coverage ends on a September 30 no earlier than 2026
    assertThat(a.coveredThrough().getMonthValue()).isEqualTo(9);
    assertThat(a.coveredThrough().getDayOfMonth()).isEqualTo(30);
    assertThat(a.coveredThrough().getYear()).isGreaterThanOrEqualTo(2026);
    assertThat(a.coverageBasis()).contains("US");
  }

  /**
   * Issue 16: the report lists tariff measures per assumption, not per tariff line: the 50/2017
   * entries assumed equal to their 45/2025 successors are one item naming how many measures it
   * stands for, and no two items say the same thing.
   */
  @Test
  void tariffMeasuresAreListedOncePerAssumption() {
    Assumptions a = DemoBatch.get().report().assumptions();
    List<Assumptions.Item> measures =
        a.groups().stream()
            .filter(g -> g.title().equals("Tariff measures"))
            .findFirst()
            .orElseThrow()
            .items();
    List<Assumptions.Item> bcd =
        measures.stream().filter(i -> i.text().startsWith("Effective BCD, 50/2017:")).toList();
    assertThat(bcd).singleElement();
    assertThat(bcd.get(0).text()).containsPattern("\\((\\d+) measures, one per tariff line\\)$");
    assertThat(Integer.parseInt(bcd.get(0).text().replaceFirst(".*\\((\\d+) measures.*", "$1")))
        .isGreaterThan(100);
    assertThat(bcd.get(0).source()).isEqualTo("in-layers.csv in-bcd-50-2017");
    assertThat(measures).extracting(Assumptions.Item::text).doesNotHaveDuplicates();
    assertThat(measures.size()).isLessThan(200);
  }

  @Test
  void refusesRateChangesOfOtherScenarios() {
    DemoBatch demo = DemoBatch.get();
    assertThatThrownBy(
            () ->
                BatchReport.builder(demo.result)
                    .compare("2026-framework")
                    .rateChanges(demo.changes)
                    .build())
        .hasMessageContaining("rate changes collected from 2025-peak to 2026-s122");
    assertThatThrownBy(() -> BatchReport.builder(demo.result).compare("nope"))
        .hasMessageContaining("scenario 'nope' is not in this batch");
  }

  @Test
  void htmlIsSelfContainedAndHasNoScript() {
    String html = DemoBatch.get().report().toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("default-src 'none'");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("@import", "<link");
    Matcher refs = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
    while (refs.find()) {
      assertThat(refs.group(1)).startsWith("#");
    }
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (urls.find()) {
      assertThat(urls.group(1)).startsWith("#");
    }
    Matcher http = Pattern.compile("https?://[^\"' )<]+").matcher(html);
    while (http.find()) {
      assertThat(http.group()).startsWith("http://www.w3.org/");
    }
    assertThat(html).contains("@media print", "size: A4");
    // ids are unique in the document (each inline SVG's clip paths and defs are prefixed)
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("id %s unique", ids.group(1)).isTrue();
    }
    assertThat(seen).hasSizeGreaterThan(20);
    // every figure is inlined once, with its table
    for (Figure f : DemoBatch.get().report().figures()) {
      assertThat(html).contains("id=\"" + f.id() + "-svg\"", "data-table=\"" + f.id() + "\"");
    }
  }

  private static int row(DataTable t, String category) {
    for (int r = 0; r < t.size(); r++) {
      if (t.cell(r, "category").equals(category.isEmpty() ? "(none)" : category)) {
        return r;
      }
    }
    throw new AssertionError("no row " + category);
  }
}
