package dev.tariffimpact.io.ch99;

import static dev.tariffimpact.io.ch99.GeneratedList.dated;

import dev.tariffimpact.io.lists.DatedCode;
import dev.tariffimpact.schedule.Confidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which subdivision of the chapter 99 text (notes 16, 33, 37, 38, 39) or which tracker file each
 * bundled Section 232 list comes from, with its per-code dates. Read by {@link UsDataGenerator}.
 *
 * <p>Lists the Rev 6 text no longer prints (the regime before 2026-04-06: steel, aluminum,
 * derivatives, copper) and the annex II removals come from the tracker files in {@code us-ch99/},
 * with lower confidence.
 */
final class Section232Sources {

  static final LocalDate S232_METALS_START = LocalDate.of(2025, 3, 12);
  static final LocalDate S232_RESTRUCTURE = LocalDate.of(2026, 4, 6);
  static final LocalDate S232_OLD_REGIME_END = S232_RESTRUCTURE.minusDays(1);
  static final LocalDate S232_COPPER_START = LocalDate.of(2025, 8, 1);
  static final LocalDate S232_INCLUSIONS = LocalDate.of(2025, 8, 18);
  static final LocalDate S232_AUTOS_START = LocalDate.of(2025, 4, 3);
  static final LocalDate S232_AUTO_PARTS_START = LocalDate.of(2025, 5, 3);
  static final LocalDate S232_MHD_START = LocalDate.of(2025, 11, 1);
  static final LocalDate S232_WOOD_START = LocalDate.of(2025, 10, 14);
  static final LocalDate S232_SEMI_START = LocalDate.of(2026, 1, 15);

  private Section232Sources() {}

  /** The Section 232 lists the Rev 6 text prints (notes 16, 33, 37, 38, 39). */
  static List<GeneratedList> s232FromText(Chapter99Text t) {
    List<GeneratedList> out = new ArrayList<>();
    String n = "HTS ch.99 subch.III US note ";
    out.add(
        s232(
            t,
            "s232-autos",
            "Section 232 passenger vehicles and light trucks",
            n + "33(b); headings 9903.94.01-.04",
            "The rates of duty set forth in headings 9903.94.01, 9903.94.02",
            S232_AUTOS_START,
            Confidence.V,
            "none"));
    out.add(
        s232(
            t,
            "s232-auto-parts",
            "Section 232 parts of passenger vehicles and light trucks",
            n + "33(g); heading 9903.94.05",
            "Subject to a manufacturer's import adjustment offset amount",
            S232_AUTO_PARTS_START,
            Confidence.V,
            "none"));
    out.add(
        s232(
            t,
            "s232-timber-lumber",
            "Section 232 softwood timber and lumber",
            n + "37(b); heading 9903.76.01",
            "The rates of duty set forth in heading 9903.76.01 apply",
            S232_WOOD_START,
            Confidence.U,
            "none"));
    out.add(
        s232(
            t,
            "s232-upholstered-furniture",
            "Section 232 upholstered wooden furniture",
            n + "37(d); heading 9903.76.02",
            "The rates of duty set forth in headings 9903.76.02, 9903.76.20",
            S232_WOOD_START,
            Confidence.U,
            "none"));
    out.add(
        s232(
            t,
            "s232-kitchen-cabinets",
            "Section 232 kitchen cabinets and vanities and parts",
            n + "37(f); heading 9903.76.03",
            "the rates of duty set forth in headings 9903.76.03, 9903.76.20",
            S232_WOOD_START,
            Confidence.U,
            "none"));
    out.add(
        s232(
            t,
            "s232-mhd-trucks",
            "Section 232 medium- and heavy-duty vehicles",
            n + "38(b); heading 9903.74.01",
            "The rate of duty set forth in heading 9903.74.01 applies",
            S232_MHD_START,
            Confidence.R,
            "none"));
    out.add(
        s232(
            t,
            "s232-buses",
            "Section 232 buses and other vehicles of heading 8702",
            n + "38(c); heading 9903.74.02",
            "Heading 9903.74.02 applies to buses",
            S232_MHD_START,
            Confidence.R,
            "none"));
    out.add(
        s232(
            t,
            "s232-mhd-parts",
            "Section 232 parts of medium- and heavy-duty vehicles",
            n + "38(i); heading 9903.74.08",
            "The rates of duty set forth in heading 9903.74.08 apply",
            S232_MHD_START,
            Confidence.R,
            "none"));
    out.add(
        s232(
            t,
            "s232-semiconductors",
            "Section 232 semiconductor articles",
            n + "39(b); heading 9903.79.01",
            "\"semiconductor articles\" refers to imported products",
            S232_SEMI_START,
            Confidence.R,
            "only logic integrated circuits or articles containing one that meet the technical"
                + " parameters of note 39(b); end-use exemptions 9903.79.03-.09 by claim"));
    String metal =
        "outside ch.72/73/74/76 only if the listed metal is at least 15% of the weight"
            + " (note 16(c); else 9903.82.03)";
    out.add(
        annex(
            t,
            "s232-annex-1a",
            "Section 232 metals annex I-A (50% on full value)",
            n + "16(c)(i)-(v); heading 9903.82.02",
            metal,
            "(i) Articles of aluminum:",
            "(ii) Derivative aluminum articles:",
            "(iii) Articles of steel:",
            "(iv) Derivative steel articles:",
            "(v) Articles of copper:"));
    out.add(
        annex(
            t,
            "s232-annex-1b",
            "Section 232 metals annex I-B (25% on full value)",
            n + "16(c)(vi)-(viii); heading 9903.82.09",
            metal,
            "(vi) Derivative aluminum articles:",
            "(vii) Derivative steel articles:",
            "(viii) Articles of copper:"));
    out.add(
        annex(
            t,
            "s232-annex-3",
            "Section 232 metals annex III (total raised to 15%)",
            n + "16(c)(ix)-(x) and (f); headings 9903.82.10, 9903.82.11",
            metal,
            "(ix) Derivative aluminum articles:",
            "(x) Derivative steel articles:"));
    return out;
  }

