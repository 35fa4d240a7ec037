package dev.tariffimpact.io.hts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The bundled MFN file as gzip members, one for the header record and one per chapter, with an
 * index of where each member starts ({@value #INDEX}, written with the file by the importer).
 *
 * <p>A quote of one code needs one heading; inflating the whole 2.6 MB table to find it took a
 * one-quote start more time than anything else it reads. With the index, a quote inflates the
 * header and its chapter's member only. The file stays one ordinary gzip file: readers of the whole
 * table ({@code zcat}, {@link GZIPInputStream}) read the members one after another.
 *
 * <p>Index format: a CSV with header {@code member,offset,length}, then {@code header} and each
 * chapter present ({@code 01} ... {@code 97}) with the byte offset and length of its member in the
 * compressed file. A chapter without lines has no member.
 */
final class HtsChapters {

  /** The index of the bundled file's members, relative to the data folder. */
  static final String INDEX = "us/hts-2025-mfn.chapters.csv";

  /** The index's header record. */
  static final String INDEX_HEADER = "member,offset,length";

  private HtsChapters() {}

  /**
   * The header record and the records of one chapter, inflated from their members.
   *
   * @param gz the compressed file
   * @param index the text of the index
   * @param chapter the chapter, 1 to 99
   * @return UTF-8 CSV text: the header, then the chapter's records (none if it has no member)
   * @throws UncheckedIOException if the index names bytes outside the file or a member is not gzip
   *     (a broken build: HtsMfnScheduleTest reads every heading both ways)
   */
  static byte[] headerAndChapter(byte[] gz, String index, int chapter) {
    // Not String.format: its Formatter loads the CLDR locale data, which a quote otherwise never
    // needs (QuoteClassLoadIT).
    String wanted = (chapter < 10 ? "0" : "") + chapter;
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    boolean header = false;
    for (String row : index.split("\n")) {
      String[] f = row.strip().split(",");
      if (f.length == 3 && (f[0].equals("header") || f[0].equals(wanted))) {
        header |= f[0].equals("header");
        inflate(gz, Integer.parseInt(f[1]), Integer.parseInt(f[2]), out);
      }
    }
    if (!header) {
      throw new UncheckedIOException(
          new IOException("HTS chapter index " + INDEX + " has no header"));
    }
    return out.toByteArray();
  }

  private static void inflate(byte[] gz, int offset, int length, ByteArrayOutputStream out) {
    if (offset < 0 || length <= 0 || offset > gz.length - length) {
      throw new UncheckedIOException(
          new IOException(
              "HTS chapter index "
                  + INDEX
                  + " names bytes "
                  + offset
                  + "+"
                  + length
                  + " outside the "
                  + gz.length
                  + "-byte file"));
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz, offset, length))) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("HTS chapter member at byte " + offset + " unreadable", e);
    }
  }
}
