package dev.tariffimpact.io.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** The bundled lists of data/us/lists, read from the class path (no ../shared needed). */
class UsProductListsTest {

  private static final UsProductLists LISTS = UsProductLists.bundled();
  private static final LocalDate PEAK = LocalDate.of(2025, 9, 15);

  private static boolean on(String listId, String code, LocalDate date) {
    return LISTS.list(listId).contains(ProductCode.parse(code), date);
  }

  @Test
  void indexNamesEveryListWithItsLegalReferenceConditionAndOrigins() {
    assertThat(LISTS.index()).hasSize(35);
    ListInfo annex2 = LISTS.list("ieepa-annex2").info();
    assertThat(annex2.legalReference()).contains("2(v)(iii)(a)").contains("9903.01.32");
    assertThat(annex2.condition()).isEqualTo(ListInfo.UNCONDITIONAL);
    assertThat(annex2.origins()).isEqualTo("*");
    ListInfo aircraft = LISTS.list("ieepa-partner-eu-civil-aircraft").info();
    assertThat(aircraft.claim()).contains("civil-aircraft");
    assertThat(aircraft.origins()).isEqualTo("EU");
    assertThat(LISTS.list("ieepa-partner-ch-li").info().origins()).isEqualTo("CH LI");
    assertThat(LISTS.list("s122-exempt-9903.03.05").info().claim()).contains("civil-aircraft");
    assertThat(LISTS.index())
        .allSatisfy(i -> assertThat(i.condition()).isNotBlank())
        .allSatisfy(i -> assertThat(i.legalReference()).isNotBlank());
    assertThatThrownBy(() -> LISTS.list("annex2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ieepa-annex2");
  }

  @Test
  void plasticsLine3926_90_99IsNotOnAnnexIiButOnPartnerAndClaimOnlyLists() {
    // Issue #13: "its IEEPA carve-out covers civil-aircraft goods of partners with a deal".
    assertThat(on("ieepa-annex2", "3926.90.99.90", PEAK)).isFalse();
    assertThat(on("ieepa-annex2-particular", "3926.90.99.90", PEAK)).isFalse();
    assertThat(on("ieepa-partner-eu-civil-aircraft", "3926.90.99.90", PEAK)).isTrue();
    assertThat(on("ieepa-partner-jp-civil-aircraft", "3926.90.99.90", PEAK)).isTrue();
    assertThat(on("s122-exempt-9903.03.05", "3926.90.99", PEAK)).isTrue();
    assertThat(on("s122-exempt-9903.03.03", "3926.90.99", PEAK)).isFalse();
  }

  @Test
  void agriculturalProvisionsOfAnnexIiStartWithTheirExemptionOfNovember2025() {
    // Black pepper (0904.11.00) is on Annex II as printed; dated from 2025-11-13 (U, see index).
    assertThat(on("ieepa-annex2", "0904.11.00.00", LocalDate.of(2025, 11, 12))).isFalse();
    assertThat(on("ieepa-annex2", "0904.11.00.00", LocalDate.of(2025, 11, 13))).isTrue();
    // Non-agricultural provisions carry no date of their own.
    assertThat(on("ieepa-annex2", "3004.90.92.10", LocalDate.of(2025, 4, 5))).isTrue();
    assertThat(LISTS.list("ieepa-annex2").info().source()).contains("ASSUMPTION (U)");
  }

  @Test
  void provisionsOfEveryLengthCoverTheCodesBelowThem() {
    // Annex II prints 8471 (a heading), 8473.30 (6 digits) and 8505.11.0070 (10 digits).
    assertThat(on("ieepa-annex2", "8471.30.01.00", PEAK)).isTrue();
    assertThat(on("ieepa-annex2", "8473.30.11.40", PEAK)).isTrue();
    assertThat(on("ieepa-annex2", "8505.11.00.70", PEAK)).isTrue();
    assertThat(on("ieepa-annex2", "8505.11.00.30", PEAK)).isFalse();
    // A heading query is not answered by a subheading on the list.
    assertThat(on("ieepa-annex2", "8505", PEAK)).isFalse();
  }

  @Test
  void section232EntriesStartAndEndOnTheirOwnDates() {
    // Auto parts from 2025-05-03 (heading 9903.94.06: "on or after May 3, 2025").
    assertThat(on("s232-auto-parts", "4016.99.60.10", LocalDate.of(2025, 5, 2))).isFalse();
    assertThat(on("s232-auto-parts", "4016.99.60.10", LocalDate.of(2025, 5, 3))).isTrue();
    assertThat(on("s232-auto-parts", "4016.99.60.50", LocalDate.of(2025, 9, 15))).isFalse();
    // A steel derivative added on 2025-08-18, until the restructure of 2026-04-06.
    String added =
        LISTS.list("s232-steel-derivatives").entries().stream()
            .filter(e -> e.start().equals(java.util.Optional.of(LocalDate.of(2025, 8, 18))))
            .findFirst()
            .orElseThrow()
            .code();
    assertThat(on("s232-steel-derivatives", added, LocalDate.of(2025, 8, 17))).isFalse();
    assertThat(on("s232-steel-derivatives", added, LocalDate.of(2025, 8, 18))).isTrue();
    assertThat(on("s232-steel-derivatives", added, LocalDate.of(2026, 4, 5))).isTrue();
    assertThat(on("s232-steel-derivatives", added, LocalDate.of(2026, 4, 6))).isFalse();
    // Copper from 2025-08-01; annex I-A from 2026-04-06.
    assertThat(on("s232-copper", "7408.11.60", LocalDate.of(2025, 7, 31))).isFalse();
    assertThat(on("s232-copper", "7408.11.60", LocalDate.of(2025, 8, 1))).isTrue();
    assertThat(on("s232-annex-1a", "7208.51.00.30", LocalDate.of(2026, 4, 5))).isFalse();
    assertThat(on("s232-annex-1a", "7208.51.00.30", LocalDate.of(2026, 4, 6))).isTrue();
    assertThat(on("s232-mhd-trucks", "8701.21.00", LocalDate.of(2025, 10, 31))).isFalse();
    assertThat(on("s232-mhd-trucks", "8701.21.00", LocalDate.of(2025, 11, 1))).isTrue();
    assertThat(on("s232-semiconductors", "8471.50.01.50", LocalDate.of(2026, 1, 15))).isTrue();
  }

  /**
   * Issue #13: of the curated lines flagged annex2_exempt in us-lines.csv (32 rows, taken from the
   * merged product list), only 15 are on Annex II as printed; the other 17 are on partner-only or
   * claim-only lists (or, 3907.61.00, on no list of the Rev 6 text) and so pay the IEEPA layers as
   * goods of India. Expected sets written out by hand from the list files.
   */
  @Test
  void seventeenOfTheCuratedExemptLinesAreNotExemptForGoodsOfIndia() throws IOException {
    Set<String> flagged = new TreeSet<>();
    List<String[]> rows;
    try (var it =
        CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class)
            .<String[]>readValues(Path.of("..", "data", "us-lines.csv").toFile())) {
      rows = it.readAll();
    }
    int column = List.of(rows.get(0)).indexOf("annex2_exempt");
    for (String[] cells : rows.subList(1, rows.size())) {
      if (cells[column].equals("true")) {
        flagged.add(cells[0]);
      }
    }
    Set<String> onAnnex2 = new TreeSet<>();
    for (String code : flagged) {
      if (on("ieepa-annex2", code, PEAK) || on("ieepa-annex2-particular", code, PEAK)) {
        onAnnex2.add(code);
      }
    }
    assertThat(flagged).hasSize(32);
    assertThat(onAnnex2)
        .containsExactlyInAnyOrder(
            "2922.49.26",
            "2924.29.95",
            "2932.14.00",
            "2933.39.92",
            "2934.99.30",
            "2941.10.50",
            "3004.10.50",
            "3004.20.00",
            "3004.39.00",
            "3004.90.92",
            "3006.93.20",
            "8471.30.01",
            "8517.13.00",
            "8517.62.00",
            "8542.31.00");
    Set<String> notForIndia = new TreeSet<>(flagged);
    notForIndia.removeAll(onAnnex2);
    assertThat(notForIndia)
        .containsExactlyInAnyOrder(
            "2905.11.20",
            "2915.21.00",
            "2918.14.00",
            "3907.61.00",
            "3926.90.99",
            "4016.93.50",
            "4016.99.60",
            "4602.12.45",
            "7102.39.00",
            "7306.30.50",
            "8413.70.20",
            "8414.51.90",
            "8483.40.50",
            "8483.40.70",
            "8501.52.40",
            "8504.40.95",
            "9405.11.40");
    assertThat(on("ieepa-partner-eu-generic-pharma", "2905.11.20", PEAK)).isTrue();
    assertThat(on("ieepa-partner-ch-li", "4602.12.45", PEAK)).isTrue();
    assertThat(on("ieepa-partner-eu", "7102.39.00", PEAK)).isTrue();
  }

  /**
   * The lists come from the 2026 text, the MFN bundle from the 2025 basic edition: all but 25
   * provisions name a line of the 2025 edition (the 25 are statistical suffixes created later, such
   * as 8309.90.00.20 of annex I-B and 8483.40.50.20 of note 19(k), which the aluminum derivative
   * list holds at the digits printed).
   */
  @Test
  void everyListProvisionBut25NamesALineOfTheHts2025() {
    java.util.NavigableSet<String> hts = new TreeSet<>();
    dev.tariffimpact.io.hts.HtsMfnSchedule.bundled()
        .table()
        .lines()
        .forEach(l -> hts.add(l.code().digits()));
    Set<String> missing = new TreeSet<>();
    for (ListInfo info : LISTS.index()) {
      for (DatedCode e : LISTS.list(info.id()).entries()) {
        String next = hts.ceiling(e.code());
        if (next == null || !next.startsWith(e.code())) {
          missing.add(info.id() + ":" + e.code());
        }
      }
    }
    assertThat(missing)
        .hasSize(25)
        .contains(
            "s232-aluminum-derivatives:8483405020",
            "s232-annex-1a:7308200035",
            "s232-annex-1b:8309900020",
            "s232-annex-2-removed:3004909251");
  }
}
