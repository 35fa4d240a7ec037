package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.testing.SharedReference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductListsTest {

  @Test
  void readsPlainQuotedAndDottedCodesAfterAHeader() {
    List<ProductCode> codes =
        ProductLists.parse(
            "\uFEFF\"hts8\"\r\n\"02011005\"\r\n\r\n6109.10.00\r\n0106110000\n", "l.csv");
    assertThat(codes)
        .containsExactly(
            ProductCode.parse("0201.10.05"),
            ProductCode.parse("6109.10.00"),
            ProductCode.parse("0106.11.00.00"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0201100500\\n0201100600 | l.csv: line 1: the first line must be a header",
        "hts10\\n0201\\n02011   | l.csv: line 3: Invalid product code '02011'",
        "hts10\\n\\n            | l.csv: the product list holds no codes",
      })
  void errorsNameTheFileAndLine(String text, String expected) {
    assertThatThrownBy(() -> ProductLists.parse(text.replace("\\n", "\n"), "l.csv"))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageStartingWith(expected);
  }

  @Test
  void readsTheSharedSection122List() {
    // shared/reference/README.md: 1,656 codes; one of them is a 10-digit line (8505.11.00.70).
    List<ProductCode> codes =
        ProductLists.read(SharedReference.require("product-lists/s122_exempt_hts8.csv"));
    assertThat(codes).hasSize(1656).contains(ProductCode.parse("8505.11.00.70"));
    assertThat(codes).filteredOn(c -> c.length() != 8).hasSize(1);
  }

  @Test
  void reportsTheMalformedCodeOfTheSharedAnnexTwoListInsteadOfGuessing() {
    // Line 3620 holds "850511007000", twelve digits: 8505.11.00.70 (line 3619) with "00" appended.
    // require() outside the lambda: its skip (an abort) must not be caught as the expected error.
    Path annexTwo = SharedReference.require("product-lists/ieepa_annex2_exempt_hts10.csv");
    assertThatThrownBy(() -> ProductLists.read(annexTwo))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("ieepa_annex2_exempt_hts10.csv: line 3620: ")
        .hasMessageContaining("'850511007000'");
  }
}
