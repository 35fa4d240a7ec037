package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.data.BundledDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CompiledSchedule#applicable} computes without explanation objects and remembers its
 * answers: it must agree with {@code explain(code, origin).applicable()} on the bundled US and
 * India schedules, on the first call and on remembered ones, fail like {@code explain} on bad
 * origins, and stay correct once its memo is full.
 */
class ApplicableMemoTest {

  private static final BundledDataset DATA = BundledDataset.load();
  private static final List<Scenario> SCENARIOS = DATA.scenarios();
  private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

  /**
   * Codes that name every include bound of every bundled measure, their parents, and statistical
   * extensions of them, so the property probes the codes the index actually distinguishes.
   */
  static final List<ProductCode> SCOPE_CODES = scopeCodes();

  /** A new index of a bundled scenario: the scenario's own is shared and its memo already used. */
  private static CompiledSchedule fresh(String name) {
    Scenario s = DATA.scenario(name);
    return CompiledSchedule.of(s.schedule().withAll(s.overlays()), s.asOf());
  }

  private static List<ProductCode> scopeCodes() {
    Set<String> digits = new TreeSet<>();
    for (Scenario s : SCENARIOS) {
      List<Measure> all = new ArrayList<>(s.schedule().measures());
      all.addAll(s.overlays());
      for (Measure m : all) {
        List<CodeRange> ranges = new ArrayList<>(m.scope().includes());
        ranges.addAll(m.scope().excludes());
        for (CodeRange r : ranges) {
          for (ProductCode c : List.of(r.first(), r.last())) {
            digits.add(c.digits());
            digits.add(c.digits().substring(0, 2));
            if (c.length() <= 8) {
              digits.add(c.digits() + "0".repeat(10 - c.length()));
              digits.add(c.digits() + "9".repeat(10 - c.length()));
            }
          }
        }
      }
    }
    return digits.stream().map(ProductCode::ofDigits).toList();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(SCENARIOS);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    LocalDate first = LocalDate.of(2025, 1, 1);
    return Arbitraries.integers().between(0, 729).map(first::plusDays);
  }

  @Provide
  Arbitrary<ProductCode> codes() {
    Arbitrary<ProductCode> anyCode =
        Arbitraries.strings()
            .numeric()
            .ofLength(10)
            .filter(d -> !d.startsWith("00"))
            .map(ProductCode::ofDigits);
    Arbitrary<ProductCode> truncated =
        Arbitraries.of(SCOPE_CODES)
            .flatMap(
                c -> Arbitraries.of(2, 4, 6, 8, 10).filter(n -> n <= c.length()).map(c::truncate));
    return Arbitraries.oneOf(Arbitraries.of(SCOPE_CODES), truncated, anyCode);
  }

  @Provide
  Arbitrary<String> origins() {
    Arbitrary<String> common = Arbitraries.of("IN", "CN", "CA", "MX", "US", "DE", "RU", "BR");
    Arbitrary<String> written = Arbitraries.of("in", " IN ", "cn");
    return Arbitraries.frequencyOf(
        Tuple.of(5, common), Tuple.of(3, Arbitraries.of(COUNTRIES)), Tuple.of(1, written));
  }

  /** The bundled schedules on any day, any code, any country: both paths agree, twice. */
  @Property(tries = 2000)
  void applicableEqualsExplainOnBundledSchedules(
      @ForAll("scenarios") Scenario scenario,
      @ForAll("days") LocalDate day,
      @ForAll("codes") ProductCode code,
      @ForAll("origins") String origin) {
    TariffSchedule schedule = scenario.schedule().withAll(scenario.overlays());
    CompiledSchedule compiled = CompiledSchedule.of(schedule, day);
    List<Measure> expected = compiled.explain(code, origin).applicable();

    assertThat(compiled.applicable(code, origin)).isEqualTo(expected);
    assertThat(compiled.applicable(code, origin)).as("remembered").isEqualTo(expected);
    assertThat(compiled.applicable(ProductCode.ofDigits(code.digits()), origin))
        .as("an equal code, another instance")
        .isEqualTo(expected);
  }

  /** The scenario's own compiled schedule, shared by many lookups as the Assessor uses it. */
  @Test
  void oneCompiledScheduleAnswersManyLookupsLikeExplain() {
    for (Scenario scenario : SCENARIOS) {
      CompiledSchedule compiled = scenario.compile();
      for (int round = 0; round < 2; round++) {
        for (ProductCode code : SCOPE_CODES) {
          for (String origin : List.of("IN", "US", "CN", "CA")) {
            assertThat(compiled.applicable(code, origin))
                .as("%s: %s from %s, round %d", scenario.name(), code, origin, round)
                .isEqualTo(compiled.explain(code, origin).applicable());
          }
        }
      }
    }
  }

