package dev.tariffimpact.io.ch99;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists derived from the chapter 99 text against the tracker's merged lists in {@code
 * ../shared} (cross-check only: the text wins). The counts are pinned as measured on 2026-11-29 and
 * explained in data/README.md ("Cross-check against the merged lists"); a change in either input or
 * in the parser shows up here.
 */
class UsListsCrossCheckTest {

  private static Path shared;
  private static Map<String, List<String>> lists;

  @BeforeAll
  static void derive() throws IOException {
    shared = SharedReference.require(UsListSources.TEXT_FILE).getParent().getParent();
    lists = new LinkedHashMap<>();
    for (GeneratedList l : UsDataGenerator.lists(shared)) {
      lists.put(l.id(), l.codes());
    }
  }

  @Test
  void mergedIeepaListIsAnnexIiPlusPartnerAndConditionalListsPlusOldEntries() throws IOException {
    List<String> annex2 = new ArrayList<>(lists.get("ieepa-annex2"));
    annex2.addAll(lists.get("ieepa-annex2-particular"));
    Map<String, List<String>> others = new LinkedHashMap<>(lists);
    others.keySet().removeIf(k -> !k.startsWith("ieepa-") || k.startsWith("ieepa-annex2-p"));
    others.remove("ieepa-annex2");
    ListCrossCheck.Comparison c =
        ListCrossCheck.compare(
            ListCrossCheck.referenceCodes(
                shared.resolve("product-lists/ieepa_annex2_exempt_hts10.csv")),
            annex2,
            others);
    assertThat(c.referenceCodes()).isEqualTo(4297);
    // Every provision of Annex II as printed is in the merged list ...
    assertThat(c.textNotInReference()).isEmpty();
    // ... but 2,181 of its 4,297 HTS10 codes are not on Annex II as printed:
    assertThat(c.referenceNotInText()).hasSize(2181);
    // 231 are on no IEEPA list of the Rev 6 text (chapter 98 provisions, lumber, older entries);
    // the other 1,950 are on partner-only or claim-only lists, e.g. 1,241 on the UK civil
    // aircraft list and 387 on the EU generic-pharmaceutical list.
    assertThat(c.referenceNotInTextByOtherList())
        .containsEntry("(no list of the text)", 231)
        .containsEntry("ieepa-partner-gb-civil-aircraft", 1241)
        .containsEntry("ieepa-partner-eu-generic-pharma", 387)
        .containsEntry("ieepa-partner-ch-li", 284)
        .containsEntry("ieepa-partner-eu", 70);
    assertThat(c.referenceNotInText())
        .contains("3926909987", "9801001010", "4407930010")
        .doesNotContain("8471300100");
  }

  @Test
  void mergedSection122ListAddsTheCivilAircraftAndReligiousLists() throws IOException {
    List<String> unconditional = new ArrayList<>(lists.get("s122-exempt-9903.03.03"));
    unconditional.addAll(lists.get("s122-exempt-9903.03.04"));
    Map<String, List<String>> others = new LinkedHashMap<>();
    others.put("s122-exempt-9903.03.05", lists.get("s122-exempt-9903.03.05"));
    others.put("s122-exempt-9903.03.04-religious", lists.get("s122-exempt-9903.03.04-religious"));
    ListCrossCheck.Comparison c =
        ListCrossCheck.compare(
            ListCrossCheck.referenceCodes(shared.resolve("product-lists/s122_exempt_hts8.csv")),
            unconditional,
            others);
    assertThat(c.referenceCodes()).isEqualTo(1656);
    assertThat(c.textNotInReference()).isEmpty();
    // 1656 = 1105 unconditional + 546 civil aircraft (claim) + 4 religious (claim) + 1 on none.
    assertThat(c.referenceNotInText()).hasSize(551);
    assertThat(c.referenceNotInTextByOtherList())
        .containsEntry("s122-exempt-9903.03.05", 546)
        .containsEntry("s122-exempt-9903.03.04-religious", 4)
        .containsEntry("(no list of the text)", 1);
    assertThat(c.referenceNotInText()).contains("39269099", "90314970");
  }

