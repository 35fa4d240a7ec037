package dev.tariffimpact.io.ch99;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on excerpts of the Rev 6 chapter 99 text, copied (shortened) into the test. */
class NoteListParserTest {

  /** Note 2(v)(iii)(a) with a page break inside the list, as the USITC text prints it. */
  private static final String ANNEX_II =
      """
      (iii)
                          Harmonized Tariff Schedule of the United States Revision 6 (2026)       XXII
                                                                                           99 - III - 5
                                        Annotated for Statistical Reporting Purposes

      U.S. Notes (con.)

                      (a) As provided for in heading 9903.01.32, the additional duties imposed by headings 9903.01.25, 9903.01.35,
                                9903.01.39, 9903.01.63, 9903.02.01\u00AD9903.02.73, 9903.02.79\u00AD9903.02.80, and
                                9903.02.87\u00AD9903.02.88 shall not apply to products classified in the following subheadings of the HTSUS:
                                [Compiler's note: List may appear or continue on a subsequent page.]
                         0201.10.05  0201.10.10  0201.10.50
                         0904.11.00  2933.39.92
      \f                   Harmonized Tariff Schedule of the United States Revision 6 (2026)

                                                                     Annotated for Statistical Reporting Purposes

      XXII
      99 - III - 7

      U.S. Notes (con.)                  8471        8473.30     8505.11.0070
                         8542

      (b) As provided in heading 9903.02.78, the additional duties imposed by headings 9903.01.25, 9903.01.35, 9903.01.39
               and 9903.02.02\u00AD9903.02.73 shall not apply to the following particular articles the product of any country:

      (1) Etrogs (classifiable in subheading 0805.90.01)

      (5) Bakers' wares, communion wafers, sealing wafers, rice paper and similar products, nesoi, for religious purposes
               only (classifiable in subheading 1905.90.90)

      (6) Acai (classifiable in subheading 2008.99.21)

      (iv) As provided in 9903.01.26, the additional duties imposed by heading 9903.01.25 shall not apply to any products of
               Canada, including those products of Canada entered free of duty.
      """;

  @Test
  void readsAProvisionListAcrossAPageBreakAtEveryCodeLength() {
    Chapter99Text text = Chapter99Text.of(ANNEX_II);
    assertThat(NoteListParser.provisions(text, "As provided for in heading 9903.01.32,"))
        .containsExactly(
            "02011005",
            "02011010",
            "02011050",
            "09041100",
            "29333992",
            "8471",
            "847330",
            "8505110070",
            "8542");
    // The soft hyphen of the printed ranges reads as a hyphen.
    assertThat(text.lines()).anyMatch(l -> l.contains("9903.02.01-9903.02.73"));
    assertThat(text.lines()).noneMatch(l -> l.contains("Harmonized Tariff Schedule"));
  }

  @Test
  void readsAnArticleListAndFlagsReligiousUseEvenAcrossALineBreak() {
    List<NoteListParser.Article> items =
        NoteListParser.articles(Chapter99Text.of(ANNEX_II), "As provided in heading 9903.02.78,");
    assertThat(items)
        .extracting(
            NoteListParser.Article::number,
            NoteListParser.Article::code,
            NoteListParser.Article::religiousUseOnly)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "08059001", false),
            org.assertj.core.groups.Tuple.tuple(5, "19059090", true),
            org.assertj.core.groups.Tuple.tuple(6, "20089921", false));
  }

  @Test
  void readsAnInlineListSeparatedBySemicolons() {
    String note35 =
        """
        (a) As provided in heading 9903.96.01, the additional duties imposed by headings 9903.01.25 shall not apply to
                 articles of civil aircraft of the United Kingdom, and classifiable in
                 the following provisions of the HTSUS, but regardless of whether a product is entered under a provision for which
                 the rate of duty "Free (C)" appears in the "Special" subcolumn: 3917.21.00, 3917.22.00; 3917.23.00; 3926.90.99;
                 9802.00.80; 9818.00.07
        (b) As provided in heading 9903.96.02, the additional duties
        """;
    assertThat(NoteListParser.provisions(Chapter99Text.of(note35), "heading 9903.96.01,"))
        .containsExactly("39172100", "39172200", "39172300", "39269099", "98020080", "98180007");
  }

  /**
   * Note 19(k): the list ends with a period and prose naming a heading follows; the list stops at
   * the period, at the digits printed (3004.90.9244 stays 10 digits).
   */
  @Test
  void aListEndsAtItsPeriodEvenWhenProseNamingAHeadingFollows() {
    String note19k =
        """
        (k) The rates of duty in heading 9903.85.08 apply to all entries of derivative aluminum products classifiable in the following
                 HTSUS provisions, unless the derivative aluminum product was processed in another country: 0402.99.68;
                 2903.59.90; 3004.90.9244; 9603.90.8050.

        For any derivative aluminum product that is classified in one of the HTSUS provisions that is listed in this subdivision, the
        additional ad valorem duty imposed by heading 9903.85.08 shall only apply to the declared value of the aluminum content
        """;
    assertThat(
            NoteListParser.provisions(
                Chapter99Text.of(note19k), "heading 9903.85.08 apply to all entries"))
        .containsExactly("04029968", "29035990", "3004909244", "9603908050");
  }

  @Test
  void proseMayEndAListOnlyIfItNamesNoFurtherProvision() {
    String note39 =
        """
             (b) For the purposes of this note, "semiconductor articles" refers to imported products meeting certain
                      technical parameters and that are classifiable in the provisions of the HTSUS enumerated in this subdivision:

                           8471.50
                           8471.80
                           8473.30

             To be included within the definition of semiconductor articles, the imported products must be a logic integrated
             circuit
        """;
    assertThat(
            NoteListParser.provisions(
                Chapter99Text.of(note39), "\"semiconductor articles\" refers"))
        .containsExactly("847150", "847180", "847330");
    String hidden = note39.replace("circuit", "circuit of subheading 8542.31");
    assertThatThrownBy(
            () -> NoteListParser.provisions(Chapter99Text.of(hidden), "\"semiconductor articles\""))
        .isInstanceOf(Chapter99FormatException.class)
        .hasMessageContaining("'To' is not an HTS provision");
  }

  @Test
  void aStrayWordInAListOrAMissingOrRepeatedPhraseIsAnError() {
    String stray = ANNEX_II.replace("0904.11.00", "0904.11.00 and/or");
    assertThatThrownBy(
            () -> NoteListParser.provisions(Chapter99Text.of(stray), "heading 9903.01.32,"))
        .isInstanceOf(Chapter99FormatException.class)
        .hasMessageContaining("'and/or' is not an HTS provision");
    assertThatThrownBy(
            () -> NoteListParser.provisions(Chapter99Text.of(ANNEX_II), "heading 9903.02.74,"))
        .isInstanceOf(Chapter99FormatException.class)
        .hasMessageContaining("not found");
    assertThatThrownBy(() -> NoteListParser.provisions(Chapter99Text.of(ANNEX_II), "9903.01.25"))
        .isInstanceOf(Chapter99FormatException.class)
        .hasMessageContaining("occurs on lines");
  }
}
