package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.AdValorem;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final TariffSchedule US =
      TariffSchedule.of(
          "US",
          Currency.getInstance("USD"),
          List.of(
              Measure.builder("mfn-6109")
                  .title("MFN")
                  .legalBasis("HTS")
                  .kind(MeasureKind.BASE_DUTY)
                  .scope(CodeScope.parse("6109"))
                  .origins(OriginScope.all())
                  .validity(Validity.always())
                  .rate(AdValorem.of("16.5"))
                  .provenance(Provenance.of("test", Confidence.V))
                  .build()));

  @Test
  void theCompiledScheduleIsKeptAndSharedByEveryCall() {
    Scenario s = Scenario.of("s", "A scenario.", US, LocalDate.of(2026, 3, 1));
    CompiledSchedule first = s.compile();
    assertThat(s.compile()).isSameAs(first);
    assertThat(first.asOf()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(first.applicable(ProductCode.parse("6109.10.00"), "IN"))
        .extracting(Measure::id)
        .containsExactly("mfn-6109");
    // A changed scenario compiles its own index.
    Scenario later = s.withAsOf(LocalDate.of(2026, 4, 1));
    assertThat(later.compile()).isNotSameAs(first);
    assertThat(later.compile().asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
    // The kept index is not part of equality.
    assertThat(Scenario.of("s", "A scenario.", US, LocalDate.of(2026, 3, 1))).isEqualTo(s);
  }
}
