package dev.tariffimpact.io.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MetalContentSharesTest {

  @Test
  void bundledSharesAreTheReferenceValuesAsPrinted() {
    MetalContentShares shares = MetalContentShares.bundled();
    // One row per HTS10 line of metal_content_shares_bea_hs10.csv (20,781 lines with the header).
    assertThat(shares.size()).isEqualTo(20780);
    // First row of the reference file: 0101.21.00.10, steel 0.0024161978502015642, aluminum
    // 5.596620426915338e-4 (the e-notation is read exactly).
    MetalContentShares.Shares horses = shares.of(ProductCode.parse("0101.21.00.10")).orElseThrow();
    assertThat(horses.steel()).isEqualByComparingTo("0.0024161978502015642");
    assertThat(horses.aluminum()).isEqualByComparingTo(new BigDecimal("0.0005596620426915338"));
    assertThat(horses.total()).isEqualByComparingTo("0.0051821");
    assertThat(shares.of(ProductCode.parse("0101.21.00"))).isEmpty();
    // Insulated copper wire: copper 1.8060658433717904 of value in the source, total capped at 1.
    MetalContentShares.Shares wire = shares.of(ProductCode.parse("8544.11.00.50")).orElseThrow();
    assertThat(wire.copper()).isEqualByComparingTo("1.8060658433717904");
    assertThat(wire.total()).isEqualByComparingTo("1");
  }
}
