package dev.tariffimpact.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole input once, refusing more than a cap whatever the file type: a regular file, a FIFO
 * ({@code <(cat file)}) or a device such as {@code /dev/zero}, whose size the file system cannot
 * tell in advance.
 */
public final class BoundedInput {

  private BoundedInput() {}

  /** The input had more bytes than the cap; {@link #getMessage()} says the cap. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long cap) {
      super("more than the limit of " + describe(cap));
    }
  }

  /**
   * Reads at most {@code cap} bytes of a file, opening it once.
   *
   * @param file any readable file
   * @param cap the most bytes accepted
   * @return the bytes
   * @throws TooLargeException if the file holds more than {@code cap} bytes
   * @throws IOException if the file cannot be read
   */
  public static byte[] read(Path file, long cap) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory, not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, cap);
    }
  }

  /**
   * Reads at most {@code cap} bytes of a stream (not closed).
   *
   * @param in the stream
   * @param cap the most bytes accepted, below 2 GiB
   * @return the bytes
   * @throws TooLargeException if the stream holds more than {@code cap} bytes
   * @throws IOException if the stream fails
   */
  public static byte[] read(InputStream in, long cap) throws IOException {
    if (cap >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("cap must be below 2 GiB, was " + cap);
    }
    byte[] bytes = in.readNBytes((int) cap + 1);
    if (bytes.length > cap) {
      throw new TooLargeException(cap);
    }
    return bytes;
  }

  /**
   * Describes a byte count for messages.
   *
   * @param bytes for example 67108864
   * @return for example {@code "64 MiB"}
   */
  public static String describe(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes + " bytes";
  }
}
