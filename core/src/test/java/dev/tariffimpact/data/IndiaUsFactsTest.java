package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * India's duties on goods of the US from the bundled data against FACTS.md sections 1 and 3, with
 * hand arithmetic in the comments. Invoices are CIF in USD at the bundled INR 85.00/USD (an
 * assumption every assessment must list).
 */
class IndiaUsFactsTest {

  private static final BundledDataset DATA = BundledDataset.load();

  private static ShipmentLine.Builder line(String code, String usd, String entryDate) {
    return ShipmentLine.builder(code, "US")
        .value(usd, "USD")
        .incoterm(Incoterm.CIF)
        .transportMode(TransportMode.OCEAN)
        .entryDate(LocalDate.parse(entryDate));
  }

  private static BigDecimal amount(Assessment a, String id) {
    return a.component(id, 0).orElseThrow(() -> new AssertionError("no " + id)).amount();
  }

  /**
   * Shelled almonds (0802 12 00), 1,000 kg, CIF USD 8,000 on 2025-10-01, dried (IGST claim
   * in-9-2025-I-23: "other nuts, dried ... such as almonds"): AV 8,000 x 88.85 (CBIC table of
   * 2025-09-19) = 710,800.00. BCD Rs 100/kg x 1,000 = 100,000.00 (FACTS.md s.3); AIDC Nil (not
   * listed in 11/2021); no SWS (11/2018 S.No. 1 lists 0802 12 00); IGST 5% x (710,800 + 100,000) =
   * 40,540.00. Total 140,540.00.
   */
  @Test
  void shelledAlmondsPayRs100PerKgBcd() {
    Assessment a =
        DATA.assess(
            Entry.of(
                "IN",
                line("0802.12.00", "8000", "2025-10-01")
                    .quantity(Quantity.of("1000", Unit.KG))
                    .claim("in-9-2025-I-23")
                    .build()),
            "in-us-mfn-2025");
    assertThat(a.customsValue()).isEqualByComparingTo("710800.00");
    assertThat(amount(a, "in-bcd-08021200")).isEqualByComparingTo("100000.00");
    assertThat(amount(a, "in-aidc-nil-08021200")).isEqualByComparingTo("0.00");
    assertThat(a.component("in-sws-08021200", 0)).isEmpty();
    assertThat(amount(a, "in-igst-9-2025-I-23-08021200")).isEqualByComparingTo("40540.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("140540.00");
    assertThat(a.assumptions())
        .anyMatch(
            x -> x.text().startsWith("Exchange rate USD->INR 88.85 (2025-09-19..2025-10-02)"));
  }

  /** Almonds without a declared IGST entry (fresh: Nil; dried: 5%): not computable, never 0. */
  @Test
  void almondsWithoutAClaimedIgstEntryAreNotComputable() {
    Entry e =
        Entry.of(
            "IN",
            line("0802.12.00", "8000", "2025-10-01")
                .quantity(Quantity.of("1000", Unit.KG))
                .build());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DATA.assess(e, "in-us-mfn-2025"))
        .hasMessageContaining("in-9-2025-I-23")
        .hasMessageContaining("in-10-2025-EXEMPT-45");
  }

  /**
   * Crude soybean oil (1507 10 00), CIF USD 10,000 on 2025-10-01: AV 10,000 x 88.85 = 888,500.00;
   * BCD 10% (50/2017 from 2025-05-30, FACTS.md s.3, V; First Schedule 45%) 88,850.00; AIDC 5%
   * (11/2021 S.No. 8) 44,425.00; SWS 10% x 133,275.00 = 13,327.50; duties 146,602.50 = 16.5% of AV
   * (FACTS.md s.3). IGST 5% (9/2025 Sch. I S.No. 84) x 1,035,102.50 = 51,755.125 -> 51,755.13
   * (HALF_UP). Total 198,357.63, payable 198,358.
   */
  @Test
  void crudeSoybeanOilEffectiveDutyIs16point5Percent() {
    Assessment a =
        DATA.assess(
            Entry.of("IN", line("1507.10.00", "10000", "2025-10-01").build()), "in-us-mfn-2025");
    assertThat(a.customsValue()).isEqualByComparingTo("888500.00");
    assertThat(amount(a, "in-bcd-50-2017-45-2025-I-41-2025-05-30-15071000"))
        .isEqualByComparingTo("88850.00");
    assertThat(amount(a, "in-aidc-11-2021-8-2025-01-01-15071000")).isEqualByComparingTo("44425.00");
    assertThat(amount(a, "in-sws-15071000")).isEqualByComparingTo("13327.50");
    assertThat(a.dutyTotal()).isEqualByComparingTo("146602.50");
    assertThat(a.effectiveDutyRate().orElseThrow()).isEqualByComparingTo("16.5");
    assertThat(amount(a, "in-igst-9-2025-I-84-15071000")).isEqualByComparingTo("51755.13");
    assertThat(a.totalCharges()).isEqualByComparingTo("198357.63");
    assertThat(a.payable()).isEqualByComparingTo("198358");
  }