  @Test
  void peakScenarioTshirtsFromIndiaStillGetMfnAndBothIeepaLayers() {
    // FACTS.md section 2: on 2025-09-15 cotton T-shirts from India pay MFN 16.5%, the IEEPA
    // India rate 25% and the Russian-oil duty 25%.
    CompiledSchedule compiled = fresh("us-in-2025-08-peak");
    ProductCode tshirts = ProductCode.parse("6109.10.00");
    List<String> first = compiled.applicable(tshirts, "IN").stream().map(Measure::id).toList();
    List<String> second = compiled.applicable(tshirts, "IN").stream().map(Measure::id).toList();

    assertThat(first)
        .containsExactlyElementsOf(
            compiled.explain(tshirts, "IN").applicable().stream().map(Measure::id).toList())
        .contains("us-ieepa-india-25", "us-ieepa-russian-oil-25")
        .hasSize(3);
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "", "  ", "IND", "U", "1N", "EU"})
  void invalidOriginsFailLikeExplainAndAreNotRemembered(String origin) {
    CompiledSchedule compiled = fresh("us-in-2025-08-peak");
    ProductCode code = ProductCode.parse("6109.10.00");
    for (ProductCode c : List.of(code, ProductCode.parse("0101"))) {
      Throwable fromExplain = catchThrowable(() -> compiled.explain(c, origin));
      for (int attempt = 0; attempt < 2; attempt++) {
        Throwable fromApplicable = catchThrowable(() -> compiled.applicable(c, origin));
        assertThat(fromExplain).isInstanceOf(InvalidOriginException.class);
        assertThat(fromApplicable)
            .isInstanceOf(InvalidOriginException.class)
            .hasMessage(fromExplain.getMessage());
      }
    }
    assertThat(compiled.memoSize()).isZero();
  }

  @Test
  void nullArgumentsFailLikeExplain() {
    CompiledSchedule compiled = fresh("us-in-2025-08-peak");
    ProductCode code = ProductCode.parse("6109.10.00");
    Throwable nullOrigin = catchThrowable(() -> compiled.applicable(code, null));
    assertThat(nullOrigin)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(catchThrowable(() -> compiled.explain(code, null)).getMessage());
    Throwable nullCode = catchThrowable(() -> compiled.applicable(null, "IN"));
    assertThat(nullCode)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(catchThrowable(() -> compiled.explain(null, "IN")).getMessage());
  }

  @Test
  void aFullMemoStopsGrowingAndAnswersStayCorrect() {
    Scenario peak = DATA.scenario("us-in-2025-08-peak");
    TariffSchedule schedule = peak.schedule().withAll(peak.overlays());
    CompiledSchedule compiled = CompiledSchedule.of(schedule, peak.asOf(), 50);
    List<String> origins = List.of("IN", "CN", "CA", "MX", "DE");
    // 120 codes x 5 origins = 600 distinct pairs, twelve times the capacity.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 120; i++) {
        ProductCode code = SCOPE_CODES.get(i * SCOPE_CODES.size() / 120);
        for (String origin : origins) {
          assertThat(compiled.applicable(code, origin))
              .as("%s from %s, round %d", code, origin, round)
              .isEqualTo(compiled.explain(code, origin).applicable());
        }
      }
      assertThat(compiled.memoSize()).isEqualTo(50);
    }
  }

  @Test
  void theDefaultMemoIsBoundedBeyondItsCapacity() {
    CompiledSchedule compiled = fresh("us-in-2025-08-peak");
    int distinct = CompiledSchedule.MEMO_CAPACITY + 3000;
    ProductCode tshirts = ProductCode.parse("6109.10.00");
    List<Measure> tshirtsFromIndia = compiled.explain(tshirts, "IN").applicable();
    compiled.applicable(tshirts, "IN"); // remembered first, so it must stay remembered
    for (int i = 0; i < distinct; i++) {
      // Distinct 10-digit codes of chapter 61 (6100000000 up to 6100717171).
      ProductCode code = ProductCode.ofDigits(Long.toString(6_100_000_000L + i * 37L));
      String origin = i % 2 == 0 ? "IN" : "CN";
      assertThat(compiled.applicable(code, origin))
          .as("%s from %s", code, origin)
          .isEqualTo(compiled.explain(code, origin).applicable());
    }
    assertThat(compiled.memoSize()).isEqualTo(CompiledSchedule.MEMO_CAPACITY);
    assertThat(compiled.applicable(tshirts, "IN")).isEqualTo(tshirtsFromIndia);
    ProductCode statistical = ProductCode.parse("6109.10.00.12");
    assertThat(compiled.applicable(statistical, "IN"))
        .as("a pair first seen after the memo filled")
        .isEqualTo(compiled.explain(statistical, "IN").applicable());
    assertThat(compiled.memoSize()).isEqualTo(CompiledSchedule.MEMO_CAPACITY);
  }
}
