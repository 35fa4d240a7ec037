package dev.tariffimpact.customs;

import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Schedules and lines built from Measures for the customs tests (figures from FACTS.md). */
final class Fixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency INR = Currency.getInstance("INR");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency GBP = Currency.getInstance("GBP");

  private Fixtures() {}

  static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Measure measure(
      String id, MeasureKind kind, String scope, String origins, String validity, Rate rate) {
    return Measure.builder(id)
        .title(id)
        .kind(kind)
        .scope(scope)
        .origins(origins)
        .validity(Validity.parse(validity))
        .rate(rate)
        .provenance(Provenance.of("FACTS.md", Confidence.V))
        .build();
  }

  /**
   * FACTS.md section 2: MFN 16.5% on 6109.10.00, IEEPA baseline 10% (2025-04-05..2025-08-06), India
   * country rate 25% replacing it (2025-08-07..2026-02-23), Russian-oil +25% (2025-08-27..
   * 2026-02-06), Section 122 10% (2026-02-24..2026-07-24). A Free base duty for every other code
   * keeps the fee tests independent of the product.
   */
  static TariffSchedule usIndia() {
    Measure mfn =
        measure(
            "us-mfn-6109.10.00",
            MeasureKind.BASE_DUTY,
            "6109.10.00",
            "* except BY, CU, KP, RU",
            "2025-01-01..",
            dev.tariffimpact.rate.AdValorem.of("16.5"));
    Measure other =
        measure(
            "us-mfn-other",
            MeasureKind.BASE_DUTY,
            "*",
            "* except BY, CU, KP, RU",
            "2025-01-01..",
            dev.tariffimpact.rate.AdValorem.FREE);
    Measure baseline =
        measure(
            "us-ieepa-baseline",
            MeasureKind.ADDITIONAL_DUTY,
            "6109",
            "*",
            "2025-04-05..2025-08-06",
            dev.tariffimpact.rate.AdValorem.of("10"));
    Measure india =
        measure(
                "us-ieepa-india",
                MeasureKind.ADDITIONAL_DUTY,
                "6109",
                "IN",
                "2025-08-07..2026-02-23",
                dev.tariffimpact.rate.AdValorem.of("25"))
            .toBuilder()
            .replaces("us-ieepa-baseline")
            .build();
    Measure oil =
        measure(
            "us-ieepa-russian-oil",
            MeasureKind.ADDITIONAL_DUTY,
            "6109",
            "IN",
            "2025-08-27..2026-02-06",
            dev.tariffimpact.rate.AdValorem.of("25"));
    Measure s122 =
        measure(
            "us-s122",
            MeasureKind.ADDITIONAL_DUTY,
            "6109",
            "*",
            "2026-02-24..2026-07-24",
            dev.tariffimpact.rate.AdValorem.of("10"));
    return TariffSchedule.of("US", USD, List.of(other, mfn, baseline, india, oil, s122));
  }

  static ShipmentLine.Builder cotton(String value, TransportMode mode, String entryDate) {
    return ShipmentLine.builder("6109.10.00", "IN")
        .value(value, "USD")
        .transportMode(mode)
        .entryDate(date(entryDate));
  }

  /** A line of a product with a Free US base duty (fee tests). */
  static ShipmentLine other(String value, TransportMode mode, String entryDate) {
    return ShipmentLine.builder("9403.60.80", "IN")
        .value(value, "USD")
        .transportMode(mode)
        .entryDate(date(entryDate))
        .build();
  }

  static Measure dutyOnDuty(String id, String scope, String percent, String... bases) {
    return Measure.builder(id)
        .title(id)
        .kind(MeasureKind.SURCHARGE_ON_DUTY)
        .base(DutyBase.DUTY_AMOUNT)
        .dutyBaseMeasures(bases)
        .scope(scope)
        .validity(Validity.parse("2025-01-01.."))
        .rate(dev.tariffimpact.rate.AdValorem.of(percent))
        .provenance(Provenance.of("FACTS.md", Confidence.V))
        .build();
  }

  static Measure tax(String id, String scope, String percent) {
    return Measure.builder(id)
        .title(id)
        .kind(MeasureKind.TAX)
        .base(DutyBase.VALUE_PLUS_DUTIES)
        .scope(scope)
        .validity(Validity.parse("2025-01-01.."))
        .rate(dev.tariffimpact.rate.AdValorem.of(percent))
        .provenance(Provenance.of("FACTS.md", Confidence.V))
        .build();
  }
}