  /**
   * Bourbon (2208 30 11), CIF USD 1,000 on 2025-10-01: AV 88,850.00; BCD 50% (50/2017 assumed as
   * 45/2025 Table I S.No. 70; First Schedule 150%) 44,425.00 + AIDC 50% (11/2021 S.No. 9C, from
   * 2025-02-13) 44,425.00 = 100% (FACTS.md, V); no SWS (11/2018 S.No. 1 lists 2208), no IGST
   * (alcoholic liquor). Under the illustrative framework on 2026-02-10 (AV 1,000 x 91.35 =
   * 91,350.00) the AIDC is assumed removed: BCD 50% only, 45,675.00.
   */
  @Test
  void bourbonBeforeAndUnderTheIllustrativeFramework() {
    Entry mfn = Entry.of("IN", line("2208.30.11", "1000", "2025-10-01").build());
    Assessment before = DATA.assess(mfn, "in-us-mfn-2025");
    assertThat(before.components())
        .extracting(c -> c.measureId())
        .containsExactly(
            "in-bcd-50-2017-45-2025-I-70-22083011", "in-aidc-11-2021-9C-2025-02-13-22083011");
    assertThat(before.dutyTotal()).isEqualByComparingTo("88850.00");
    assertThat(before.taxTotal()).isEqualByComparingTo("0");

    Entry later = Entry.of("IN", line("2208.30.11", "1000", "2026-02-10").build());
    Assessment after = DATA.assess(later, "in-us-framework-illustrative");
    assertThat(after.components())
        .extracting(c -> c.measureId())
        .containsExactly("in-fw-bcd-2208.30", "in-fw-aidc-2208.30");
    assertThat(after.dutyTotal()).isEqualByComparingTo("45675.00");
    assertThat(after.assumptions()).anyMatch(x -> x.text().contains("in-fw-aidc-2208.30"));
  }

  /** Vodka (2208 60 00): BCD 50% + AIDC 100% = 150% of AV, not bourbon's 100%. */
  @Test
  void otherSpiritsPay150Percent() {
    Assessment a =
        DATA.assess(
            Entry.of("IN", line("2208.60.00", "1000", "2025-10-01").build()), "in-us-mfn-2025");
    // AV 88,850.00: BCD 50% 44,425.00 + AIDC 100% (11/2021 S.No. 9) 88,850.00 = 133,275.00
    assertThat(a.dutyTotal()).isEqualByComparingTo("133275.00");
  }

  /** Almonds under the illustrative framework: BCD and AIDC 0%, IGST 5% (dried, claimed) stays. */
  @Test
  void almondsUnderTheIllustrativeFramework() {
    Assessment a =
        DATA.assess(
            Entry.of(
                "IN",
                line("0802.12.00", "8000", "2026-02-10")
                    .quantity(Quantity.of("1000", Unit.KG))
                    .claim("in-9-2025-I-23")
                    .build()),
            "in-us-framework-illustrative");
    // AV 8,000 x 91.35 = 730,800.00; duties 0.00; IGST 5% x 730,800 = 36,540.00
    assertThat(a.dutyTotal()).isEqualByComparingTo("0");
    assertThat(amount(a, "in-igst-9-2025-I-23-08021200")).isEqualByComparingTo("36540.00");
  }
}
