package dev.tariffimpact.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report: a title, the scenarios it compares (one sentence each), sections, the assumptions and
 * the data's coverage. {@link #toHtml()} gives one self-contained HTML file (inline CSS and SVG, no
 * script, no font or network access); {@link #writeCharts(Path)} writes each chart as SVG and PNG.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the document title
 * @param subtitle one line under the title: input, date, what is compared
 * @param scenarios one sentence per scenario ("name (as of): description")
 * @param sections the sections, in order
 * @param assumptions what the numbers rest on
 * @param notes closing notes (reconciliation, method), in order
 */
public record Report(
    String title,
    String subtitle,
    List<String> scenarios,
    List<Section> sections,
    Assumptions assumptions,
    List<String> notes) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a required argument is null
   */
  public Report {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    scenarios = List.copyOf(scenarios);
    sections = List.copyOf(sections);
    Objects.requireNonNull(assumptions, "assumptions");
    notes = List.copyOf(notes);
  }

  /**
   * Returns a report with one more section (for example an impact section after the batch ones).
   *
   * @param section the section to append
   * @return a new report
   */
  public Report withSection(Section section) {
    List<Section> all = new ArrayList<>(sections);
    all.add(section);
    return new Report(title, subtitle, scenarios, all, assumptions, notes);
  }

  /**
   * Returns every figure of every section, in order.
   *
   * @return the figures
   */
  public List<Figure> figures() {
    return sections.stream().flatMap(s -> s.figures().stream()).toList();
  }

  /**
   * Renders the report as one self-contained HTML document.
   *
   * @return the HTML text
   */
  public String toHtml() {
    return HtmlReport.render(this);
  }

  /**
   * Writes the HTML to a file, atomically (a temporary file in the same folder, then a move), so a
   * reader never sees half a report.
   *
   * @param file the target; its folder is created if missing
   * @throws IOException if it cannot be written
   */
  public void writeHtml(Path file) throws IOException {
    write(file, toHtml().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes every chart as {@code <figure id>.svg} and {@code <figure id>.png} (2x, for slides).
   *
   * @param directory created if missing
   * @return the files written
   * @throws IOException if one cannot be written
   */
  public List<Path> writeCharts(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Figure f : figures()) {
      Path svg = directory.resolve(f.id() + ".svg");
      write(svg, Charts.svgDocument(f).getBytes(StandardCharsets.UTF_8));
      Path png = directory.resolve(f.id() + ".png");
      write(png, Charts.png(f, 2));
      written.add(svg);
      written.add(png);
    }
    return written;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        // a temporary file is private (rw-------); a report is meant to be read and sent on
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its default permissions
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
