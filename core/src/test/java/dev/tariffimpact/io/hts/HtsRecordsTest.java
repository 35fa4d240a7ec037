package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Picking one heading's records out of HTS CSV text without a CSV parser. */
class HtsRecordsTest {

  private static final String CSV =
      "HTS Number,Indent,Description\n"
          + "0306,0,Crustaceans:\n"
          + "0306.16.00,1,\"Krill (Euphausia\n" // a description over two lines, the second
          + "6109 superba)\",kg\n" //           starting with the digits of another heading
          + "0306.16.00.10,2,\"Other, \"\"frozen\"\"\"\n" // escaped quotes
          + "6109,0,T-shirts\n"
          + "6109.10.00,1,\"Of cotton, \"\"fine\"\"\"\n"
          + "6110,0,Sweaters";

  @Test
  void keepsTheHeaderAndTheRecordsOfTheHeadingWithTheirQuotedLineBreaks() {
    assertThat(under(CSV, "0306"))
        .isEqualTo(
            "HTS Number,Indent,Description\n"
                + "0306,0,Crustaceans:\n"
                + "0306.16.00,1,\"Krill (Euphausia\n6109 superba)\",kg\n"
                + "0306.16.00.10,2,\"Other, \"\"frozen\"\"\"\n");
  }

  @Test
  void matchesDigitsWithoutDotsInTheFirstFieldOnly() {
    assertThat(under(CSV, "6109"))
        .isEqualTo(
            "HTS Number,Indent,Description\n"
                + "6109,0,T-shirts\n"
                + "6109.10.00,1,\"Of cotton, \"\"fine\"\"\"\n");
    assertThat(under(CSV, "61091000"))
        .isEqualTo("HTS Number,Indent,Description\n6109.10.00,1,\"Of cotton, \"\"fine\"\"\"\n");
    // 0306 is a number, and its indent 0 is not a further digit of it
    assertThat(under(CSV, "030600")).isEqualTo("HTS Number,Indent,Description\n");
    // the last record has no line break; one is added
    assertThat(under(CSV, "6110")).endsWith("\n6110,0,Sweaters\n");
    assertThat(under(CSV, "9999")).isEqualTo("HTS Number,Indent,Description\n");
  }

  @Test
  void windowsLineBreaksStayWithTheirRecords() {
    assertThat(under("H\r\n6109,0,a\r\n6110,0,b\r\n", "6109")).isEqualTo("H\r\n6109,0,a\r\n");
  }

  @Test
  void decodesTheKeptRecordsAsUtf8() {
    // ¢ is 2 bytes in UTF-8, € 3, 𝄞 4 (a surrogate pair in Java); none of their bytes is ASCII
    String csv = "H\n6109,0,\"2.2¢/kg, €\"\n6110,0,𝄞\n6109.10,1,é\n";
    assertThat(under(csv, "6109")).isEqualTo("H\n6109,0,\"2.2¢/kg, €\"\n6109.10,1,é\n");
    assertThat(under(csv, "6110")).isEqualTo("H\n6110,0,𝄞\n");
  }

  /** The bytes of the text as the bundled gzip holds them: UTF-8. */
  private static String under(String csv, String digits) {
    return HtsRecords.under(csv.getBytes(StandardCharsets.UTF_8), digits);
  }
}
