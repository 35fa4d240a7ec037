package dev.tariffimpact.economics.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Regenerates {@code data/economics/india-us-trade-hs6.csv} from {@code ../shared/reference/trade}
 * (provenance in data/README.md, method in docs/economics.md).
 *
 * <ul>
 *   <li>Weights: India's exports to the US by HS6, FY2024-25 (DGCI&amp;S EIDB mirror, US$ 60.6 bn,
 *       confidence R). Where a chapter (or the textiles group 50-63) falls short of its FACTS.md
 *       section 4 total, one residual row per chapter carries the difference (confidence U for its
 *       composition; the total is R).
 *   <li>Import demand elasticity: Hauk (2012) US HS6 estimate where its sign is right (R); else the
 *       median of the chapter's right-signed estimates (U); else the median of all of them (U).
 * </ul>
 *
 * <p>Run: {@code java ... TradeDataImporter ../shared/reference/trade data/economics}.
 */
public final class TradeDataImporter {

  /** The bundled file's name. */
  public static final String FILE = "india-us-trade-hs6.csv";

  static final String HEADER =
      "code,value_usd,value_source,value_confidence,import_demand_elasticity,elasticity_source,"
          + "elasticity_confidence";

  // FACTS.md s.4 (R): US imports from India 2024 by chapter, US$; textiles 50-63 (CITI).
  private static final Map<String, BigDecimal> CHAPTER_TOTALS = new LinkedHashMap<>();

  static {
    CHAPTER_TOTALS.put("85", new BigDecimal("14400000000"));
    CHAPTER_TOTALS.put("30", new BigDecimal("12730000000"));
    CHAPTER_TOTALS.put("71", new BigDecimal("11880000000"));
    CHAPTER_TOTALS.put("84", new BigDecimal("7100000000"));
    CHAPTER_TOTALS.put("29", new BigDecimal("3630000000"));
    CHAPTER_TOTALS.put("27", new BigDecimal("3230000000"));
  }

  private static final BigDecimal TEXTILES_TOTAL = new BigDecimal("10800000000");
  // Source keys; data/README.md spells each out with its repository, commit and caveats.
  static final String EIDB = "eidb-fy2024-25";
  static final String RESIDUAL = "residual-facts-s4";
  static final String HAUK = "hauk-2012";
  static final String CHAPTER_MEDIAN = "hauk-2012-chapter-median";
  static final String MEDIAN = "hauk-2012-median";

  private TradeDataImporter() {}

  /**
   * Writes the bundled file.
   *
   * @param args the shared trade folder and the output folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TradeDataImporter <shared/reference/trade> <out>");
    }
    Files.writeString(
        Path.of(args[1]).resolve(FILE), generate(Path.of(args[0])), StandardCharsets.UTF_8);
  }

  /**
   * Generates the file's text.
   *
   * @param trade the folder {@code shared/reference/trade}
   * @return the CSV text, LF line ends
   */
  public static String generate(Path trade) {
    Map<String, BigDecimal> values = new TreeMap<>();
    for (Map<String, String> r :
        read(trade.resolve("india_exports_to_us_fy2024_25_hs6_eidb.csv"))) {
      values.put(r.get("hs_code"), new BigDecimal(r.get("value_usd_2024")));
    }
    Map<String, String> hauk = new HashMap<>();
    Map<String, List<Double>> byChapter = new TreeMap<>();
    List<Double> all = new ArrayList<>();
    for (Map<String, String> r :
        read(trade.resolve("us_import_demand_elasticities_hs6_hauk.csv"))) {
      if ("1.0".equals(r.get("positive"))) {
        hauk.put(r.get("hs6"), r.get("elasticity"));
        double e = Double.parseDouble(r.get("elasticity"));
        byChapter.computeIfAbsent(r.get("hs6").substring(0, 2), k -> new ArrayList<>()).add(e);
        all.add(e);
      }
    }
    String globalMedian = median(all);
    Map<String, BigDecimal> chapterSums = new TreeMap<>();
    values.forEach((code, v) -> chapterSums.merge(code.substring(0, 2), v, BigDecimal::add));

    StringBuilder out = new StringBuilder(HEADER).append('\n');
    values.forEach(
        (code, v) -> {
          String e = hauk.get(code);
          String chapter = code.substring(0, 2);
          String src;
          String conf;
          if (e != null) {
            src = HAUK;
            conf = "R";
          } else if (byChapter.containsKey(chapter)) {
            e = median(byChapter.get(chapter));
            src = CHAPTER_MEDIAN;
            conf = "U";
          } else {
            e = globalMedian;
            src = MEDIAN;
            conf = "U";
          }
          row(out, code, v.toPlainString(), EIDB, "R", e, src, conf);
        });
    for (Map.Entry<String, BigDecimal> t : residuals(chapterSums).entrySet()) {
      String chapter = t.getKey();
      String e = byChapter.containsKey(chapter) ? median(byChapter.get(chapter)) : globalMedian;
      row(
          out,
          chapter,
          t.getValue().toPlainString(),
          RESIDUAL,
          "U",
          e,
          byChapter.containsKey(chapter) ? CHAPTER_MEDIAN : MEDIAN,
          "U");
    }
    return out.toString();
  }

  /** Chapter residuals: the FACTS.md total minus the EIDB sum, where the EIDB sum is short. */
  private static Map<String, BigDecimal> residuals(Map<String, BigDecimal> chapterSums) {
    Map<String, BigDecimal> out = new TreeMap<>();
    CHAPTER_TOTALS.forEach(
        (chapter, total) -> {
          BigDecimal gap = total.subtract(chapterSums.getOrDefault(chapter, BigDecimal.ZERO));
          if (gap.signum() > 0) {
            out.put(chapter, gap);
          }
        });
    BigDecimal textiles = BigDecimal.ZERO;
    for (int c = 50; c <= 63; c++) {
      textiles = textiles.add(chapterSums.getOrDefault(String.valueOf(c), BigDecimal.ZERO));
    }
    BigDecimal gap = TEXTILES_TOTAL.subtract(textiles);
    if (gap.signum() > 0) {
      // Spread over chapters 50-63 in proportion to the covered value, to whole dollars.
      BigDecimal left = gap;
      for (int c = 50; c <= 63; c++) {
        BigDecimal v = chapterSums.getOrDefault(String.valueOf(c), BigDecimal.ZERO);
        BigDecimal share =
            c == 63 ? left : gap.multiply(v).divide(textiles, 0, RoundingMode.HALF_EVEN);
        left = left.subtract(share);
        if (share.signum() > 0) {
          out.put(String.valueOf(c), share);
        }
      }
    }
    return out;
  }

  private static void row(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields[i];
      out.append(f.contains(",") || f.contains("\"") ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    out.append('\n');
  }

  static String median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double m = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    return BigDecimal.valueOf(m).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Reads a small CSV with a header row; quoted fields may hold commas and doubled quotes. */
  static List<Map<String, String>> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> header = split(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      List<String> f = split(lines.get(i));
      if (f.size() != header.size()) {
        throw new IllegalArgumentException(
            file + " row " + (i + 1) + ": " + f.size() + " fields, header has " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      for (int j = 0; j < header.size(); j++) {
        row.put(header.get(j), f.get(j));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }
}
