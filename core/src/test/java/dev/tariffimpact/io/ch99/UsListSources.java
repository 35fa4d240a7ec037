package dev.tariffimpact.io.ch99;

import static dev.tariffimpact.io.ch99.GeneratedList.dated;

import dev.tariffimpact.io.lists.DatedCode;
import dev.tariffimpact.schedule.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which subdivision of the chapter 99 text each bundled US exemption list (IEEPA, Section 122)
 * comes from, with its legal reference, condition, origins and dates; the Section 232 lists are in
 * {@link Section232Sources}. Read by {@link UsDataGenerator}.
 *
 * <p>The exemption lists (IEEPA, Section 122) and the Section 232 lists that note 16, 33, 37, 38
 * and 39 print are read from the text with {@link NoteListParser}. Lists the Rev 6 text no longer
 * prints (the Section 232 regime before 2026-04-06: steel, aluminum, derivatives, copper) and the
 * annex II removals come from the tracker files in {@code us-ch99/}, with lower confidence.
 */
final class UsListSources {

  static final String TEXT_FILE = "us-ch99/chapter99_2026_rev_6.txt";
  static final String TEXT =
      "USITC HTS 2026 Rev 6 chapter 99 text (shared us-ch99/chapter99_2026_rev_6.txt)";
  static final String TRACKER = "Budget-Lab-Yale/tariff-rate-tracker 8315fff (shared us-ch99/";

  /** EO 14360 exempted agricultural products from the reciprocal tariffs from this entry date. */
  static final LocalDate IEEPA_AGRICULTURAL_EXEMPTION = LocalDate.of(2025, 11, 13);

  static final String AG_DATES =
      "; membership as printed in Rev 6 (April 2026); ASSUMPTION (U) on dates: the provisions of"
          + " ch.01-24 are dated from 2025-11-13 (agricultural exemptions of EO 14360; the April"
          + " 2025 Annex II held no agricultural goods), the others carry no date of their own;"
          + " provisions removed from Annex II before Rev 6 (e.g. lumber, copper) are not"
          + " reconstructed";

  private UsListSources() {}

