package dev.tariffimpact.io;

/**
 * The part of an input an error message may quote: at most {@value #MAX_CHARS} characters, so a
 * hostile or binary file is never echoed to a terminal or a log.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Excerpt {

  /** The most characters of an input an error message quotes: 40. */
  public static final int MAX_CHARS = 40;

  private Excerpt() {}

  /**
   * Returns the text, or its first characters followed by {@code ...(N chars)} when longer than
   * {@value #MAX_CHARS} characters; control characters are shown as {@code ?}.
   *
   * <p>Example: a 1,000-character line gives its first 40 characters then {@code ...(1000 chars)}.
   *
   * @param text the input, may be null
   * @return the excerpt, {@code "null"} for null
   */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    boolean cut = text.length() > MAX_CHARS;
    int end = cut ? MAX_CHARS : text.length();
    if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end + 24);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    if (cut) {
      sb.append("...(").append(text.length()).append(" chars)");
    }
    return sb.toString();
  }
}
