package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.schedule.CompiledSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Quotes every HTS 2025 10-digit line with an ad valorem or Free column 1 rate, origin IN, USD
 * 10,000.00 by ocean, on the five dates of the coverage report: no crash, and every failure is a
 * named missing input (the metal content a Section 232 duty on content needs).
 */
class UsLawSweepTest {

  private static final BundledDataset DATA = BundledDataset.load();

  @Test
  void everyAdValoremLineIsQuotedOnFiveDatesOrNamesTheMissingInput() {
    List<ProductCode> codes = UsLawCoverage.adValoremLines();
    assertThat(codes).hasSizeGreaterThan(10_000);
    Assessor us = DATA.assessor("US");
    Map<String, Integer> failures = new TreeMap<>();
    int quoted = 0;
    for (LocalDate date : UsLawCoverage.DATES) {
      CompiledSchedule compiled = CompiledSchedule.of(DATA.schedule(BundledDataset.US_INDIA), date);
      for (ProductCode code : codes) {
        ShipmentLine line =
            ShipmentLine.builder(code, "IN")
                .value("10000.00", "USD")
                .transportMode(TransportMode.OCEAN)
                .entryDate(date)
                .build();
        try {
          Assessment a = us.assess(Entry.of("US", line), compiled);
          assertThat(a.dutyTotal()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
          quoted++;
        } catch (AssessmentException e) {
          assertThat(e.reason())
              .as(e.getMessage())
              .isEqualTo(AssessmentException.Reason.MISSING_INPUT);
          assertThat(e.getMessage()).as(code.toString()).contains("content");
          failures.merge(
              date + " " + e.getMessage().replaceAll(".*component '([^']*)'.*", "$1"),
              1,
              Integer::sum);
        }
      }
    }
    // every line is quoted on 2025-01-01 (MFN only) and most on every date
    assertThat(quoted).isGreaterThan(codes.size() * 4);
    assertThat(failures.keySet()).allMatch(k -> !k.startsWith("2025-01-01"));
  }
}
