package dev.tariffimpact.customs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.schedule.CompiledSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The content split on the bundled US law: a Section 232 duty on the metal content until
 * 2026-04-05, the rest of the value to the layers the chapter 99 text leaves on it. Every expected
 * amount is worked out in the comments (USD 10,000 line, origin IN, ocean).
 */
class ContentSplitTest {

  private static final BundledDataset DATA = BundledDataset.load();

  private static Assessment assess(String code, String date, String component, String content) {
    ShipmentLine.Builder b =
        ShipmentLine.builder(code, "IN")
            .value("10000", "USD")
            .transportMode(TransportMode.OCEAN)
            .entryDate(LocalDate.parse(date));
    if (component != null) {
      b.componentValue(component, new BigDecimal(content));
    }
    CompiledSchedule s = CompiledSchedule.of(DATA.schedule("us-india.json"), LocalDate.parse(date));
    return DATA.assessor("US").assess(Entry.of("US", b.build()), s);
  }

  private static List<String> duties(Assessment a) {
    return a.components(0).stream()
        .map(c -> c.measureId() + " " + c.base().toPlainString() + " " + c.amount().toPlainString())
        .toList();
  }

  /**
   * 7326.90.86 (other articles of iron or steel, MFN 2.9%), a steel derivative (headings 7301-7326
   * from 2025-03-12), USD 4,000 steel content, so 6,000 rest of the value:
   *
   * <ul>
   *   <li>2025-05-15: MFN 2.9% x 10,000 = 290.00; Section 232 25% x 4,000 = 1,000.00; IEEPA
   *       baseline 10% x 6,000 = 600.00 (note 2(v)(vii)); total 1,890.00.
   *   <li>2025-09-15: MFN 290.00; Section 232 50% x 4,000 = 2,000.00; IEEPA India 25% x 6,000 =
   *       1,500.00 (it replaces the baseline on the rest too); no Russian-oil duty (note 2(z)(iv):
   *       not on derivative steel products at all); total 3,790.00.
   *   <li>2026-03-01: MFN 290.00; Section 232 2,000.00; Section 122 10% x 6,000 = 600.00 (treated
   *       as the reciprocal duties, a judgement); total 2,890.00.
   * </ul>
   */
  @ParameterizedTest
  @CsvSource({
    "2025-05-15, us-s232-steel-derivatives-25, 1000.00, us-ieepa-baseline-10, 600.00, 1890.00",
    "2025-09-15, us-s232-steel-derivatives-50-2025-06-04, 2000.00, us-ieepa-india-25, 1500.00,"
        + " 3790.00",
    "2026-03-01, us-s232-steel-derivatives-50-2025-06-04, 2000.00, us-s122-10, 600.00, 2890.00",
  })
  void steelDerivativeRestOfValuePaysTheReciprocalLayer(
      String date, String s232, String s232Amount, String rest, String restAmount, String total) {
    Assessment a = assess("7326.90.86", date, "steel content", "4000");
    assertThat(duties(a))
        .containsExactlyInAnyOrder(
            "us-mfn-7326.90.86 10000.00 290.00",
            s232 + " 10000.00 " + s232Amount, // the rate applies to the content inside ON(...)
            rest + " 6000.00 " + restAmount);
    assertThat(a.dutyTotal()).isEqualByComparingTo(total);
    assertThat(a.notes())
        .anyMatch(n -> n.contains("content split: " + rest) && n.contains("steel content"));
  }

  /** Without the steel content the rest of the value is unknown too: a named missing input. */
  @Test
  void missingContentIsANamedMissingInput() {
    assertThatThrownBy(() -> assess("7326.90.86", "2025-09-15", null, null))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("steel content")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(AssessmentException.Reason.MISSING_INPUT);
  }

  /**
   * {@code --content-default bea}: 7326.90.86.10 has a BEA steel share of 0.20934153930580277
   * (data/us/metal-content-shares-bea.csv.gz). On 2025-09-15, USD 10,000 without a declared
   * content: steel content 10,000 x 0.20934153930580277 = 2,093.415... -> 2,093.42; Section 232 50%
   * x 2,093.42 = 1,046.71; India 25% x (10,000 - 2,093.42 = 7,906.58) = 1,976.645 -> 1,976.65; MFN
   * 2.9% = 290.00; total 3,313.36. The estimate is a U assumption and a note. A declared content
   * wins over the estimate.
   */
  @Test
  void beaContentDefaultFillsAMissingContentAsAnAssumption() {
    Assessor bea =
        DATA.assessor("US")
            .withContentDefault(
                dev.tariffimpact.io.lists.MetalContentShares.bundled().contentDefault());
    CompiledSchedule s = DATA.asOf("US", LocalDate.parse("2025-09-15")).compile();
    ShipmentLine.Builder b =
        ShipmentLine.builder("7326.90.86.10", "IN")
            .value("10000", "USD")
            .entryDate(LocalDate.parse("2025-09-15"));
    Assessment a = bea.assess(Entry.of("US", b.build()), s);
    assertThat(a.component("us-s232-steel-derivatives-50-2025-06-04", 0).orElseThrow().amount())
        .isEqualByComparingTo("1046.71");
    AssessmentComponent india = a.component("us-ieepa-india-25", 0).orElseThrow();
    assertThat(india.base()).isEqualByComparingTo("7906.58");
    assertThat(india.amount()).isEqualByComparingTo("1976.65");
    assertThat(a.dutyTotal()).isEqualByComparingTo("3313.36");
    assertThat(a.notes())
        .anyMatch(n -> n.contains("content default used: steel content 2093.42 USD"));
    assertThat(a.assumptions())
        .anyMatch(x -> x.text().startsWith("ASSUMPTION (U): steel content of 7326.90.86.10"));

    Assessment declared =
        bea.assess(
            Entry.of("US", b.componentValue("steel content", new BigDecimal("4000")).build()), s);
    assertThat(declared.dutyTotal()).isEqualByComparingTo("3790.00"); // 290 + 2,000 + 1,500
    assertThat(declared.notes()).noneMatch(n -> n.contains("content default used"));
  }

  /** A content above the value is a declaration error, not a negative base. */
  @Test
  void contentAboveTheValueIsRefused() {
    assertThatThrownBy(() -> assess("7326.90.86", "2025-09-15", "steel content", "10000.01"))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("10000.01 exceeds the customs value 10000");
  }

  /**
   * Copper wire 7408.11.60.00 (MFN 3%) on 2025-09-15 with USD 7,000 copper content: Section 232 50%
   * x 7,000 = 3,500.00; the IEEPA duties do not apply to these products at all (note 2(v)(xii)
   * prints no non-copper-content clause), so nothing on the other 3,000; plus MFN.
   */
  @Test
  void copperRestOfValuePaysNoIeepaLayer() {
    Assessment a = assess("7408.11.60.00", "2025-09-15", "copper content", "7000");
    assertThat(a.component("us-s232-copper-50", 0).map(AssessmentComponent::amount))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3500.00"));
    assertThat(a.components(0))
        .noneMatch(c -> c.measureId().startsWith("us-ieepa"))
        .noneMatch(c -> c.base().compareTo(new BigDecimal("3000")) == 0);
  }

  /** From 2026-04-06 no duty is on the content: no split, every layer on the full value. */
  @Test
  void noSplitAfterTheRestructure() {
    Assessment a = assess("7326.90.86", "2026-11-29", "steel content", "4000");
    assertThat(a.notes()).noneMatch(n -> n.contains("content split"));
    assertThat(a.components(0))
        .isNotEmpty()
        .allMatch(c -> c.base().compareTo(new BigDecimal("10000")) == 0);
  }
}
