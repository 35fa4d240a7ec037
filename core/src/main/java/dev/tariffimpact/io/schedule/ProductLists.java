package dev.tariffimpact.io.schedule;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads product-list files: one code a line after a header line, such as the IEEPA Annex II list
 * ({@code hts10}, then {@code 0106110000}, ...) or the Section 122 exemptions ({@code "hts8"}, then
 * {@code "02011005"}, ...).
 *
 * <p>Codes may be plain digits or dotted ({@code 6109.10.00}) and may be wrapped in double quotes;
 * blank lines are skipped; anything else is an error naming the file and line. Files over 64 MiB
 * are refused.
 */
public final class ProductLists {

  private ProductLists() {}

  /**
   * Reads the codes of a product-list file.
   *
   * <p>Example: {@code ProductLists.read(Path.of("product-lists/s122_exempt_hts8.csv"))}.
   *
   * @param file the file
   * @return the codes in file order, at least one
   * @throws ScheduleFileException naming file and line for a missing header, a malformed code or a
   *     list without codes
   */
  public static List<ProductCode> read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    return parse(new String(FileSupport.readBounded(file, name), StandardCharsets.UTF_8), name);
  }

  /**
   * Reads a product-list file as a scope (each code covers itself and everything below it).
   *
   * @param file the file
   * @return the scope
   * @throws ScheduleFileException as {@link #read}
   */
  public static CodeScope scope(Path file) {
    return CodeScope.ofCodes(read(file));
  }

  /**
   * Parses product-list text.
   *
   * @param text the file content
   * @param name the file name used in messages
   * @return the codes, at least one
   * @throws ScheduleFileException naming the file and line
   */
  public static List<ProductCode> parse(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    String[] lines = text.split("\r?\n", -1);
    List<ProductCode> codes = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String cell = unquote(lines[i].strip());
      if (i == 0 && cell.startsWith("\uFEFF")) {
        cell = cell.substring(1);
      }
      if (cell.isEmpty()) {
        continue;
      }
      if (!header) {
        if (!cell.isEmpty() && Character.isDigit(cell.charAt(0))) {
          throw new ScheduleFileException(
              name,
              "line " + (i + 1),
              "the first line must be a header such as 'hts10', found the code '"
                  + Excerpt.of(cell)
                  + "'",
              null);
        }
        header = true;
        continue;
      }
      try {
        codes.add(ProductCode.parse(cell));
      } catch (InvalidCodeException e) {
        throw new ScheduleFileException(name, "line " + (i + 1), e.getMessage(), e);
      }
    }
    if (codes.isEmpty()) {
      throw new ScheduleFileException(name, "", "the product list holds no codes", null);
    }
    return List.copyOf(codes);
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
