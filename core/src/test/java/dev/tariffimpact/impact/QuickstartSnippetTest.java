package dev.tariffimpact.impact;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the code of docs/quickstart-snippet.md; keep the two in step. */
class QuickstartSnippetTest {

  static Entry shipment(String entryDate) {
    return Entry.of(
        "US",
        ShipmentLine.builder("6109.10.00", "IN")
            .value("10000.00", "USD")
            .transportMode(TransportMode.OCEAN)
            .entryDate(LocalDate.parse(entryDate))
            .build());
  }

  @Test
  void quickStartComputesTheCottonGarmentExample() {
    Measure mfn =
        Measure.builder("us-mfn-6109.10.00")
            .title("MFN general rate")
            .kind(MeasureKind.BASE_DUTY)
            .scope("6109.10.00")
            .validity(Validity.parse("2025-01-01.."))
            .rate(AdValorem.of("16.5"))
            .provenance(Provenance.of("USITC HTS 2025", Confidence.V))
            .build();
    Measure reciprocal =
        Measure.builder("us-ieepa-india")
            .title("IEEPA reciprocal, India")
            .kind(MeasureKind.ADDITIONAL_DUTY)
            .scope("6109")
            .origins("IN")
            .validity(Validity.parse("2025-08-07..2026-02-23"))
            .rate(AdValorem.of("25"))
            .provenance(Provenance.of("EO 14326", Confidence.V))
            .build();
    Measure russianOil =
        Measure.builder("us-ieepa-russian-oil")
            .title("IEEPA Russian-oil duty")
            .kind(MeasureKind.ADDITIONAL_DUTY)
            .scope("6109")
            .origins("IN")
            .validity(Validity.parse("2025-08-27..2026-02-06"))
            .rate(AdValorem.of("25"))
            .provenance(Provenance.of("EO 14329", Confidence.V))
            .build();
    Measure section122 =
        Measure.builder("us-s122")
            .title("Section 122 surcharge")
            .kind(MeasureKind.ADDITIONAL_DUTY)
            .scope("6109")
            .validity(Validity.parse("2026-02-24..2026-07-24"))
            .rate(AdValorem.of("10"))
            .provenance(Provenance.of("Proclamation 2026-02-20", Confidence.V))
            .build();
    TariffSchedule us =
        TariffSchedule.of(
            "US", Currency.getInstance("USD"), List.of(mfn, reciprocal, russianOil, section122));

    Assessor assessor = Assessor.of(CustomsRegime.US);
    Assessment before =
        assessor.assess(
            shipment("2025-09-15"),
            Scenario.of(
                "2025-09-15", "Layers in force on 2025-09-15.", us, LocalDate.parse("2025-09-15")));
    Assessment after =
        assessor.assess(
            shipment("2026-03-01"),
            Scenario.of(
                "2026-03-01", "Layers in force on 2026-03-01.", us, LocalDate.parse("2026-03-01")));

    // 1,650.00 + 2,500.00 + 2,500.00 + 34.64 + 12.50 = 6,697.14
    assertThat(before.totalCharges()).isEqualByComparingTo("6697.14");
    // 1,650.00 + 1,000.00 + 34.64 + 12.50 = 2,697.14
    assertThat(after.totalCharges()).isEqualByComparingTo("2697.14");
    Impact impact = Impact.of(before, after);
    assertThat(impact.totalCharges().delta()).isEqualByComparingTo("-4000.00");
    assertThat(before.assumptions())
        .anyMatch(a -> a.text().startsWith("US: each duty and fee amount rounded to the cent"));
  }
}
