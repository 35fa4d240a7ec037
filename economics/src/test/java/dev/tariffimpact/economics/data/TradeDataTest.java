package dev.tariffimpact.economics.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TradeDataTest {

  @Test
  void bundledFileIsWhatTheImporterDerivesFromSharedReference() throws IOException {
    Path hs6 = SharedReference.require("trade/india_exports_to_us_fy2024_25_hs6_eidb.csv");
    String regenerated = TradeDataImporter.generate(hs6.getParent());
    Path bundled = Path.of("../data/economics", TradeDataImporter.FILE);
    assertThat(regenerated).isEqualTo(Files.readString(bundled, StandardCharsets.UTF_8));
  }

  @Test
  void bundledWeightsReconcileToTheFactsChapterTotals() {
    TradeData data = TradeData.indiaToUs();
    // 3,260 HS6 rows of the EIDB mirror (trade/README.md) plus chapter residuals.
    assertThat(data.products().stream().filter(p -> !p.isResidual())).hasSize(3260);
    BigDecimal eidb =
        data.products().stream()
            .filter(p -> !p.isResidual())
            .map(ProductTrade::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    // trade/README.md: total US$ 60.600 bn.
    assertThat(eidb).isBetween(new BigDecimal("60.59e9"), new BigDecimal("60.61e9"));
    // FACTS.md s.4: chapter 85 is US$ 14.40 bn; the EIDB rows hold 3.74 bn, the residual the rest.
    BigDecimal ch85 =
        data.products().stream()
            .filter(p -> p.code().chapter() == 85)
            .map(ProductTrade::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(ch85).isEqualByComparingTo("14400000000");
    BigDecimal textiles =
        data.products().stream()
            .filter(p -> p.code().chapter() >= 50 && p.code().chapter() <= 63)
            .map(ProductTrade::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(textiles).isEqualByComparingTo("10800000000");
    // Residuals are unverified in their product mix; the default elasticities are marked U.
    assertThat(data.products().stream().filter(ProductTrade::isResidual))
        .allMatch(p -> p.valueConfidence() == Confidence.U);
    assertThat(data.products())
        .filteredOn(p -> p.elasticitySource().equals("hauk-2012"))
        .allMatch(p -> p.elasticityConfidence() == Confidence.R);
    assertThat(data.products())
        .filteredOn(p -> !p.elasticitySource().equals("hauk-2012"))
        .allMatch(p -> p.elasticityConfidence() == Confidence.U);
  }
}
