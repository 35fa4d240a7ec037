package dev.tariffimpact.io.ch99;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The plain text of HTS chapter 99 (US notes and headings) as the USITC prints it, with the page
 * furniture removed, so that a note subdivision can be read as one run of lines.
 *
 * <p>The USITC text export is ISO-8859-1 and writes the en dash of code ranges ({@code
 * 9903.02.01-9903.02.73}) as a soft hyphen; both are normalised here. Removed as page furniture:
 * the running title ("Harmonized Tariff Schedule of the United States ..."), "Annotated for
 * Statistical Reporting Purposes", the page numbers ("XXII", "99 - III - 6") and "U.S. Notes
 * (con.)" (also where the layout put it in front of the first codes of a page). Nothing else is
 * changed, so every subdivision keeps its printed wording.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Chapter99Text {

  private static final Pattern FURNITURE =
      Pattern.compile(
          "^\\s*(Harmonized Tariff Schedule of the United States.*"
              + "|Annotated for Statistical Reporting Purposes"
              + "|XXII(\\s+99\\s*-\\s*[IVX]+\\s*-\\s*\\d+)?"
              + "|99\\s*-\\s*[IVX]+\\s*-\\s*\\d+"
              + "|U\\.S\\. Notes \\(con\\.\\))\\s*$");

  /** Where the layout put "U.S. Notes (con.)" on the same line as the first codes of a page. */
  private static final Pattern CONTINUED = Pattern.compile("^\\s*U\\.S\\. Notes \\(con\\.\\)");

  private final List<String> lines;

  private Chapter99Text(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * Reads the USITC text file (ISO-8859-1).
   *
   * @param file for example {@code ../shared/reference/us-ch99/chapter99_2026_rev_6.txt}
   * @return the cleaned text
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Chapter99Text read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return of(Files.readString(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read chapter 99 text " + file, e);
    }
  }

  /**
   * Cleans text already in memory (used by tests on excerpts).
   *
   * @param text the printed text
   * @return the cleaned text
   */
  public static Chapter99Text of(String text) {
    Objects.requireNonNull(text, "text");
    List<String> kept = new ArrayList<>();
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.replace('\u00AD', '-').replace('\u2013', '-').stripTrailing();
      if (!FURNITURE.matcher(line).matches()) {
        kept.add(CONTINUED.matcher(line).replaceFirst(""));
      }
    }
    return new Chapter99Text(kept);
  }

  /**
   * Returns the cleaned lines.
   *
   * @return the lines, page furniture removed
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * Finds the one line containing a phrase.
   *
   * @param phrase text that occurs on exactly one line, for example {@code "As provided in heading
   *     9903.02.74,"}
   * @return the line index
   * @throws Chapter99FormatException if the phrase occurs on no line or on more than one
   */
  public int lineOf(String phrase) {
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(phrase)) {
        if (found >= 0) {
          throw new Chapter99FormatException(
              "phrase '" + phrase + "' occurs on lines " + (found + 1) + " and " + (i + 1));
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new Chapter99FormatException("phrase '" + phrase + "' not found");
    }
    return found;
  }
}
