package dev.tariffimpact.io.schedule.internal;

import dev.tariffimpact.io.schedule.ScheduleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Bounded reading and the one strict JSON mapper shared by the schedule readers and writers. */
public final class FileSupport {

  /** The largest file the readers accept: 64 MiB. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /**
   * Strict mapper: unknown properties, duplicate keys and trailing content are errors; no default
   * typing is enabled, so a file can never choose the Java class it is read into.
   */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private FileSupport() {}

  /**
   * Reads a whole file, refusing files over {@link #MAX_BYTES}.
   *
   * @param file the file
   * @param name the name used in messages
   * @return the bytes
   * @throws ScheduleFileException if the file is missing, unreadable or too large
   */
  public static byte[] readBounded(Path file, String name) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ScheduleFileException(
            name, "", "file is " + size + " bytes, more than the limit of 64 MiB", null);
      }
      return Files.readAllBytes(file);
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
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ScheduleFileException(name, "", "input is more than the limit of 64 MiB", null);
      }
      return bytes;
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
      T value = MAPPER.readValue(bytes, type);
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
        sb.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
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
    TokenStreamLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      first += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    return first;
  }
}
