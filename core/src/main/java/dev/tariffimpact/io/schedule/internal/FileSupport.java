package dev.tariffimpact.io.schedule.internal;

import dev.tariffimpact.io.BoundedInput;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.schedule.ScheduleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Bounded reading and the one strict JSON mapper shared by the schedule readers and writers. */
public final class FileSupport {

  /** The largest file the readers accept: 64 MiB. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** Jackson's messages quote at most 40 characters of a bad token or of the input. */
  public static final ErrorReportConfiguration QUOTE_LIMIT =
      ErrorReportConfiguration.builder()
          .maxErrorTokenLength(Excerpt.MAX_CHARS)
          .maxRawContentLength(Excerpt.MAX_CHARS)
          .build();

  /**
   * The strict mapper, built on first use: unknown properties, duplicate keys and trailing content
   * are errors; no default typing is enabled, so a file can never choose the Java class it is read
   * into.
   *
   * <p>Built lazily (a holder class) because building any databind mapper loads about a thousand
   * classes and the JDK's CLDR locale data, a fifth of a one-code quote's CPU time; the quote reads
   * its well-formed bundled files with the streaming parser instead ({@link ScheduleDtoParser},
   * {@link CatalogueDtoParser}) and never needs it.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return StrictMapper.MAPPER;
  }

  /**
   * A parser factory with the same limits as the strict mapper's, for reading token by token
   * without building a mapper.
   *
   * @return the factory
   */
  public static JsonFactory streamingFactory() {
    return STREAMING;
  }

