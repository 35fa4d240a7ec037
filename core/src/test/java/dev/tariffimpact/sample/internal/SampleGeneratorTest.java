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

  @Test
  void metalContentIsDeclaredForSteelAndAluminumLinesOnly() {
    StringWriter w = new StringWriter();
    SampleGenerator.of(3, SampleGenerator.bundledUniverse()).withMetalContent(true).write(2000, w);
    List<String> rows = w.toString().lines().toList();
    assertThat(rows.get(0)).endsWith(",category,components");
    long steel = 0;
    for (String row : rows.subList(1, rows.size())) {
      String code = row.split(",")[3];
      String components = row.substring(row.lastIndexOf(',') + 1);
      switch (code.substring(0, 2)) {
        case "72", "73" -> {
          assertThat(components).startsWith("steel content=");
          steel++;
        }
        case "76" -> assertThat(components).startsWith("aluminum content=");
        default -> assertThat(components).isEmpty();
      }
    }
    assertThat(steel).isPositive();
  }
}
