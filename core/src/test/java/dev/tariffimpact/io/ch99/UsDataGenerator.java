package dev.tariffimpact.io.ch99;

import dev.tariffimpact.io.hts.HtsLine;
import dev.tariffimpact.io.hts.HtsReader;
import dev.tariffimpact.io.hts.HtsTable;
import dev.tariffimpact.io.lists.DatedCode;
import dev.tariffimpact.io.lists.ListInfo;
import dev.tariffimpact.io.lists.UsProductLists;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The importer of the US data in {@code data/us/}: reads {@code ../shared/reference} and writes
 *
 * <ul>
 *   <li>{@code us/lists/<id>.csv} and {@code us/lists/index.csv}: the exemption lists derived from
 *       the chapter 99 text and the dated Section 232 lists ({@link UsListSources});
 *   <li>{@code us/hts-2025-mfn.csv.gz}: every numbered line of the HTS 2025 basic edition with its
 *       General rate as printed and its classification status;
 *   <li>{@code us/metal-content-shares-bea.csv.gz}: the BEA metal content shares per HTS10.
 * </ul>
 *
 * <p>Regenerate from the repository root with {@code ./mvnw -B -pl core test
 * -Dtest=UsDataGeneratorTest -Dtariffimpact.regenerate=true}; without the property the test fails
 * when a committed file differs from what this class makes of the reference files.
 */
public final class UsDataGenerator {

  static final String REGENERATE_PROPERTY = "tariffimpact.regenerate";
  static final String HTS_FILE = "us-hts/hts_2025_basic_edition.csv";
  static final String BEA_FILE = "us-ch99/metal_content_shares_bea_hs10.csv";
  static final String MFN_OUT = "us/hts-2025-mfn.csv.gz";
  static final String MFN_INDEX_OUT = "us/hts-2025-mfn.chapters.csv";
  static final String BEA_OUT = "us/metal-content-shares-bea.csv.gz";

  private UsDataGenerator() {}

  /** All lists, in index order. */
  static List<GeneratedList> lists(Path shared) throws IOException {
    Chapter99Text text = Chapter99Text.read(shared.resolve(UsListSources.TEXT_FILE));
    List<GeneratedList> lists = new ArrayList<>(UsListSources.exemptionLists(text));
    lists.addAll(Section232Sources.s232FromText(text));
    lists.addAll(Section232Sources.s232FromTracker(shared, text));
    return lists;
  }