  private static final JsonFactory STREAMING =
      JsonFactory.builder()
          .errorReportConfiguration(QUOTE_LIMIT)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final class StrictMapper {
    static final JsonMapper MAPPER =
        JsonMapper.builder(JsonFactory.builder().errorReportConfiguration(QUOTE_LIMIT).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
  }

  private static final java.util.regex.Pattern LONG_QUOTE =
      java.util.regex.Pattern.compile("([\"'])([^\"']{" + (Excerpt.MAX_CHARS + 1) + ",})\\1");

  // Any other long run (Jackson also prints a bad number in parentheses, unquoted).
  private static final java.util.regex.Pattern LONG_RUN =
      java.util.regex.Pattern.compile("[^\\s()\"']{" + (Excerpt.MAX_CHARS + 1) + ",}");

  private FileSupport() {}

  /**
   * Reads a whole file once, refusing more than {@link #MAX_BYTES} whatever the file type (a FIFO
   * or {@code /dev/zero} included).
   *
   * <p>A file whose name ends in {@code .gz} (the bundled {@code india-us.json.gz}) is
   * decompressed, the bound applying to the decompressed bytes.
   *
   * @param file the file
   * @param name the name used in messages
   * @return the bytes (decompressed for a {@code .gz} file)
   * @throws ScheduleFileException if the file is missing, unreadable, not gzip or too large
   */
  public static byte[] readBounded(Path file, String name) {
    try {
      if (file.toString().endsWith(".gz")) {
        byte[] packed = BoundedInput.read(file, MAX_BYTES);
        return readBounded(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(packed)), name);
      }
      return BoundedInput.read(file, MAX_BYTES);
    } catch (BoundedInput.TooLargeException e) {
      throw new ScheduleFileException(name, "", "file is " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new ScheduleFileException(name, "", "file not found", e);
    } catch (IOException e) {
      throw new ScheduleFileException(name, "", "cannot read file: " + e, e);
    }
  }

  /**
   * Reads a whole stream, refusing more than {@link #MAX_BYTES}.
   *
   * @param in the stream (not closed)
   * @param name the name used in messages
   * @return the bytes
   * @throws ScheduleFileException if the stream fails or is too large
   */
  public static byte[] readBounded(InputStream in, String name) {
    try {
      return BoundedInput.read(in, MAX_BYTES);
    } catch (BoundedInput.TooLargeException e) {
      throw new ScheduleFileException(name, "", "input is " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ScheduleFileException(name, "", "cannot read input: " + e, e);
    }
  }

  /**
   * Parses JSON bytes into a file-shaped record, turning Jackson failures into messages that name
   * the file and the JSON path.
   *
   * @param <T> the record type
   * @param bytes the JSON
   * @param type the record class
   * @param name the file name used in messages
   * @return the record, never null
   * @throws ScheduleFileException naming file and path
   */
  public static <T> T readJson(byte[] bytes, Class<T> type, String name) {
    try {
      T value = mapper().readValue(bytes, type);
      if (value == null) {
        throw new ScheduleFileException(name, "$", "the file holds no JSON object", null);
      }
      return value;
    } catch (JacksonException e) {
      throw new ScheduleFileException(name, path(e), describe(e), e);
    }
  }

  /**
   * Formats a Jackson exception's path as a JSON path.
   *
   * @param e the exception
   * @return for example {@code $.measures[3].validFrom}
   */
  public static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        sb.append('.').append(Excerpt.of(ref.getPropertyName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /**
   * Resolves a path named inside a file against that file's folder, refusing absolute paths and
   * {@code ..} escapes unless the policy allows external paths.
   *
   * @param baseDirectory the referencing file's folder
   * @param text the path as written in the file
   * @param policy what may be named
   * @param name the referencing file's name, for messages
   * @param where the JSON path of the reference, for messages
   * @return the resolved, normalised path
   * @throws ScheduleFileException if the path is not allowed or not a valid path
   */
  public static Path resolveReference(
      Path baseDirectory,
      String text,
      dev.tariffimpact.io.schedule.ReferencePolicy policy,
      String name,
      String where) {
    try {
      return resolveReference(baseDirectory, text, policy);
    } catch (dev.tariffimpact.TariffImpactException e) {
      throw new ScheduleFileException(name, where, e.getMessage(), e);
    }
  }

  /**
   * Resolves a path named inside a file against that file's folder, as {@link
   * #resolveReference(Path, String, dev.tariffimpact.io.schedule.ReferencePolicy, String, String)}
   * does, for callers that add the file and location themselves.
   *
   * @param baseDirectory the referencing file's folder
   * @param text the path as written in the file
   * @param policy what may be named
   * @return the resolved, normalised path
   * @throws dev.tariffimpact.TariffImpactException if the path is not allowed or not valid
   */
  public static Path resolveReference(
      Path baseDirectory, String text, dev.tariffimpact.io.schedule.ReferencePolicy policy) {
    Path relative;
    try {
      relative = Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new dev.tariffimpact.TariffImpactException(
          "'" + Excerpt.of(text) + "' is not a valid path", e);
    }
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    if (policy == dev.tariffimpact.io.schedule.ReferencePolicy.ALLOW_EXTERNAL) {
      return resolved;
    }
    if (relative.isAbsolute() || !resolved.startsWith(base)) {
      throw new dev.tariffimpact.TariffImpactException(
          "'"
              + Excerpt.of(text)
              + "' is "
              + (relative.isAbsolute() ? "an absolute path" : "outside the file's folder")
              + "; referenced files must be relative to the referencing file's folder and inside"
              + " it (to allow others: ReferencePolicy.ALLOW_EXTERNAL, CLI"
              + " --allow-external-paths)");
    }
    return resolved;
  }

  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    int newline = message == null ? -1 : message.indexOf('\n');
    String first = message == null ? e.getClass().getSimpleName() : message;
    if (newline >= 0) {
      first = message.substring(0, newline);
    }
    // Internal record names mean nothing to the author of the file.
    first = first.replaceAll("\\s*\\(class [^)]*\\)", "");
    // Jackson quotes property names and tokens in full: quote at most 40 characters of them.
    first =
        LONG_QUOTE
            .matcher(first)
            .replaceAll(
                m ->
                    java.util.regex.Matcher.quoteReplacement(
                        m.group(1) + Excerpt.of(m.group(2)) + m.group(1)));
    first =
        LONG_RUN
            .matcher(first)
            .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Excerpt.of(m.group())));
    TokenStreamLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      first += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    return first;
  }
}
