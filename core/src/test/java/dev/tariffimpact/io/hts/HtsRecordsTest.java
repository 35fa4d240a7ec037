package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(HtsRecords.under(CSV, "0306"))
        .isEqualTo(
            "HTS Number,Indent,Description\n"
                + "0306,0,Crustaceans:\n"
                + "0306.16.00,1,\"Krill (Euphausia\n6109 superba)\",kg\n"
                + "0306.16.00.10,2,\"Other, \"\"frozen\"\"\"\n");
  }

  @Test
  void matchesDigitsWithoutDotsInTheFirstFieldOnly() {
    assertThat(HtsRecords.under(CSV, "6109"))
        .isEqualTo(
            "HTS Number,Indent,Description\n"
                + "6109,0,T-shirts\n"
                + "6109.10.00,1,\"Of cotton, \"\"fine\"\"\"\n");
    assertThat(HtsRecords.under(CSV, "61091000"))
        .isEqualTo("HTS Number,Indent,Description\n6109.10.00,1,\"Of cotton, \"\"fine\"\"\"\n");
    // 0306 is a number, and its indent 0 is not a further digit of it
    assertThat(HtsRecords.under(CSV, "030600")).isEqualTo("HTS Number,Indent,Description\n");
    // the last record has no line break; one is added
    assertThat(HtsRecords.under(CSV, "6110")).endsWith("\n6110,0,Sweaters\n");
    assertThat(HtsRecords.under(CSV, "9999")).isEqualTo("HTS Number,Indent,Description\n");
  }

  @Test
  void windowsLineBreaksStayWithTheirRecords() {
    assertThat(HtsRecords.under("H\r\n6109,0,a\r\n6110,0,b\r\n", "6109"))
        .isEqualTo("H\r\n6109,0,a\r\n");
  }
}
