package dev.tariffimpact.io.hts;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The full US MFN schedule bundled with the library: every numbered line of the USITC HTS <b>2025
 * basic edition</b> with its General (column 1) rate as printed, read from {@value #FILE} in the
 * data folder.
 *
 * <p>Every 8- and 10-digit code can be looked up; a 10-digit statistical line inherits the rate of
 * its 8-digit parent. {@link #baseDuties} turns the lines into {@code BASE_DUTY} measures for a
 * schedule: one per line with its own parsed rate (computable, needing named inputs such as a
 * component value, or a reference such as "The duty provided in the applicable subheading", which
 * an assessment reports as not computable); a line whose text the parser rejects gets no measure,
 * so an assessment of it fails with a named missing base duty, never a silent zero.
 *
 * <p>Example: {@code HtsMfnSchedule.bundled().line(ProductCode.parse("6109.10.00.12"))} has General
 * text {@code 16.5%}, inherited from 6109.10.00.
 *
 * <p>This class is immutable and thread-safe; {@link #bundled()} reads the file once.
 */
public final class HtsMfnSchedule {

  /** The bundled file, relative to the data folder. */
  public static final String FILE = "us/hts-2025-mfn.csv.gz";

  /** The edition the bundled file copies. */
  public static final String EDITION = "USITC HTS 2025 basic edition";

  /** The first day the bundled measures are valid: the start of the modelled period. */
  public static final LocalDate VALID_FROM = LocalDate.of(2025, 1, 1);

  private final HtsTable table;

  private HtsMfnSchedule(HtsTable table) {
    this.table = table;
  }

  private static final class Holder {
    static final HtsMfnSchedule BUNDLED = load();

    private static HtsMfnSchedule load() {
      try (Reader in =
          new InputStreamReader(
              new GZIPInputStream(BundledData.open(FILE)), StandardCharsets.UTF_8)) {
        return new HtsMfnSchedule(HtsReader.read(in, Path.of("data", FILE)));
      } catch (IOException e) {
        throw new UncheckedIOException("Bundled HTS schedule data/" + FILE + " unreadable", e);
      }
    }
  }

  /**
   * Returns the bundled schedule (read on first use).
   *
   * @return the schedule
   * @throws ExceptionInInitializerError wrapping the cause if the bundled file is missing, not gzip
   *     or malformed (a broken build; a test compares every line with the reference file)
   */
  public static HtsMfnSchedule bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Returns the lines of the bundled schedule in the heading of a code (its chapter for a 2-digit
   * code): the lines a quote of that code can use, read without parsing the other 29,000 rows. Only
   * the header and the code's chapter are decompressed (the file holds a gzip member per chapter,
   * see {@code HtsChapters}), split into CSV records, and only records whose HTS number starts with
   * the heading's digits are read, with the same rules as {@link #bundled()} (a 10-digit line
   * inherits the rate of its 8-digit parent, which is in the same heading). Rows of other headings
   * are not checked here: the build's tests read and check the whole file through {@link
   * #bundled()}.
   *
   * <p>Example: {@code bundledHeading(ProductCode.parse("6109.10.00"))} holds 6109, 6109.10.00 and
   * its statistical lines, 6109.90 ... and nothing else.
   *
   * @param code any code; its first four digits (or two) select the heading
   * @return the schedule of that heading's lines, in file order (read anew on every call)
   * @throws UncheckedIOException if the bundled file or its chapter index is missing or
   *     inconsistent, or not gzip (a broken build)
   */
  public static HtsMfnSchedule bundledHeading(ProductCode code) {
    String prefix = code.digits().substring(0, Math.min(4, code.length()));
    try (InputStream in = BundledData.open(FILE);
        InputStream index = BundledData.open(HtsChapters.INDEX)) {
      byte[] chapter =
          HtsChapters.headerAndChapter(
              in.readAllBytes(),
              new String(index.readAllBytes(), StandardCharsets.UTF_8),
              code.chapter());
      String heading = HtsRecords.under(chapter, prefix);
      return new HtsMfnSchedule(HtsReader.read(new StringReader(heading), Path.of("data", FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException("Bundled HTS schedule data/" + FILE + " unreadable", e);
    }
  }

  /**
   * Wraps a table read elsewhere, for example the reference file itself.
   *
   * @param table the table
   * @return the schedule
   */
  public static HtsMfnSchedule of(HtsTable table) {
    return new HtsMfnSchedule(Objects.requireNonNull(table, "table"));
  }

  /**
   * Returns the table of lines.
   *
   * @return the table
   */
  public HtsTable table() {
    return table;
  }

  /**
   * Finds the line with exactly this number (8 or 10 digits, or a heading).
   *
   * @param code for example {@code 3926.90.99.90}
   * @return the line, or empty if the 2025 basic edition has no such number
   */
  public Optional<HtsLine> line(ProductCode code) {
    return table.line(code);
  }

  /**
   * The MFN base duties: one {@code BASE_DUTY} measure (id {@code us-hts-mfn-<code>}, scope the
   * line's code, every origin, valid from 2025-01-01, confidence V) per line with its own parsed
   * General rate whose code {@code keep} accepts, in table order.
   *
   * <p>Column 2 (BY, CU, KP, RU) is not modelled: origins {@code *} apply column 1 to them too.
   *
   * @param keep which codes to make measures for, for example those no curated line covers
   * @return the measures
   */
  public List<Measure> baseDuties(Predicate<ProductCode> keep) {
    Objects.requireNonNull(keep, "keep");
    List<Measure> out = new ArrayList<>();
    for (HtsLine line : table.lines()) {
      if (!line.hasOwnRate() || line.general().isEmpty() || !keep.test(line.code())) {
        continue;
      }
      String title = line.description();
      out.add(
          Measure.builder("us-hts-mfn-" + line.code())
              .title(
                  "MFN general rate: " + (title.length() > 120 ? title.substring(0, 120) : title))
              .legalBasis("HTSUS column 1 General (" + EDITION + ")")
              .kind(MeasureKind.BASE_DUTY)
              .scope(line.code().toString())
              .origins("*")
              .validity(Validity.from(VALID_FROM))
              .rate(line.general().get())
              .provenance(EDITION + ", column 1 General, as printed", Confidence.V)
              .build());
    }
    return out;
  }
}
