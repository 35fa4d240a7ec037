package dev.tariffimpact.io.ch99;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the goods a chapter 99 note subdivision lists, from the printed text.
 *
 * <p>A subdivision starts on the line holding a phrase unique to it (for example {@code "As
 * provided in heading 9903.02.74,"}) and ends before the next line that opens a subdivision ({@code
 * (b)}, {@code (xxi)}, {@code (12)}) or a note ({@code 36.}). Two shapes are read:
 *
 * <ul>
 *   <li>a <b>provision list</b> ({@link #provisions}): an introduction ending in a colon, then HTS
 *       provisions of 4 to 10 digits ({@code 8471}, {@code 8473.30}, {@code 0201.10.05}, {@code
 *       8505.11.0070}) separated by blanks, commas or semicolons. Prose may follow the list only if
 *       it names no further provision; anything else is an error, so a code can never be dropped
 *       silently;
 *   <li>an <b>article list</b> ({@link #articles}): numbered items {@code (1) Etrogs (classifiable
 *       in subheading 0805.90.01)}, each naming one subheading; items restricted to "religious
 *       purposes only" are flagged.
 * </ul>
 *
 * <p>Compiler's notes in square brackets are ignored. This class is stateless and thread-safe.
 */
public final class NoteListParser {

  private static final Pattern SUBDIVISION_START =
      Pattern.compile("^\\s*(\\((?:[a-z]{1,2}|[ivxl]+|\\d{1,2})\\)(\\s|$)|\\d{1,2}\\.(\\s|$))");
  private static final Pattern COMPILERS_NOTE = Pattern.compile("\\[Compiler's note:[^\\]]*\\]");
  private static final Pattern PROVISION = Pattern.compile("\\d{4}(\\.\\d{2}){0,2}(\\.\\d{2,4})?");
  private static final Pattern TOKEN = Pattern.compile("[^\\s,;]+");
  private static final Pattern PROVISION_IN_PROSE = Pattern.compile("\\b\\d{4}\\.\\d{2}");
  private static final Pattern ITEM = Pattern.compile("\\((\\d{1,2})\\)\\s+");
  private static final Pattern CLASSIFIABLE =
      Pattern.compile("classifiable\\s+in\\s+subheading\\s+(\\d{4}\\.\\d{2}\\.\\d{2})");

  private NoteListParser() {}

  /**
   * One numbered article of an article list.
   *
   * @param number the item number as printed
   * @param code the subheading, digits only, for example {@code 08059001}
   * @param religiousUseOnly true if the item reads "for religious purposes only"
   * @param description the item text as printed (white space collapsed)
   */
  public record Article(int number, String code, boolean religiousUseOnly, String description) {}

  /**
   * Reads a provision list.
   *
   * @param text the chapter 99 text
   * @param startPhrase a phrase on the first line of the subdivision, unique in the text
   * @return the provisions in print order, digits only, without repeats
   * @throws Chapter99FormatException if the subdivision is missing, has no colon, lists nothing, or
   *     holds a token that is not an HTS provision
   */
  public static List<String> provisions(Chapter99Text text, String startPhrase) {
    String body = subdivision(text, startPhrase);
    int colon = body.indexOf(':');
    if (colon < 0) {
      throw new Chapter99FormatException(
          "subdivision starting '" + startPhrase + "' has no colon before its list");
    }
    Set<String> codes = new LinkedHashSet<>();
    String list = body.substring(colon + 1);
    Matcher tokens = TOKEN.matcher(list);
    while (tokens.find()) {
      String token = tokens.group();
      String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
      if (t.equals("and")) {
        continue;
      }
      if (!PROVISION.matcher(t).matches()) {
        // Prose after the list (note 39(b)) ends it, provided it names no further provision.
        String rest = list.substring(tokens.start());
        if (codes.isEmpty() || PROVISION_IN_PROSE.matcher(rest).find()) {
          throw new Chapter99FormatException(
              "subdivision starting '"
                  + startPhrase
                  + "': '"
                  + token
                  + "' is not an HTS provision");
        }
        break;
      }
      codes.add(t.replace(".", ""));
      if (token.endsWith(".")) {
        break; // the list's sentence ends; prose may follow (note 19(k))
      }
    }
    if (codes.isEmpty()) {
      throw new Chapter99FormatException(
          "subdivision starting '" + startPhrase + "' lists no provision");
    }
    return List.copyOf(codes);
  }

  /**
   * Reads an article list.
   *
   * @param text the chapter 99 text
   * @param startPhrase a phrase on the first line of the subdivision, unique in the text
   * @return the articles in print order
   * @throws Chapter99FormatException if the subdivision is missing, has no item, or an item names
   *     no subheading
   */
  public static List<Article> articles(Chapter99Text text, String startPhrase) {
    String body = subdivision(text, startPhrase);
    Matcher m = ITEM.matcher(body);
    List<int[]> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int[] s = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : body.length();
      String item = body.substring(s[1], end).replaceAll("\\s+", " ").strip();
      Matcher c = CLASSIFIABLE.matcher(item);
      if (!c.find()) {
        throw new Chapter99FormatException(
            "subdivision starting '" + startPhrase + "', item (" + s[2] + ") names no subheading");
      }
      out.add(
          new Article(
              s[2],
              c.group(1).replace(".", ""),
              item.contains("for religious purposes only"),
              item));
    }
    if (out.isEmpty()) {
      throw new Chapter99FormatException(
          "subdivision starting '" + startPhrase + "' has no numbered item");
    }
    return List.copyOf(out);
  }

  /** The subdivision's text, from its start line to the line before the next subdivision. */
  static String subdivision(Chapter99Text text, String startPhrase) {
    Objects.requireNonNull(startPhrase, "startPhrase");
    List<String> lines = text.lines();
    int start = text.lineOf(startPhrase);
    StringBuilder body =
        new StringBuilder(lines.get(start).substring(lines.get(start).indexOf(startPhrase)));
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (SUBDIVISION_START.matcher(line).find() && !isItemOfSameList(line, body)) {
        break;
      }
      body.append('\n').append(line);
    }
    return COMPILERS_NOTE.matcher(body).replaceAll(" ");
  }

  /**
   * Numbered items ({@code (1)}, {@code (2)} ...) belong to an article list that introduced them
   * with "following particular articles"; they end the subdivision otherwise.
   */
  private static boolean isItemOfSameList(String line, CharSequence body) {
    return line.strip().matches("\\(\\d{1,2}\\)\\s.*")
        && body.toString().replaceAll("\\s+", " ").contains("following particular articles");
  }
}
