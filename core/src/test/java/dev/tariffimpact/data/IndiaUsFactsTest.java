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
 * hand arithmetic in the comments. Invoices are CIF in USD, converted at the bundled CBIC customs
 * rate in force on the bill-of-entry date (india/customs-exchange-rates.csv, confidence R, listed
 * as an assumption): 88.85 INR/USD for 2025-10-01 (table of 2025-09-19..2025-10-02) and 91.35 for
 * 2026-02-10 (table of 2026-02-07..2026-02-19).
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
   * Shelled almonds, 1,000 kg, CIF USD 8,000: AV 8,000 x 88.85 = 710,800.00. BCD Rs 100/kg x 1,000
   * = 100,000.00 (FACTS.md s.3, V); AIDC 0% = 0.00 and no SWS (assumed split, U); IGST 5% x
   * (710,800 + 100,000) = 40,540.00 (slab U). Total 140,540.00.
   */
  @Test
  void shelledAlmondsPayRs100PerKgBcd() {
    Assessment a =
        DATA.assess(
            Entry.of(
                "IN",
                line("0802.12.00", "8000", "2025-10-01")
                    .quantity(Quantity.of("1000", Unit.KG))
                    .build()),
            "in-us-mfn-2025");
    assertThat(a.customsValue()).isEqualByComparingTo("710800.00");
    assertThat(amount(a, "in-bcd-0802.12")).isEqualByComparingTo("100000.00");
    assertThat(amount(a, "in-aidc-0802.12")).isEqualByComparingTo("0.00");
    assertThat(a.component("in-sws", 0)).isEmpty();
    assertThat(amount(a, "in-igst-0802.12")).isEqualByComparingTo("40540.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("140540.00");
    assertThat(a.assumptions())
        .anyMatch(x -> x.text().contains("in-aidc-0802.12"))
        .anyMatch(x -> x.text().contains("in-igst-0802.12"))
        .anyMatch(
            x -> x.text().startsWith("Exchange rate USD->INR 88.85 (2025-09-19..2025-10-02)"));
  }

  /**
   * Crude soybean oil, CIF USD 10,000: AV 10,000 x 88.85 = 888,500.00; BCD 10% 88,850.00; AIDC 5%
   * 44,425.00; SWS 10% x 133,275.00 = 13,327.50; duties 146,602.50 = 16.5% of AV (FACTS.md s.3:
   * effective 16.5%). IGST 5% x (888,500 + 146,602.50 = 1,035,102.50) = 51,755.125 -> 51,755.13
   * (HALF_UP). Total 198,357.63, payable 198,358.
   */
  @Test
  void crudeSoybeanOilEffectiveDutyIs16point5Percent() {
    Assessment a =
        DATA.assess(
            Entry.of("IN", line("1507.10", "10000", "2025-10-01").build()), "in-us-mfn-2025");
    assertThat(a.customsValue()).isEqualByComparingTo("888500.00");
    assertThat(amount(a, "in-bcd-1507.10")).isEqualByComparingTo("88850.00");
    assertThat(amount(a, "in-aidc-1507.10")).isEqualByComparingTo("44425.00");
    assertThat(amount(a, "in-sws")).isEqualByComparingTo("13327.50");
    assertThat(a.dutyTotal()).isEqualByComparingTo("146602.50");
    assertThat(a.effectiveDutyRate().orElseThrow()).isEqualByComparingTo("16.5");
    assertThat(amount(a, "in-igst-1507.10")).isEqualByComparingTo("51755.13");
    assertThat(a.totalCharges()).isEqualByComparingTo("198357.63");
    assertThat(a.payable()).isEqualByComparingTo("198358");
  }

  /**
   * Bourbon (2208.30), CIF USD 1,000: AV 88,850.00; BCD 50% 44,425.00 + AIDC 50% 44,425.00 = 100%
   * (FACTS.md, V); no SWS, no IGST (alcoholic liquor). Under the illustrative framework on
   * 2026-02-10 (AV 1,000 x 91.35 = 91,350.00) the AIDC is assumed removed: BCD 50% only, 45,675.00.
   */
  @Test
  void bourbonBeforeAndUnderTheIllustrativeFramework() {
    Entry mfn = Entry.of("IN", line("2208.30", "1000", "2025-10-01").build());
    Assessment before = DATA.assess(mfn, "in-us-mfn-2025");
    assertThat(before.components())
        .extracting(c -> c.measureId())
        .containsExactly("in-bcd-2208.30", "in-aidc-2208.30");
    assertThat(before.dutyTotal()).isEqualByComparingTo("88850.00");
    assertThat(before.taxTotal()).isEqualByComparingTo("0");

    Entry later = Entry.of("IN", line("2208.30", "1000", "2026-02-10").build());
    Assessment after = DATA.assess(later, "in-us-framework-illustrative");
    assertThat(after.components())
        .extracting(c -> c.measureId())
        .containsExactly("in-fw-bcd-2208.30", "in-fw-aidc-2208.30");
    assertThat(after.dutyTotal()).isEqualByComparingTo("45675.00");
    assertThat(after.assumptions()).anyMatch(x -> x.text().contains("in-fw-aidc-2208.30"));
  }

  /** Other spirits (2208 except 2208.30): BCD 50% + AIDC 100% = 150% of AV, not bourbon's 100%. */
  @Test
  void otherSpiritsPay150Percent() {
    Assessment a =
        DATA.assess(
            Entry.of("IN", line("2208.60", "1000", "2025-10-01").build()), "in-us-mfn-2025");
    // AV 1,000 x 88.85 = 88,850.00: 44,425.00 + 88,850.00 = 133,275.00
    assertThat(a.dutyTotal()).isEqualByComparingTo("133275.00");
  }

  /** Almonds under the illustrative framework: BCD and AIDC 0%, IGST 5% stays (all U). */
  @Test
  void almondsUnderTheIllustrativeFramework() {
    Assessment a =
        DATA.assess(
            Entry.of(
                "IN",
                line("0802.12", "8000", "2026-02-10")
                    .quantity(Quantity.of("1000", Unit.KG))
                    .build()),
            "in-us-framework-illustrative");
    // AV 8,000 x 91.35 = 730,800.00; duties 0.00; IGST 5% x 730,800 = 36,540.00
    assertThat(a.dutyTotal()).isEqualByComparingTo("0");
    assertThat(amount(a, "in-igst-0802.12")).isEqualByComparingTo("36540.00");
  }
}
