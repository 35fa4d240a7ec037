package dev.tariffimpact.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.sample.internal.SampleGenerator.Candidate;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

  private static String generate(long seed, int lines, List<Candidate> universe) {
    StringWriter w = new StringWriter();
    SampleGenerator.of(seed, universe).write(lines, w);
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnotherFile() {
    List<Candidate> universe = SampleGenerator.bundledUniverse();
    String a = generate(42, 500, universe);

    assertThat(generate(42, 500, universe)).isEqualTo(a);
    assertThat(generate(43, 500, universe)).isNotEqualTo(a);
  }

  @Test
  void writesTheHeaderAndTheRequestedNumberOfLinesInEntriesOfOneToTwentyLines() {
    String csv = generate(7, 1000, SampleGenerator.bundledUniverse());
    String[] rows = csv.split("\n");

    assertThat(rows[0])
        .isEqualTo(
            "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
                + "incoterm,mode,entry_date,export_date,category");
    assertThat(rows).hasSize(1001);
    Map<String, Integer> entrySizes = new LinkedHashMap<>();
    for (String row : Arrays.asList(rows).subList(1, rows.length)) {
      String[] f = row.split(",", -1);
      assertThat(f).hasSize(16);
      entrySizes.merge(f[0], 1, Integer::sum);
      assertThat(new BigDecimal(f[4])).isPositive();
      assertThat(new BigDecimal(f[6])).isPositive();
      assertThat(f[13].compareTo(f[14])).isPositive(); // exported before entry
    }
    assertThat(entrySizes.values()).allMatch(n -> n >= 1 && n <= 20);
    assertThat(csv).contains(",US,IN,").contains(",IN,US,"); // both directions
  }

  @Test
  void aUniverseBuiltInCodeIsUsedAsIs() {
    List<Candidate> universe =
        List.of(new Candidate("6109.10.00", "US", "doz.", "textiles-and-apparel", 1));
    String csv = generate(1, 50, universe);

    assertThat(csv.split("\n"))
        .hasSize(51)
        .allMatch(r -> r.startsWith("entry_id") || r.contains(",6109.10.00,"));
    assertThat(csv).contains(",doz.,");
  }

  @Test
  void rejectsAnEmptyUniverseAndANonPositiveWeight() {
    assertThatThrownBy(() -> SampleGenerator.of(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Candidate("6109", "US", "doz.", "x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight must be positive");
  }

  @Test
  void regeneratingTheBundledSampleGivesTheSameBytes() throws java.io.IOException {
    String bundled;
    try (java.io.InputStream in = dev.tariffimpact.data.BundledData.open("sample-shipments.csv")) {
      bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    StringWriter w = new StringWriter();
    SampleGenerator.of(20261121L, SampleGenerator.bundledUniverse())
        .withMetalContent(true)
        .write(300, w);
    assertThat(w.toString()).isEqualTo(bundled);
  }

  /**
   * Every line a Section 232 duty on metal content can reach declares it, and only those: the
   * derivatives of chapter 73 (7326.90.86, 7318.15.80: steel), and of other chapters the 2025-08-18
   * inclusions name (bearings 8482.10.50, engine parts 8409.91.99, medicaments 3004.90.92 and gear
   * boxes 8483.40.50: steel, the aluminum note 19(k) naming only 3004.90.9244 and 8483.40.5020;
   * insulated conductors 8544.42.90: aluminum and copper), whose lines the batch rejected before;
   * not an article of aluminum charged on its full value (7604.29.50) nor a T-shirt. The contents
   * never exceed the FOB value.
   */
  @Test
  void metalContentIsDeclaredForEveryLineADutyOnContentReaches() {
    StringWriter w = new StringWriter();
    SampleGenerator.of(3, SampleGenerator.bundledUniverse()).withMetalContent(true).write(2000, w);
    List<String> rows = w.toString().lines().toList();
    assertThat(rows.get(0)).endsWith(",category,components");
    java.util.Map<String, String> usComponents = new java.util.HashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      String components = row.substring(row.lastIndexOf(',') + 1);
      if (cells[1].equals("IN")) {
        assertThat(components).as("India's imports pay no US duty on content").isEmpty();
        continue;
      }
      usComponents.put(cells[3], components.replaceAll("=[0-9.]+", ""));
      java.math.BigDecimal total = java.math.BigDecimal.ZERO;
      for (String pair : components.isEmpty() ? new String[0] : components.split(";")) {
        total = total.add(new java.math.BigDecimal(pair.substring(pair.indexOf('=') + 1)));
      }
      assertThat(total).isLessThanOrEqualTo(new java.math.BigDecimal(cells[4]));
    }
    for (String code :
        List.of(
            "7326.90.86", "7318.15.80", "8482.10.50", "8409.91.99", "3004.90.92", "8483.40.50")) {
      assertThat(usComponents.get(code)).as(code).isEqualTo("steel content");
    }
    // note 19(j) prints 7616.99.5130/.5140/.5190 only: the 8-digit line is not covered
    assertThat(usComponents.get("7616.99.51")).isEmpty();
    assertThat(usComponents.get("8544.42.90")).isEqualTo("aluminum content;copper content");
    assertThat(usComponents.get("7604.29.50")).isEmpty();
    assertThat(usComponents.get("6109.10.00")).isEmpty();
  }
}
