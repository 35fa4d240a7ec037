package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bad row never sinks a batch (issue 14): oversized or over-precise numbers, a repeated or
 * unknown header column, an entry longer than the maximum, invalid UTF-8; each is a reject with its
 * row and reason code, or a one-line error naming the column or the byte.
 */
class HostileRowsTest {

  private static final String HEADER =
      "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
          + "incoterm,mode,entry_date,export_date\n";

  private static String row(String id, String value, String quantity, String netKg) {
    return id
        + ",US,IN,6109.10.00,"
        + value
        + ",USD,"
        + quantity
        + ",doz.,"
        + netKg
        + ",50.00,5.00,FOB,OCEAN,2025-10-15,2025-10-01\n";
  }

  private static BatchResult run(String csv, BatchOptions options) {
    return run(csv.getBytes(StandardCharsets.UTF_8), options);
  }

  private static BatchResult run(byte[] csv, BatchOptions options) {
    return BatchFixtures.engine(options)
        .build()
        .run(BatchInput.csv(new ByteArrayInputStream(csv), "s.csv"), BatchSink.none());
  }

  @Test
  void oversizedAndOverPreciseNumbersAreRejectsWithTheirRowAndBound() {
    String csv =
        HEADER
            + row("E1", "1000.00", "10", "25") // row 2: fine
            + row("E2", "922337203685477.58", "10", "25") // row 3: a long at scale 4 overflows
            + row("E3", "1000.00", "1e999999999", "25") // row 4
            + row("E4", "1000.00", "10", "1e999999999") // row 5
            + row("E5", "1e-999999999", "10", "25") // row 6
            + row("E6", "100000000000000.01", "10", "25") // row 7: just above the bound
            + row("E7", "100000000000000", "10", "25") // row 8: the bound itself is accepted
            + row("E8", "1E+2147483648", "10", "25") // row 9: an exponent no long holds
            + row("E9", "1000.0000000000001", "10", "25") // row 10: 13 decimals
            + row("E10", "\u0661\u0660\u0660", "10", "25"); // row 11: Arabic-Indic digits

    BatchResult r = run(csv, BatchOptions.defaults());

    assertThat(r.read()).isEqualTo(10).isEqualTo(r.assessed() + r.rejected());
    assertThat(r.assessed()).isEqualTo(2);
    assertThat(r.rejects())
        .extracting(Reject::row)
        .containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L);
    assertThat(r.rejects())
        .extracting(Reject::code)
        .containsExactly(
            RejectReason.OUT_OF_RANGE,
            RejectReason.OUT_OF_RANGE,
            RejectReason.OUT_OF_RANGE,
            RejectReason.OUT_OF_RANGE,
            RejectReason.OUT_OF_RANGE,
            RejectReason.OUT_OF_RANGE,
            RejectReason.OUT_OF_RANGE,
            RejectReason.BAD_NUMBER);
    assertThat(r.rejects())
        .extracting(Reject::reason)
        .containsExactly(
            "value out of range: at most 100000000000000",
            "quantity '1e999999999' is out of range: at most 18 digits before the decimal point",
            "net_kg '1e999999999' is out of range: at most 18 digits before the decimal point",
            "value '1e-999999999' has more than 64 decimal places (the limit)",
            "value out of range: at most 100000000000000",
            "value '1E+2147483648' is out of range: at most 18 digits before the decimal point",
            "value '1000.0000000000001' has too many decimals: at most 12",
            "value '\u0661\u0660\u0660' is not a decimal number; expected digits 0-9 with an"
                + " optional sign, '.' and exponent, such as 1250.50 or 1.5e3");
  }

  @Test
  void totalsBeyondTheFixedPointRangeContinueExactly() {
    // 200 lines of 99,999,999,999,999.99 (just under the bound): the customs value total,
    // 19,999,999,999,999,998.00, is 21 times what a long holds at scale 4
    StringBuilder csv = new StringBuilder(HEADER);
    for (int k = 0; k < 200; k++) {
      csv.append(row("E" + k, "99999999999999.99", "10", "25"));
    }

    BatchResult r = run(csv.toString(), BatchOptions.builder().chunkSize(16).build());

    assertThat(r.rejected()).isZero();
    Aggregate before = r.aggregates().get(0);
    assertThat(before.scenario()).isEqualTo("before");
    assertThat(before.customsValue()).isEqualByComparingTo("19999999999999998.00");
    // per line, each layer rounded to the cent: 16.5% = 16,499,999,999,999.99835 -> 16.5 trillion
    // and 25% = 24,999,999,999,999.9975 -> 25 trillion, twice: 66.5 trillion; x 200 lines
    assertThat(before.duty()).isEqualByComparingTo("13300000000000000.00");
  }

  @Test
  void aRepeatedOrUnknownHeaderColumnIsAnErrorNamingIt() {
    String repeated = HEADER.replace("export_date\n", "export_date,value\n");
    assertThatThrownBy(() -> run(repeated, BatchOptions.defaults()))
        .isInstanceOf(BatchException.class)
        .hasMessage("s.csv row 1: header names column 'value' twice (columns 5 and 16)");
    String unknown = HEADER.replace("export_date\n", "export_date,Comment\n");
    assertThatThrownBy(() -> run(unknown, BatchOptions.defaults()))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("s.csv row 1: header has unknown column ['comment']");
    String missing = HEADER.replace("net_kg,", "");
    assertThatThrownBy(() -> run(missing, BatchOptions.defaults()))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("s.csv row 1: header lacks column 'net_kg'");
    BatchResult allowed =
        run(
            unknown + row("E1", "1000.00", "10", "25").replace("\n", ",a note\n"),
            BatchOptions.builder().ignoreUnknownColumns(true).build());
    assertThat(allowed.assessed()).isEqualTo(1);
  }

  @Test
  void anEntryLongerThanTheMaximumIsRejectedLineByLineWithoutHoldingIt() {
    int max = dev.tariffimpact.batch.internal.CsvChunkReader.MAX_LINES_PER_ENTRY;
    StringBuilder csv = new StringBuilder(HEADER);
    csv.append(row("E0", "1000.00", "10", "25")); // row 2
    for (int k = 0; k < max + 5; k++) {
      csv.append(row("BIG", "10.00", "1", "1")); // rows 3 .. max + 7
    }
    csv.append(row("E2", "2000.00", "10", "25")); // row max + 8
    List<Reject> rejects = new ArrayList<>();

    BatchResult r =
        BatchFixtures.engine(BatchOptions.builder().chunkSize(1000).build())
            .build()
            .run(
                BatchInput.csv(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    "s.csv"),
                BatchSink.of(null, rejects::add));

    assertThat(r.read()).isEqualTo(max + 7L);
    assertThat(r.assessed()).isEqualTo(2);
    assertThat(rejects).hasSize(max + 5);
    assertThat(rejects.get(0).row()).isEqualTo(3);
    assertThat(rejects.get(rejects.size() - 1).row()).isEqualTo(max + 7L);
    assertThat(rejects)
        .allSatisfy(x -> assertThat(x.code()).isEqualTo(RejectReason.ENTRY_TOO_LARGE));
    assertThat(rejects.get(0).reason())
        .isEqualTo(
            "entry 'BIG' has more than "
                + max
                + " lines, the most one entry may have: split it into several entries");
  }

  @Test
  void invalidUtf8NamesTheRowAndByteOffset() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] head =
        (HEADER + row("E1", "1000.00", "10", "25") + row("E2", "1000.00", "10", "25"))
            .getBytes(StandardCharsets.UTF_8);
    bytes.writeBytes(head);
    bytes.writeBytes(
        "E3,US,IN,6109.10.00,1000.00,USD,10,doz.,25,50.00,5.00,FOB,OCEAN,"
            .getBytes(StandardCharsets.UTF_8));
    int offset = bytes.size();
    bytes.write(0xE9); // 'é' in Latin-1: not UTF-8 here
    bytes.writeBytes(",2025-10-15,\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> run(bytes.toByteArray(), BatchOptions.defaults()))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("s.csv row 4 (byte offset " + offset + "): invalid UTF-8;")
        .hasMessageContaining("the file must be UTF-8");
  }
}