  /** Lists the Rev 6 text no longer prints, from the tracker files (dated; lower confidence). */
  static List<GeneratedList> s232FromTracker(Path shared, Chapter99Text t) throws IOException {
    List<GeneratedList> out = new ArrayList<>();
    Path dir = shared.resolve("us-ch99");
    out.add(
        GeneratedList.of(
            "s232-steel",
            "Section 232 articles of steel (before 2026-04-06)",
            "heading 9903.81.87 (Proclamations 9705, 10896, 10947)",
            "none",
            "*",
            "ASSUMPTION (U): the old note 16 is not in the Rev 6 text; Proclamation 9705 scope"
                + " (7206.10-7216.50, 7216.99-7301.10, 7302, 7304-7306) taken as headings 7206-7229;"
                + " ch.73 is in s232-steel-derivatives; tracker policy_params.yaml uses ch.72-73",
            Confidence.U,
            dated(headings(7206, 7229), S232_METALS_START, S232_OLD_REGIME_END)));
    List<DatedCode> steelDerivatives =
        new ArrayList<>(dated(headings(7301, 7326), S232_METALS_START, S232_OLD_REGIME_END));
    List<DatedCode> aluminumDerivatives = new ArrayList<>();
    // tracker start of each 9903.85.08 row, to date the provisions the text prints
    java.util.Map<String, LocalDate> trackerStart = new java.util.HashMap<>();
    for (String line : tail(dir.resolve("s232_derivative_products.csv"))) {
      String[] f = line.split(",", -1);
      LocalDate start =
          f[3].isEmpty()
              ? (f[1].equals("9903.85.04") ? null : S232_METALS_START)
              : LocalDate.parse(f[3]);
      DatedCode e =
          new DatedCode(f[0], Optional.ofNullable(start), Optional.of(S232_OLD_REGIME_END));
      if (f[2].equals("steel")) {
        if (!f[0].startsWith("73")) {
          steelDerivatives.add(e);
        }
      } else if (f[1].equals("9903.85.04")) {
        aluminumDerivatives.add(e); // note 19(i) describes these articles in prose
      } else if (f[1].equals("9903.85.08")) {
        trackerStart.put(f[0], start);
      }
    }
    // Notes 19(j) and (k) print the 9903.85.07 and .08 provisions at their own digits (the
    // tracker holds some at 8 digits: 30049092 where the text says 3004.90.9244).
    for (String code : NoteListParser.provisions(t, "heading 9903.85.07 apply to all entries")) {
      aluminumDerivatives.add(
          new DatedCode(code, Optional.of(S232_METALS_START), Optional.of(S232_OLD_REGIME_END)));
    }
    for (String code : NoteListParser.provisions(t, "heading 9903.85.08 apply to all entries")) {
      LocalDate start = S232_INCLUSIONS;
      for (java.util.Map.Entry<String, LocalDate> e : trackerStart.entrySet()) {
        if (code.startsWith(e.getKey()) || e.getKey().startsWith(code)) {
          start = e.getValue();
        }
      }
      aluminumDerivatives.add(
          new DatedCode(code, Optional.of(start), Optional.of(S232_OLD_REGIME_END)));
    }
    out.add(
        GeneratedList.of(
            "s232-steel-derivatives",
            "Section 232 derivative steel articles (before 2026-04-06)",
            "headings 9903.81.89-9903.81.91 (Proclamations 9980, 10896, 10947; 2025-08-18 inclusions)",
            "none",
            "*",
            UsListSources.TRACKER
                + "s232_derivative_products.csv for the 9903.81.91 inclusions of"
                + " 2025-08-18 outside ch.73); ASSUMPTION (U): all of ch.73 from 2025-03-12 as in the"
                + " tracker's policy_params.yaml",
            Confidence.U,
            steelDerivatives));
    out.add(
        GeneratedList.of(
            "s232-aluminum",
            "Section 232 articles of aluminum (before 2026-04-06)",
            "heading 9903.85.02 (Proclamations 9704, 10895, 10947)",
            "none",
            "*",
            "ASSUMPTION (U): the old note 19 is not in the Rev 6 text; Proclamation 9704 scope"
                + " (unwrought aluminum 7601, 7604-7609); tracker policy_params.yaml uses all of ch.76",
            Confidence.U,
            dated(
                List.of("7601", "7604", "7605", "7606", "7607", "7608", "7609"),
                S232_METALS_START,
                S232_OLD_REGIME_END)));
    out.add(
        GeneratedList.of(
            "s232-aluminum-derivatives",
            "Section 232 derivative aluminum articles (before 2026-04-06)",
            "headings 9903.85.04, 9903.85.07, 9903.85.08 (2025-08-18 inclusions dated)",
            "none",
            "*",
            "HTS ch.99 (Rev 6) US note 19(j), (k): the 9903.85.07 and 9903.85.08 provisions at the"
                + " digits printed, dated by the tracker row covering each (undated: 2025-03-12;"
                + " none: 2025-08-18, the inclusions date); 9903.85.04 (note 19(i), articles"
                + " described in prose) from "
                + UsListSources.TRACKER
                + "s232_derivative_products.csv, undated rows predate 2025)",
            Confidence.R,
            aluminumDerivatives));
    List<String> copper =
        tail(dir.resolve("s232_copper_products.csv")).stream().map(l -> l.split(",")[0]).toList();
    out.add(
        GeneratedList.of(
            "s232-copper",
            "Section 232 semi-finished copper and derivatives" + " (before 2026-04-06)",
            "heading 9903.78.01 (former US note 36(b))",
            "none",
            "*",
            UsListSources.TRACKER + "s232_copper_products.csv)",
            Confidence.R,
            dated(copper, S232_COPPER_START, S232_OLD_REGIME_END)));
    List<String> removed =
        tail(dir.resolve("s232_annex_products.csv")).stream()
            .map(l -> l.split(","))
            .filter(f -> f[1].equals("2"))
            .map(f -> f[0])
            .toList();
    out.add(
        GeneratedList.of(
            "s232-annex-2-removed",
            "Section 232 metals annex II: removed from Section 232 from 2026-04-06",
            "Proclamation of 2026-04-02, Annex II",
            "none",
            "*",
            UsListSources.TRACKER + "s232_annex_products.csv annex 2)",
            Confidence.R,
            dated(removed, S232_RESTRUCTURE, null)));
    return out;
  }

  /** The 4-digit headings from one to another, inclusive. */
  private static List<String> headings(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
  }

  private static List<String> tail(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
  }

  private static GeneratedList s232(
      Chapter99Text t,
      String id,
      String title,
      String ref,
      String phrase,
      LocalDate start,
      Confidence confidence,
      String condition) {
    return GeneratedList.of(
        id,
        title,
        ref,
        condition,
        "*",
        UsListSources.TEXT
            + "; start date "
            + start
            + (confidence == Confidence.V
                ? " from the heading text"
                : confidence == Confidence.R
                    ? " from FACTS.md"
                    : " ASSUMPTION (U): not in shared/"),
        confidence,
        dated(NoteListParser.provisions(t, phrase), start, null));
  }

  private static GeneratedList annex(
      Chapter99Text t, String id, String title, String ref, String condition, String... phrases) {
    List<String> codes = new ArrayList<>();
    for (String p : phrases) {
      codes.addAll(NoteListParser.provisions(t, p));
    }
    return GeneratedList.of(
        id,
        title,
        ref,
        condition,
        "*",
        UsListSources.TEXT,
        Confidence.V,
        dated(codes, S232_RESTRUCTURE, null));
  }
}