  @Test
  void section232ListsOfTheTextMatchTheTrackerFilesWhereBothExist() throws IOException {
    assertSame("s232-auto-parts", "us-ch99/s232_auto_parts.txt");
    assertSame("s232-mhd-parts", "us-ch99/s232_mhd_parts.txt");
    // Note 39(b) prints the 3 subheadings 8471.50, 8471.80, 8473.30; the tracker's 10 HTS10 codes
    // all lie under them.
    assertSame("s232-semiconductors", "us-ch99/s232_semi_products.csv");
    Map<String, List<String>> annex = new HashMap<>();
    List<String> rows =
        Files.readAllLines(
            shared.resolve("us-ch99/s232_annex_products.csv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      annex.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
    }
    // Annex I-A: the text adds the steel mill products (7206-7229, 7301-7306) the tracker keeps
    // by chapter; I-B: the tracker has six headings the text does not print (8430, 843041,
    // 843049, 8471, 851650, 8709); III: the text adds five 8504.90.96 statistical lines.
    ListCrossCheck.Comparison a1 =
        ListCrossCheck.compare(annex.get("1a"), lists.get("s232-annex-1a"), Map.of());
    assertThat(a1.referenceNotInText()).isEmpty();
    assertThat(a1.textNotInReference()).hasSize(39).contains("7208", "7306");
    ListCrossCheck.Comparison b =
        ListCrossCheck.compare(annex.get("1b"), lists.get("s232-annex-1b"), Map.of());
    assertThat(b.referenceNotInText())
        .containsExactlyInAnyOrder("8430", "843041", "843049", "8471", "851650", "8709");
    assertThat(b.textNotInReference()).isEmpty();
    ListCrossCheck.Comparison c3 =
        ListCrossCheck.compare(annex.get("3"), lists.get("s232-annex-3"), Map.of());
    assertThat(c3.referenceNotInText()).isEmpty();
    assertThat(c3.textNotInReference()).hasSize(5).allMatch(code -> code.startsWith("85049096"));
  }

  /**
   * Every entry of note 16(c) appears in the matching annex of the proclamation of 2026-04-02
   * ({@code annexes_text.txt}, PDF text: provisions mixed with descriptions). The annex text holds
   * more numbers than the note (headings named in descriptions such as "excluding iron of heading
   * 7203", and in annex I-B 8430, 8471, 8516.50, 8709 as in the tracker), never fewer.
   */
  @Test
  void annexListsOfNote16AreInTheProclamationAnnexes() throws IOException {
    String text =
        Files.readString(shared.resolve("us-ch99/annexes_text.txt"), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher heads =
        java.util.regex.Pattern.compile("(?m)^\\W*Annex (I-A|I-B|II|III|IV)\\b").matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (heads.find()) {
      starts.add(new int[] {heads.start()});
      names.add(heads.group(1));
    }
    assertThat(names).containsExactly("I-A", "I-B", "II", "III", "IV");
    Map<String, String> listOf =
        Map.of(
            "I-A",
            "s232-annex-1a",
            "I-B",
            "s232-annex-1b",
            "III",
            "s232-annex-3",
            "II",
            "s232-annex-2-removed");
    java.util.regex.Pattern code =
        java.util.regex.Pattern.compile(
            "(?<![\\d.])\\d{4}(?:\\.\\d{2}){0,3}(?:\\.\\d{4})?(?![\\d.])");
    for (int i = 0; i < names.size(); i++) {
      String listId = listOf.get(names.get(i));
      if (listId == null) {
        continue;
      }
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      List<String> annexCodes = new ArrayList<>();
      java.util.regex.Matcher m = code.matcher(text.substring(starts.get(i)[0], end));
      while (m.find()) {
        annexCodes.add(m.group().replace(".", ""));
      }
      ListCrossCheck.Comparison c = ListCrossCheck.compare(annexCodes, lists.get(listId), Map.of());
      assertThat(c.textNotInReference())
          .as("%s entries missing from annex %s", listId, names.get(i))
          .isEmpty();
    }
  }

  private static void assertSame(String listId, String trackerFile) throws IOException {
    List<String> reference = new ArrayList<>();
    List<String> lines = Files.readAllLines(shared.resolve(trackerFile), StandardCharsets.UTF_8);
    // The .txt files have no header row; the .csv files do.
    for (String line : trackerFile.endsWith(".txt") ? lines : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        reference.add(line.split(",")[0].strip());
      }
    }
    ListCrossCheck.Comparison c = ListCrossCheck.compare(reference, lists.get(listId), Map.of());
    assertThat(c.referenceNotInText()).as(listId + " codes the text lacks").isEmpty();
    assertThat(c.textNotInReference()).as(listId + " codes the tracker lacks").isEmpty();
  }
}
