package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.data.BundledDataset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The first lookups of a {@link ScopeIndex} ask each measure's scope; later ones use the hash
 * index. Both must give the same candidates: what {@code lookup --all} lists as considered depends
 * on it.
 */
class ScopeIndexTest {

  private static Measure measure(String id, String scope) {
    return Measure.builder(id)
        .kind(MeasureKind.ADDITIONAL_DUTY)
        .scope(scope)
        .rate("10%")
        .validity("2025-01-01..")
        .provenance("test", Confidence.V)
        .build();
  }

  private static List<String> ids(Measure[] measures, int[] candidates) {
    List<String> ids = new ArrayList<>();
    for (int i : candidates) {
      ids.add(measures[i].id());
    }
    return ids;
  }

  @Test
  void candidatesAreTheCodesPrefixesTheRangesOfItsChapterAndEveryProduct() {
    Measure[] measures = {
      measure("heading", "6109"),
      measure("other-heading", "6110"),
      measure("textiles", "50-63"),
      measure("range-in-chapter-not-covering", "6101-6105"),
      measure("every", "* except 6109.10"),
      measure("food", "01-05"),
      measure("line", "6109.10.00 except 6109.10.00.12"),
    };
    ScopeIndex index = new ScopeIndex(measures);
    ProductCode tshirt = ProductCode.parse("6109.10.00.12");
    // By hand: 6109 and 6109.10.00 are prefixes of the code; 50-63 and 6101-6105 span chapter 61
    // (the second without covering 6109); * covers every product; 6110 and 01-05 do not.
    List<String> expected =
        List.of("heading", "textiles", "range-in-chapter-not-covering", "every", "line");
    assertThat(ids(measures, index.scan(tshirt))).isEqualTo(expected);
    assertThat(ids(measures, index.indexed(tshirt))).isEqualTo(expected);
    assertThat(ids(measures, index.scan(ProductCode.parse("0302"))))
        .containsExactly("every", "food");
    // The include of "line" covers the code its exclusion takes out; 6101-6105 does not cover it.
    assertThat(index.includeCovers(6, tshirt)).isTrue();
    assertThat(index.includeCovers(3, tshirt)).isFalse();
    assertThat(index.includeCovers(4, tshirt)).isTrue();
  }

  @Test
  void lookupsGiveTheSameCandidatesBeforeAndAfterTheIndexIsBuilt() {
    Measure[] measures = {
      measure("a", "6109"), measure("b", "50-63"), measure("c", "0802.12, 0802.13, 0802.21")
    };
    ScopeIndex index = new ScopeIndex(measures);
    // 5 includes over 3 measures: the first lookup asks each scope, the second builds the index.
    assertThat(index.scansBeforeIndex()).isEqualTo(1);
    ProductCode code = ProductCode.parse("6109.10.00");
    for (int i = 0; i < 4; i++) {
      assertThat(ids(measures, index.candidates(code))).containsExactly("a", "b");
    }
  }

  @Test
  void scanAndIndexAgreeOnEveryBundledScheduleForCodesTheirScopesName() {
    BundledDataset data = BundledDataset.load();
    // Every 193rd code that a bundled scope names (with parents and extensions): a scan of the full
    // US schedule asks some twenty thousand scopes, so all of them would take minutes.
    List<ProductCode> codes = new ArrayList<>();
    for (int i = 0; i < ApplicableMemoTest.SCOPE_CODES.size(); i += 193) {
      codes.add(ApplicableMemoTest.SCOPE_CODES.get(i));
    }
    codes.add(ProductCode.parse("6109.10.00.12"));
    codes.add(ProductCode.parse("0802.12"));
    Set<List<String>> seen = new HashSet<>();
    int compared = 0;
    for (Scenario s : data.scenarios()) {
      List<Measure> all = new ArrayList<>(s.schedule().measures());
      all.addAll(s.overlays());
      if (!seen.add(all.stream().map(Measure::id).toList())) {
        continue; // the same measures as a scenario already compared
      }
      Measure[] measures = all.toArray(Measure[]::new);
      ScopeIndex index = new ScopeIndex(measures);
      for (ProductCode code : codes) {
        assertThat(index.scan(code)).as("%s %s", s.name(), code).isEqualTo(index.indexed(code));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(500);
  }

  @Property(tries = 300)
  void scanAndIndexAgreeOnRandomScopes(
      @ForAll("scopes") List<String> scopes, @ForAll("codes") List<ProductCode> codes) {
    Measure[] measures = new Measure[scopes.size()];
    for (int i = 0; i < measures.length; i++) {
      measures[i] = measure("m" + i, scopes.get(i));
    }
    ScopeIndex index = new ScopeIndex(measures);
    for (ProductCode code : codes) {
      int[] scanned = index.scan(code);
      assertThat(scanned).isEqualTo(index.indexed(code));
      for (int i = 0; i < measures.length; i++) {
        if (measures[i].scope().contains(code)) {
          assertThat(scanned).contains(i);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<String>> scopes() {
    Arbitrary<String> code =
        Arbitraries.integers()
            .between(1, 5)
            .flatMap(
                pairs ->
                    Arbitraries.strings()
                        .withChars("0126")
                        .ofLength(pairs * 2)
                        .filter(d -> !d.startsWith("00")));
    Arbitrary<String> item =
        Arbitraries.oneOf(
            code,
            Arbitraries.integers()
                .between(1, 98)
                .flatMap(
                    a ->
                        Arbitraries.integers()
                            .between(a, 99)
                            .map(b -> String.format("%02d-%02d", a, b))));
    Arbitrary<String> includes =
        Arbitraries.oneOf(
            item.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(", ", l)),
            Arbitraries.just("*"));
    Arbitrary<String> scope =
        includes.flatMap(
            in ->
                code.list()
                    .ofMaxSize(2)
                    .map(ex -> ex.isEmpty() ? in : in + " except " + String.join(", ", ex)));
    return scope.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<ProductCode>> codes() {
    return Arbitraries.strings()
        .withChars("0126")
        .ofLength(10)
        .filter(d -> !d.startsWith("00"))
        .map(ProductCode::ofDigits)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }
}
