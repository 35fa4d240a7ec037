package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine builds one tariff plan per group of origins that no measure tells apart: each origin
 * must still get its own layers. Duties by hand on 1,000.00 with MFN 5% for everyone, 10% on CN,
 * 20% on every origin except CA and MX, 7% on IN and CN.
 */
class OriginClassesTest {

  private static final Map<String, String> DUTY = new LinkedHashMap<>();

  static {
    DUTY.put("IN", "320.00"); // 5 + 20 + 7 = 32%
    DUTY.put("DE", "250.00"); // 5 + 20
    DUTY.put("CA", "50.00"); // 5
    DUTY.put("CN", "420.00"); // 5 + 10 + 20 + 7
    DUTY.put("MX", "50.00"); // 5, in CA's class
    DUTY.put("BR", "250.00"); // 5 + 20, in DE's class
    DUTY.put("JP", "250.00");
  }

  @Test
  void everyOriginGetsItsOwnLayersWhenPlansAreSharedByClass() {
    TariffSchedule schedule =
        TariffSchedule.of(
            "US",
            BatchFixtures.USD,
            List.of(
                BatchFixtures.measure("mfn", MeasureKind.BASE_DUTY, "6109").rate("5%").build(),
                BatchFixtures.measure("cn", MeasureKind.ADDITIONAL_DUTY, "*")
                    .origins("CN")
                    .rate("10%")
                    .build(),
                BatchFixtures.measure("all-but", MeasureKind.ADDITIONAL_DUTY, "*")
                    .origins("* except CA, MX")
                    .rate("20%")
                    .build(),
                BatchFixtures.measure("in-cn", MeasureKind.ADDITIONAL_DUTY, "*")
                    .origins("IN, CN")
                    .rate("7%")
                    .build()));
    BatchEngine engine =
        BatchEngine.builder()
            .regime(CustomsRegime.US)
            .scenario(
                BatchScenario.of(
                    "s", Scenario.of("s", "Origin classes.", schedule, LocalDate.of(2025, 10, 1))))
            .options(BatchOptions.builder().threads(1).build())
            .build();
    List<BatchLine> lines = new ArrayList<>();
    int e = 0;
    for (int round = 0; round < 2; round++) { // twice: the second round reads the memo
      for (String origin : DUTY.keySet()) {
        ShipmentLine line =
            ShipmentLine.builder("6109.10.00", origin)
                .value("1000.00", "USD")
                .transportMode(TransportMode.AIR)
                .entryDate(LocalDate.of(2025, 10, 1))
                .quantity(Quantity.of("10", Unit.DOZEN))
                .build();
        lines.add(new BatchLine("E" + e++, "US", "", line));
      }
    }

    for (boolean columns : new boolean[] {true, false}) {
      List<LineResult> out = new ArrayList<>();
      BatchResult r =
          engine.run(
              columns ? BatchInput.columns(ShipmentColumns.of(lines)) : BatchInput.lines(lines),
              BatchSink.lines(out::add));
      assertThat(r.assessed()).isEqualTo(lines.size());
      assertThat(out).hasSize(lines.size());
      for (LineResult l : out) {
        assertThat(l.duty()).as(l.origin()).isEqualByComparingTo(DUTY.get(l.origin()));
      }
    }
  }
}
