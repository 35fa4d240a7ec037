package dev.tariffimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.testing.SharedReference;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MFN schedule built from the official HTS: the FACTS.md cotton T-shirt line (6109.10.00,
 * General 16.5%) resolves to that one layer, and a 10,000.00 USD line pays 1,650.00 duty.
 */
class HtsScheduleTest {

  static Path hts() {
    return SharedReference.require(HtsSchedule.RELATIVE);
  }

  @Test
  void cottonTShirtsPayTheirGeneralRate() {
    TariffSchedule mfn = HtsSchedule.mfn(hts());
    assertThat(mfn.measures()).hasSizeGreaterThan(5_000);
    CompiledSchedule compiled =
        Scenario.of("hts", "HTS MFN.", mfn, LocalDate.of(2025, 9, 15)).compile();
    List<Measure> layers = compiled.applicable(ProductCode.parse("6109.10.00.12"), "IN");
    assertThat(layers).extracting(Measure::id).containsExactly("hts-mfn-6109.10.00");

    ShipmentLine line =
        ShipmentLine.builder("6109.10.00.12", "IN")
            .value(new BigDecimal("10000.00"), Workload.USD)
            .quantity(Quantity.of(new BigDecimal("100"), Unit.DOZEN))
            .transportMode(TransportMode.AIR)
            .entryDate(LocalDate.of(2025, 9, 15))
            .exportDate(LocalDate.of(2025, 9, 1))
            .build();
    Assessment a = Assessor.of(CustomsRegime.US).assess(Entry.of("US", line), compiled);
    // 10,000.00 x 16.5% = 1,650.00; MPF 10,000.00 x 0.3464% = 34.64 (FY2025 band 32.71..634.62)
    assertThat(a.dutyTotal()).isEqualByComparingTo("1650.00");
    assertThat(a.feeTotal()).isEqualByComparingTo("34.64");
  }
}
