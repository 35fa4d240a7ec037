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
   * Shelled almonds, 1,000 kg, CIF USD 8,000, dried (IGST claim in-9-2025-I-23: "other nuts, dried
   * ... such as almonds"): AV 8,000 x 85.00 = 680,000.00. BCD Rs 100/kg x 1,000 = 100,000.00
   * (FACTS.md s.3, V); AIDC Nil (not listed in 11/2021); no SWS (11/2018 S.No. 1 lists 0802 12 00,
   * assumed for dates before 2026-05-13, U; the engine lists only charged measures as assumptions);
   * IGST 5% x (680,000 + 100,000) = 39,000.00. Total 139,000.00.
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
    assertThat(a.customsValue()).isEqualByComparingTo("680000.00");
    assertThat(amount(a, "in-bcd-080212")).isEqualByComparingTo("100000.00");
    assertThat(amount(a, "in-aidc-nil-080212")).isEqualByComparingTo("0.00");
    assertThat(a.component("in-sws-080212", 0)).isEmpty();
    assertThat(amount(a, "in-igst-9-2025-I-23-080212")).isEqualByComparingTo("39000.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("139000.00");
    assertThat(a.assumptions()).anyMatch(x -> x.text().startsWith("Exchange rate USD->INR 85.00"));
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
   * Crude soybean oil, CIF USD 10,900 on 2025-10-01: AV 926,500.00; BCD 10% (50/2017, assumed as
   * 45/2025 Table I S.No. 41, U) 92,650.00; AIDC 5% (11/2021 S.No. 8) 46,325.00; SWS 10% x
   * 138,975.00 = 13,897.50; duties 152,872.50 = 16.5% of AV (FACTS.md s.3: effective 16.5%). IGST
   * 5% (9/2025 Sch. I S.No. 84) x (926,500 + 152,872.50 = 1,079,372.50) = 53,968.625 -> 53,968.63
   * (HALF_UP). Total 206,841.13, payable 206,841.
   */
  @Test
  void crudeSoybeanOilEffectiveDutyIs16point5Percent() {
    Assessment a =
        DATA.assess(
            Entry.of("IN", line("1507.10", "10900", "2025-10-01").build()), "in-us-mfn-2025");
    assertThat(a.customsValue()).isEqualByComparingTo("926500.00");
    assertThat(amount(a, "in-bcd-50-2017-45-2025-I-41-150710")).isEqualByComparingTo("92650.00");
    assertThat(amount(a, "in-aidc-11-2021-8-2025-01-01-150710")).isEqualByComparingTo("46325.00");
    assertThat(amount(a, "in-sws-150710")).isEqualByComparingTo("13897.50");
    assertThat(a.dutyTotal()).isEqualByComparingTo("152872.50");
    assertThat(a.effectiveDutyRate().orElseThrow()).isEqualByComparingTo("16.5");
    assertThat(amount(a, "in-igst-9-2025-I-84-150710")).isEqualByComparingTo("53968.63");
    assertThat(a.totalCharges()).isEqualByComparingTo("206841.13");
    assertThat(a.payable()).isEqualByComparingTo("206841");
  }

  /**
   * Bourbon (2208.30), CIF USD 1,000 on 2025-10-01: AV 85,000.00; BCD 50% (50/2017 assumed as
   * 45/2025 Table I S.No. 70) 42,500.00 + AIDC 50% (11/2021 S.No. 9C for 2208 30 11 and 2208 30 91,
   * from 2025-02-13) 42,500.00 = 100% (FACTS.md, V); no SWS (11/2018 S.No. 1 lists 2208), no IGST
   * (alcoholic liquor). Under the illustrative framework on 2026-02-10 the AIDC is assumed removed:
   * BCD 50% only, 42,500.00.
   */
  @Test
  void bourbonBeforeAndUnderTheIllustrativeFramework() {
    Entry mfn = Entry.of("IN", line("2208.30.11", "1000", "2025-10-01").build());
    Assessment before = DATA.assess(mfn, "in-us-mfn-2025");
    assertThat(before.components())
        .extracting(c -> c.measureId())
        .containsExactly(
            "in-bcd-50-2017-45-2025-I-70-220830", "in-aidc-11-2021-9C-2025-02-13-220830");
    assertThat(before.dutyTotal()).isEqualByComparingTo("85000.00");
    assertThat(before.taxTotal()).isEqualByComparingTo("0");

    Entry later = Entry.of("IN", line("2208.30.11", "1000", "2026-02-10").build());
    Assessment after = DATA.assess(later, "in-us-framework-illustrative");
    assertThat(after.components())
        .extracting(c -> c.measureId())
        .containsExactly("in-fw-bcd-2208.30", "in-fw-aidc-2208.30");
    assertThat(after.dutyTotal()).isEqualByComparingTo("42500.00");
    assertThat(after.assumptions()).anyMatch(x -> x.text().contains("in-fw-aidc-2208.30"));
  }

  /** Other spirits (2208 except 2208.30): BCD 50% + AIDC 100% = 150% of AV, not bourbon's 100%. */
  @Test
  void otherSpiritsPay150Percent() {
    Assessment a =
        DATA.assess(
            Entry.of("IN", line("2208.60", "1000", "2025-10-01").build()), "in-us-mfn-2025");
    // AV 85,000.00: BCD 50% 42,500.00 + AIDC 100% (11/2021 S.No. 9) 85,000.00 = 127,500.00
    assertThat(a.dutyTotal()).isEqualByComparingTo("127500.00");
  }

  /** Almonds under the illustrative framework: BCD and AIDC 0%, IGST 5% (dried, claimed) stays. */
  @Test
  void almondsUnderTheIllustrativeFramework() {
    Assessment a =
        DATA.assess(
            Entry.of(
                "IN",
                line("0802.12", "8000", "2026-02-10")
                    .quantity(Quantity.of("1000", Unit.KG))
                    .claim("in-9-2025-I-23")
                    .build()),
            "in-us-framework-illustrative");
    // AV 680,000.00; duties 0.00; IGST 5% x 680,000 = 34,000.00
    assertThat(a.dutyTotal()).isEqualByComparingTo("0");
    assertThat(amount(a, "in-igst-9-2025-I-23-080212")).isEqualByComparingTo("34000.00");
  }
}
