package dev.tariffimpact.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and, on a malformed byte sequence, says where: the byte offset in the
 * stream and the line (counted by line feeds, the header is line 1). {@code InputStreamReader}
 * reports only "Input length = 1", and the CSV parser reads ahead, so its row is wrong.
 */
final class Utf8Reader extends Reader {

  /** A malformed byte sequence, with where it is. */
  static final class InvalidUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    final long byteOffset;
    final long line;

    InvalidUtf8Exception(long byteOffset, long line) {
      super("invalid UTF-8 at byte " + byteOffset + " (line " + line + ")");
      this.byteOffset = byteOffset;
      this.line = line;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long consumed; // bytes of the stream before bytes' position 0
  private long lineFeeds;
  private boolean eof;

  Utf8Reader(InputStream in, long skipped) {
    this.in = in;
    this.consumed = skipped;
    bytes.flip(); // empty, ready to read
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        long feeds = lineFeeds;
        for (int i = offset; i < out.position(); i++) {
          feeds += buffer[i] == '\n' ? 1 : 0;
        }
        throw new InvalidUtf8Exception(consumed + bytes.position(), feeds + 1);
      }
      if (out.position() > offset) {
        break;
      }
      if (r.isOverflow()) {
        // a supplementary character into a one-char buffer; the CSV parser reads in blocks
        throw new IOException("read buffer of " + length + " char too small");
      }
      if (eof) {
        decoder.flush(out);
        break;
      }
      fill();
    }
    int n = out.position() - offset;
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        lineFeeds++;
      }
    }
    return n == 0 ? -1 : n;
  }

  /** Reads more bytes behind the undecoded ones; sets {@code eof} at the end of the stream. */
  private void fill() throws IOException {
    consumed += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
