package dev.tariffimpact.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.batch.BatchException;
import dev.tariffimpact.batch.BatchLine;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample check passes on the engine's own results and fails on any altered amount. */
class SampleCheckTest {

  private static ChunkEvaluator evaluator() {
    Measure mfn =
        Measure.builder("mfn-6109")
            .title("MFN")
            .kind(MeasureKind.BASE_DUTY)
            .scope("6109")
            .origins("*")
            .validity(Validity.always())
            .rate("16.5%")
            .provenance("test", Confidence.V)
            .build();
    CompiledSchedule compiled =
        Scenario.of(
                "s",
                "one MFN rate",
                TariffSchedule.of("US", Currency.getInstance("USD"), List.of(mfn)),
                LocalDate.of(2025, 10, 15))
            .compile();
    PlanTable table =
        new PlanTable(
            Map.of("US", CustomsRegime.US),
            Map.of("US", new CompiledSchedule[] {compiled}),
            ExchangeRates.none(),
            null);
    return new ChunkEvaluator(List.of("s"), table, true);
  }

  private static Chunk chunk() {
    List<BatchLine> lines = new ArrayList<>();
    for (String value : List.of("1000.00", "2500.00", "40.10")) {
      ShipmentLine line =
          ShipmentLine.builder("6109.10.00", "IN")
              .value(value, "USD")
              .transportMode(TransportMode.OCEAN)
              .entryDate(LocalDate.of(2025, 10, 15))
              .build();
      lines.add(new BatchLine("E1", "US", "", line));
    }
    Chunk c = new Chunk(0, 3);
    ColumnCodec.fromLines(c, lines, 2);
    return c;
  }

  @Test
  void passesOnTheRunsOwnResultsAndFailsOnAnAlteredAmount() {
    ChunkEvaluator evaluator = evaluator();
    ChunkResult result = evaluator.evaluate(chunk(), null);
    // 16.5% of 2,500.00 = 412.50 duty on the second line (row 3)
    assertThat(result.duty[0][1]).isEqualTo(4_125_000L);
    SampleCheck check = new SampleCheck(10, 1, evaluator);
    check.offer(result);
    check.verify();
    assertThat(check.lines()).isEqualTo(3);

    result.duty[0][1] += 100; // one cent
    SampleCheck altered = new SampleCheck(10, 1, evaluator);
    altered.offer(result);
    assertThatThrownBy(altered::verify)
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("row 3")
        .hasMessageContaining("duty 412.5100 != Assessor 412.5000");
  }

  @Test
  void keepsAtMostTheAskedNumberOfEntries() {
    ChunkEvaluator evaluator = evaluator();
    SampleCheck check = new SampleCheck(1, 7, evaluator);
    for (int k = 0; k < 5; k++) {
      check.offer(evaluator.evaluate(chunk(), null));
    }
    assertThat(check.lines()).isEqualTo(3); // one entry of three lines
    check.verify();
  }
}
