package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.rate.AdValorem;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureTest {

  private static Measure.Builder valid(String id) {
    return Measure.builder(id)
        .kind(MeasureKind.ADDITIONAL_DUTY)
        .scope("* except 98")
        .origins("IN")
        .validity("2025-08-07..2026-02-23")
        .rate("25%")
        .provenance("EO 14326", Confidence.V);
  }

  @Test
  void builderFillsDefaultsAndCopies() {
    Measure m = valid("us-ieepa-india").replaces("us-ieepa-baseline").build();
    assertThat(m.title()).isEqualTo("us-ieepa-india");
    assertThat(m.base()).isEqualTo(DutyBase.CUSTOMS_VALUE);
    assertThat(m.status()).isEqualTo(MeasureStatus.IN_FORCE);
    assertThat(m.rate()).isEqualTo(new AdValorem(new BigDecimal("25")));
    assertThat(m.replaces()).containsExactly("us-ieepa-baseline");
    assertThat(m.chapter99Heading()).isNull();
    assertThat(m.chapter99Text()).isEmpty();
    Measure changed = m.toBuilder().rate("18%").status(MeasureStatus.ANNOUNCED).build();
    assertThat(changed.replaces()).isEqualTo(m.replaces());
    assertThat(changed.status()).isEqualTo(MeasureStatus.ANNOUNCED);
    assertThat(changed).isNotEqualTo(m);
  }

  @Test
  void idMustBeNonBlankWithoutWhiteSpaceAndNotAKindName() {
    assertThatThrownBy(() -> valid(" ").build()).hasMessageContaining("non-blank");
    assertThatThrownBy(() -> valid("a b").build()).hasMessageContaining("'a b'");
    assertThatThrownBy(() -> valid("TAX").build()).hasMessageContaining("reserved");
  }

  @Test
  void requiredValuesAreNamed() {
    assertThatThrownBy(() -> Measure.builder("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Measure 'x': kind is required");
    assertThatThrownBy(
            () ->
                Measure.builder("x")
                    .kind(MeasureKind.FEE)
                    .scope("*")
                    .validity("2025-01-01..")
                    .build())
        .hasMessage("Measure 'x': rate is required");
  }

  @Test
  void dutyAmountBaseNeedsDutyBaseMeasuresAndViceVersa() {
    assertThatThrownBy(
            () ->
                valid("sws").kind(MeasureKind.SURCHARGE_ON_DUTY).base(DutyBase.DUTY_AMOUNT).build())
        .hasMessageContaining("needs dutyBaseMeasures");
    assertThatThrownBy(() -> valid("sws").kind(MeasureKind.SURCHARGE_ON_DUTY).build())
        .hasMessageContaining("must have base DUTY_AMOUNT");
    assertThatThrownBy(() -> valid("x").dutyBaseMeasures("BASE_DUTY").build())
        .hasMessageContaining("only used with base DUTY_AMOUNT");
    Measure sws =
        valid("sws")
            .kind(MeasureKind.SURCHARGE_ON_DUTY)
            .base(DutyBase.DUTY_AMOUNT)
            .dutyBaseMeasures("BASE_DUTY", "in-aidc")
            .build();
    assertThat(sws.dutyBaseMeasures()).containsExactly("BASE_DUTY", "in-aidc");
  }

  @Test
  void stackingRulesMustNotNameTheMeasureItself() {
    assertThatThrownBy(() -> valid("x").excludes("x").build())
        .hasMessageContaining("must not name the measure itself");
  }

  @Test
  void chapter99HeadingMustBeInChapter99() {
    assertThat(valid("x").chapter99Heading("9903.01.84").build().chapter99Text())
        .isEqualTo("9903.01.84");
    assertThatThrownBy(() -> valid("x").chapter99Heading("6109.10.00").build())
        .hasMessageContaining("chapter 99");
  }

  @Test
  void scheduleRejectsDuplicateIdsAndBadImporters() {
    Currency usd = Currency.getInstance("USD");
    Measure a = valid("a").build();
    assertThatThrownBy(() -> TariffSchedule.of("US", usd, List.of(a, a)))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> TariffSchedule.of("USA", usd, List.of()))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'USA'");
    TariffSchedule eu = TariffSchedule.of("EU", Currency.getInstance("EUR"), List.of(a));
    assertThat(eu.with(valid("b").build()).size()).isEqualTo(2);
    assertThat(eu.without(List.of("a")).measures()).isEmpty();
    assertThat(eu.measure("a")).contains(a);
  }

  @Test
  void kindsKnowTheirOrderAndWhetherTheyAreDuties() {
    assertThat(MeasureKind.FEE.assessmentRank()).isLessThan(MeasureKind.TAX.assessmentRank());
    assertThat(MeasureKind.SURCHARGE_ON_DUTY.assessmentRank())
        .isGreaterThan(MeasureKind.ADDITIONAL_DUTY.assessmentRank());
    assertThat(java.util.Arrays.stream(MeasureKind.values()).filter(MeasureKind::isDuty))
        .containsExactly(
            MeasureKind.BASE_DUTY,
            MeasureKind.PREFERENCE,
            MeasureKind.ADDITIONAL_DUTY,
            MeasureKind.SURCHARGE_ON_DUTY);
    assertThat(MeasureKind.PREFERENCE.isExclusivePerLine()).isTrue();
    assertThat(MeasureKind.ADDITIONAL_DUTY.isExclusivePerLine()).isFalse();
  }
}
