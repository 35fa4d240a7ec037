package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs the README's "first five minutes" snippet; keep the two in step. */
class FirstFiveMinutesSnippetTest {

  @Test
  void theReadmeSnippetGivesTheFactsFigures() {
    // the snippet
    BundledDataset data = BundledDataset.load();
    Entry entry =
        Entry.of(
            "US",
            ShipmentLine.builder("6109.10.00", "IN") // cotton T-shirts from India
                .value("10000.00", "USD")
                .freight("450", "USD")
                .insurance("25", "USD")
                .entryDate(LocalDate.parse("2025-09-15")) // ocean unless .transportMode(...)
                .build());
    Assessment a = data.assess(entry, "us-in-2025-08-peak");

    // FACTS.md: MFN 16.5% + IEEPA 25% + Russian-oil 25% of 10,000 = 6,650.00; MPF 0.3464% = 34.64,
    // HMF 0.125% = 12.50: fees 47.14; landed 10,000 + 450 + 25 + 6,650.00 + 47.14 = 17,172.14.
    assertThat(a.dutyTotal()).isEqualByComparingTo("6650.00");
    assertThat(a.feeTotal()).isEqualByComparingTo("47.14");
    assertThat(a.landedCost())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17172.14"));
    assertThat(a.assumptions()).isNotEmpty();
    assertThat(data.scenarioNames()).contains("us-in-2025-08-peak", "in-us-mfn-2025");
    assertThat(entry.lines().get(0).transportMode()).isEqualTo(TransportMode.OCEAN);
  }
}