  /** The exemption lists of note 2(v), note 35 and note 2(aa), from the text. */
  static List<GeneratedList> exemptionLists(Chapter99Text t) {
    List<GeneratedList> out = new ArrayList<>();
    String ieepa = "HTS ch.99 subch.III US note 2(v)";
    List<DatedCode> annex2 = new ArrayList<>();
    for (String code : NoteListParser.provisions(t, "As provided for in heading 9903.01.32,")) {
      boolean agricultural = Integer.parseInt(code.substring(0, 2)) <= 24;
      annex2.add(
          new DatedCode(
              code,
              Optional.ofNullable(agricultural ? IEEPA_AGRICULTURAL_EXEMPTION : null),
              Optional.empty()));
    }
    out.add(
        GeneratedList.of(
            "ieepa-annex2",
            "IEEPA Annex II as printed (unconditional)",
            ieepa + "(iii)(a); heading 9903.01.32",
            "none",
            "*",
            TEXT + AG_DATES,
            Confidence.R,
            annex2));
    for (GeneratedList l :
        articles(
            t,
            "ieepa-annex2",
            "IEEPA particular articles",
            ieepa + "(iii)(b); heading 9903.02.78",
            "*",
            "As provided in heading 9903.02.78,")) {
      out.add(
          GeneratedList.of(
              l.info().id(),
              l.info().title(),
              l.info().legalReference(),
              l.info().condition(),
              l.info().origins(),
              TEXT
                  + "; ASSUMPTION (U): every item dated from "
                  + IEEPA_AGRICULTURAL_EXEMPTION
                  + " (heading 9903.02.78 came with the agricultural exemptions of EO 14360)",
              Confidence.R,
              dated(l.codes(), IEEPA_AGRICULTURAL_EXEMPTION, null)));
    }
    out.add(
        text(
            t,
            "ieepa-partner-eu",
            "IEEPA exemption for goods of the EU (framework deal)",
            ieepa + "(xx); heading 9903.02.74",
            "none",
            "EU",
            "As provided in heading 9903.02.74,"));
    out.add(
        GeneratedList.of(
            "ieepa-partner-eu-religious",
            "IEEPA exemption for a particular article of the EU, religious use only",
            ieepa + "(xxi); heading 9903.02.75",
            "claim:religious-use",
            "EU",
            TEXT,
            Confidence.V,
            dated(
                NoteListParser.articles(t, "As provided in heading 9903.02.75,").stream()
                    .map(NoteListParser.Article::code)
                    .toList(),
                null,
                null)));
    out.add(
        text(
            t,
            "ieepa-partner-eu-civil-aircraft",
            "IEEPA exemption for EU civil aircraft goods",
            ieepa + "(xxii); heading 9903.02.76",
            "claim:civil-aircraft",
            "EU",
            "As provided in heading 9903.02.76,"));
    out.add(
        text(
            t,
            "ieepa-partner-eu-generic-pharma",
            "IEEPA exemption for EU goods not patented for pharmaceutical use",
            ieepa + "(xxiii); heading 9903.02.77",
            "claim:non-patented-pharmaceutical",
            "EU",
            "As provided in heading 9903.02.77,"));
    out.add(
        text(
            t,
            "ieepa-partner-kr-civil-aircraft",
            "IEEPA exemption for Korean civil aircraft goods",
            ieepa + "(xxiv)(b); heading 9903.02.81",
            "claim:civil-aircraft",
            "KR",
            "As provided in heading 9903.02.81,"));
    out.add(
        text(
            t,
            "ieepa-partner-ch-li",
            "IEEPA exemption for goods of Switzerland, Liechtenstein",
            ieepa + "(xxv)(b); headings 9903.02.84, 9903.02.89",
            "none",
            "CH LI",
            "As provided in headings 9903.02.84 and 9903.02.89,"));
    out.add(
        text(
            t,
            "ieepa-partner-ch-li-civil-aircraft",
            "IEEPA exemption for Swiss and Liechtenstein civil aircraft goods",
            ieepa + "(xxv)(c); headings 9903.02.85, 9903.02.90",
            "claim:civil-aircraft",
            "CH LI",
            "As provided in headings 9903.02.85 and 9903.02.90,"));
    out.add(
        text(
            t,
            "ieepa-partner-ch-li-generic-pharma",
            "IEEPA exemption for Swiss and Liechtenstein goods not patented for pharmaceutical use",
            ieepa + "(xxv)(d); headings 9903.02.86, 9903.02.91",
            "claim:non-patented-pharmaceutical",
            "CH LI",
            "As provided in headings 9903.02.86 and 9903.02.91,"));
    out.add(
        text(
            t,
            "ieepa-partner-gb-civil-aircraft",
            "IEEPA baseline exemption for UK civil aircraft goods",
            "HTS ch.99 subch.III US note 35(a); heading 9903.96.01",
            "claim:civil-aircraft",
            "GB",
            "As provided in heading 9903.96.01,"));
    out.add(
        text(
            t,
            "ieepa-partner-jp-civil-aircraft",
            "IEEPA exemption for Japanese civil aircraft goods",
            "HTS ch.99 subch.III US note 35(b); heading 9903.96.02",
            "claim:civil-aircraft",
            "JP",
            "As provided in heading 9903.96.02,"));
    String s122 = "HTS ch.99 subch.III US note 2(aa)";
    out.add(
        text(
            t,
            "s122-exempt-9903.03.03",
            "Section 122 exemption: listed provisions",
            s122 + "(ii); heading 9903.03.03",
            "none",
            "*",
            "As provided in heading 9903.03.03,"));
    out.addAll(
        articles(
            t,
            "s122-exempt-9903.03.04",
            "Section 122 exemption: particular articles",
            s122 + "(iii); heading 9903.03.04",
            "*",
            "As provided in heading 9903.03.04,"));
    out.add(
        text(
            t,
            "s122-exempt-9903.03.05",
            "Section 122 exemption: civil aircraft goods",
            s122 + "(iv); heading 9903.03.05",
            "claim:civil-aircraft",
            "*",
            "As provided in heading 9903.03.05,"));
    return out;
  }

  private static GeneratedList text(
      Chapter99Text t,
      String id,
      String title,
      String ref,
      String condition,
      String origins,
      String phrase) {
    return GeneratedList.of(
        id,
        title,
        ref,
        condition,
        origins,
        TEXT,
        Confidence.V,
        dated(NoteListParser.provisions(t, phrase), null, null));
  }

  /** Splits an article list: unconditional items, and those for religious purposes only. */
  private static List<GeneratedList> articles(
      Chapter99Text t, String id, String title, String ref, String origins, String phrase) {
    List<NoteListParser.Article> items = NoteListParser.articles(t, phrase);
    List<String> plain =
        items.stream()
            .filter(a -> !a.religiousUseOnly())
            .map(NoteListParser.Article::code)
            .toList();
    List<String> religious =
        items.stream()
            .filter(NoteListParser.Article::religiousUseOnly)
            .map(NoteListParser.Article::code)
            .toList();
    String suffix = id.equals("ieepa-annex2") ? "-particular" : "";
    return List.of(
        GeneratedList.of(
            id + suffix,
            title + " (the article as described)",
            ref,
            "none",
            origins,
            TEXT,
            Confidence.V,
            dated(plain, null, null)),
        GeneratedList.of(
            id + "-religious",
            title + ", for religious purposes only",
            ref,
            "claim:religious-use",
            origins,
            TEXT,
            Confidence.V,
            dated(religious, null, null)));
  }
}