  /**
   * The generated files: path relative to the data folder to the (uncompressed) text.
   *
   * @param shared the {@code shared/reference} folder
   */
  static Map<String, String> generate(Path shared) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder(String.join(",", UsProductLists.INDEX_HEADER));
    index.append('\n');
    for (GeneratedList list : lists(shared)) {
      ListInfo i = list.info();
      index.append(
          String.join(
              ",",
              List.of(
                      i.id(),
                      i.title(),
                      i.legalReference(),
                      i.condition(),
                      i.origins(),
                      i.source(),
                      i.confidence().name(),
                      Integer.toString(i.codes()))
                  .stream()
                  .map(UsDataGenerator::csv)
                  .toList()));
      index.append('\n');
      StringBuilder body = new StringBuilder(String.join(",", UsProductLists.LIST_HEADER));
      body.append('\n');
      for (DatedCode e : list.entries()) {
        body.append(e.code()).append(',').append(date(e.start())).append(',');
        body.append(date(e.end())).append('\n');
      }
      files.put(UsProductLists.FOLDER + i.id() + ".csv", body.toString());
    }
    files.put(UsProductLists.FOLDER + UsProductLists.INDEX, index.toString());
    files.put(MFN_OUT, mfn(HtsReader.read(shared.resolve(HTS_FILE))));
    files.put(BEA_OUT, bea(shared.resolve(BEA_FILE)));
    return files;
  }

  /**
   * Writes the generated files into the data folder (gzip for names ending in .gz); the MFN file as
   * a gzip member per chapter, with the index of their offsets ({@value #MFN_INDEX_OUT}) that lets
   * a quote inflate one chapter.
   */
  static void write(Path dataFolder, Path shared) throws IOException {
    for (Map.Entry<String, String> e : generate(shared).entrySet()) {
      if (e.getKey().equals(MFN_OUT)) {
        writeChapterMembers(dataFolder, mfnRecords(HtsReader.read(shared.resolve(HTS_FILE))));
      } else {
        writeCommitted(dataFolder.resolve(e.getKey()), e.getValue());
      }
    }
  }

  /**
   * Writes the MFN text as gzip members, the header record then one member per chapter (the first
   * two digits of the HTS number), and the index {@code member,offset,length} of the members.
   */
  static void writeChapterMembers(Path dataFolder, List<String> mfnRecords) throws IOException {
    Map<String, StringBuilder> members = new LinkedHashMap<>();
    members.put("header", new StringBuilder(mfnRecords.get(0)));
    String last = "";
    for (String r : mfnRecords.subList(1, mfnRecords.size())) {
      String chapter = r.substring(0, 2);
      if (!chapter.equals(last) && members.containsKey(chapter)) {
        throw new IllegalStateException("chapter " + chapter + " is not contiguous in the table");
      }
      last = chapter;
      members.computeIfAbsent(chapter, c -> new StringBuilder()).append(r);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    StringBuilder index = new StringBuilder("member,offset,length\n");
    for (Map.Entry<String, StringBuilder> m : members.entrySet()) {
      int offset = file.size();
      try (OutputStream gz = new GZIPOutputStream(new NonClosing(file))) {
        gz.write(m.getValue().toString().getBytes(StandardCharsets.UTF_8));
      }
      index.append(m.getKey()).append(',').append(offset).append(',');
      index.append(file.size() - offset).append('\n');
    }
    Files.write(dataFolder.resolve(MFN_OUT), file.toByteArray());
    Files.writeString(dataFolder.resolve(MFN_INDEX_OUT), index);
  }

  /** Lets a gzip member end without closing the file the next member goes to. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /**
   * Writes one generated data file as UTF-8 text, gzipped when its name ends in .gz (the gzip
   * header carries no time stamp, so the same text gives the same bytes).
   */
  public static void writeCommitted(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (file.toString().endsWith(".gz")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      bytes = out.toByteArray();
    }
    Files.write(file, bytes);
  }

  /** Reads a committed file back as text (decompressing .gz). */
  public static String readCommitted(Path file) throws IOException {
    try (InputStream in =
        file.toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(file))
            : Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The HTS lines as a CSV the {@link HtsReader} reads back: own General text only (10-digit lines
   * inherit again on reading), plus the status the reader gives each line.
   */
  static String mfn(HtsTable table) {
    return String.join("", mfnRecords(table));
  }

  /** The records of {@link #mfn}: the header, then one per line, each ending in a line break. */
  static List<String> mfnRecords(HtsTable table) {
    List<String> out = new ArrayList<>();
    out.add("HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Status\n");
    for (HtsLine l : table.lines()) {
      String units =
          l.unitsOfQuantity().isEmpty()
              ? ""
              : l.unitsOfQuantity().stream()
                  .map(u -> "\"" + u.replace("\"", "\\\"") + "\"")
                  .collect(Collectors.joining(",", "[", "]"));
      String general = l.inherited() ? "" : l.generalText();
      out.add(
          String.join(
                  ",",
                  csv(l.code().toString()),
                  Integer.toString(l.indent()),
                  csv(l.description()),
                  csv(units),
                  csv(general),
                  l.status().label())
              + "\n");
    }
    return out;
  }

  /** The BEA shares: the four metal columns and the capped total as printed, one row per HTS10. */
  static String bea(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    int code = header.indexOf("hs10");
    int[] cols = {
      header.indexOf("steel_share"),
      header.indexOf("aluminum_share"),
      header.indexOf("copper_share"),
      header.indexOf("other_metal_share"),
      header.indexOf("metal_share")
    };
    StringBuilder out =
        new StringBuilder(
            "hts10,steel_share,aluminum_share,copper_share,other_metal_share,metal_share\n");
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      out.append(f[code]);
      for (int c : cols) {
        out.append(',').append(f[c]);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String date(java.util.Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }

  /** RFC 4180 quoting where needed. */
  static String csv(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
