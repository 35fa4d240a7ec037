package dev.tariffimpact.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.MeasureStatus;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactTest {

  private static final LocalDate FEB_10 = LocalDate.parse("2026-02-10");

  private static Measure measure(String id, String origins, String validity, String percent) {
    return Measure.builder(id)
        .kind(id.contains("mfn") ? MeasureKind.BASE_DUTY : MeasureKind.ADDITIONAL_DUTY)
        .scope("6109")
        .origins(origins)
        .validity(Validity.parse(validity))
        .rate(AdValorem.of(percent))
        .provenance(Provenance.of("FACTS.md section 2", Confidence.V))
        .build();
  }

  private static TariffSchedule schedule() {
    return TariffSchedule.of(
        "US",
        Currency.getInstance("USD"),
        List.of(
            measure("us-mfn-6109.10.00", "*", "2025-01-01..", "16.5"),
            measure("us-ieepa-india", "IN", "2025-08-07..2026-02-23", "25")));
  }

  private static Entry entry() {
    return Entry.of(
        "US",
        ShipmentLine.builder("6109.10.00", "IN")
            .value("10000.00", "USD")
            .transportMode(TransportMode.AIR)
            .entryDate(FEB_10)
            .build());
  }

  @Test
  void announcedFrameworkOverlayReplacesTheIndiaRate() {
    // FACTS.md: 41.5% in force 2026-02-07..2026-02-23; the announced framework would give 34.5%
    Measure framework =
        Measure.builder("us-framework-18")
            .title("Interim Agreement framework 18%")
            .kind(MeasureKind.ADDITIONAL_DUTY)
            .scope("6109")
            .origins("IN")
            .validity(Validity.parse("2026-02-07.."))
            .rate(AdValorem.of("18"))
            .replaces("us-ieepa-india")
            .status(MeasureStatus.ANNOUNCED)
            .provenance(Provenance.of("joint statement 2026-02-07", Confidence.R))
            .build();
    Scenario inForce = Scenario.of("in-force", "Collected on 2026-02-10.", schedule(), FEB_10);
    Scenario announced = inForce.withOverlay(framework);
    Assessor us = Assessor.of(CustomsRegime.US);

    Impact impact = Impact.of(us.assess(entry(), inForce), us.assess(entry(), announced));

    // before: 1,650.00 + 2,500.00 + MPF 34.64 = 4,184.64 (air: no HMF)
    // after:  1,650.00 + 1,800.00 + MPF 34.64 = 3,484.64; delta -700.00
    assertThat(impact.totalCharges())
        .isEqualTo(Change.of(new BigDecimal("4184.64"), new BigDecimal("3484.64")));
    assertThat(impact.totalCharges().delta()).isEqualByComparingTo("-700.00");
    // 41.5% -> 34.5%
    assertThat(impact.effectiveRateChange()).contains(new BigDecimal("-7.0000"));
    assertThat(impact.components())
        .filteredOn(c -> c.presentIn() == PresentIn.AFTER_ONLY)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.measureId()).isEqualTo("us-framework-18");
              assertThat(c.rateBefore()).isEmpty();
              assertThat(c.rateAfter()).isEqualTo("18%");
              assertThat(c.change().before()).isEqualByComparingTo("0");
            });
    assertThat(impact.toString()).contains("in-force").contains("-700.00");
  }

  @Test
  void unverifiedOverlayIsListedAsAnAssumption() {
    Measure s301 =
        Measure.builder("us-s301-india")
            .title("Section 301 on India (proposed)")
            .kind(MeasureKind.ADDITIONAL_DUTY)
            .scope("6109")
            .origins("IN")
            .validity(Validity.parse("2026-02-01.."))
            .rate(AdValorem.of("12.5"))
            .status(MeasureStatus.HYPOTHETICAL)
            .provenance(
                Provenance.of("USTR proposal; tracker log", Confidence.U, "final rate unknown"))
            .build();
    Scenario with =
        Scenario.of("s301", "With a 12.5% Section 301 duty.", schedule(), FEB_10, List.of(s301));
    Assessment a = Assessor.of(CustomsRegime.US).assess(entry(), with);
    // 12.5% x 10,000 = 1,250.00
    assertThat(a.component("us-s301-india", 0).orElseThrow().amount())
        .isEqualByComparingTo("1250.00");
    assertThat(a.assumptions())
        .anyMatch(
            x -> x.text().contains("us-s301-india") && x.text().contains("final rate unknown"));
  }

  @Test
  void assessmentsOfDifferentShipmentsCannotBeCompared() {
    Assessor us = Assessor.of(CustomsRegime.US);
    Scenario s = Scenario.of("s", "In force.", schedule(), FEB_10);
    Assessment india = us.assess(entry(), s);
    Entry vietnam =
        Entry.of(
            "US",
            ShipmentLine.builder("6109.10.00", "VN")
                .value("10000.00", "USD")
                .transportMode(TransportMode.AIR)
                .entryDate(FEB_10)
                .build());
    assertThatThrownBy(() -> Impact.of(india, us.assess(vietnam, s)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 ");
  }

  @Test
  void changeIsExactAndItsPercentHasADeclaredScale() {
    Change c = Change.of(new BigDecimal("6697.14"), new BigDecimal("2697.14"));
    assertThat(c.delta()).isEqualTo(new BigDecimal("-4000.00"));
    // -4,000 / 6,697.14 x 100 = -59.726987... -> -59.7270
    assertThat(c.percentChange()).contains(new BigDecimal("-59.7270"));
    assertThat(Change.of(BigDecimal.ZERO, BigDecimal.ONE).percentChange()).isEmpty();
    assertThatThrownBy(() -> new Change(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
