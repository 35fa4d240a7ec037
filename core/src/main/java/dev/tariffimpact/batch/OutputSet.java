package dev.tariffimpact.batch;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The files of one batch run, written all or nothing: each output goes to a temporary file in the
 * output folder ({@code .tariff-impact-<run id>-<name>.tmp}) and is renamed into place only at
 * {@link #commit}, after the manifest's old copy is removed and before the new manifest is renamed
 * in last. A run that fails or is killed before the commit leaves the previous set untouched (its
 * temporary files are removed by the next run into the folder); a folder without {@code run.json}
 * holds no complete set.
 *
 * <p>One run at a time per folder: a lock on {@code .tariff-impact.lock} (released by the operating
 * system when a process dies) keeps a second run out. Not thread-safe.
 */
final class OutputSet implements AutoCloseable {

  static final String MANIFEST = "run.json";

  /** Every file of a set, the manifest last; the stale ones a run did not write are removed. */
  static final List<String> FILES =
      List.of(
          BatchWriters.AGGREGATES_CSV,
          BatchWriters.AGGREGATES_JSON,
          BatchWriters.REJECTS,
          BatchWriters.LINES,
          MANIFEST);

  private static final String PREFIX = ".tariff-impact-";
  private static final Pattern LEFTOVER =
      Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f-]{36}-[a-z.]+\\.tmp");

  /** A file written through a digest: its final name, temporary path, size and SHA-256. */
  static final class Written extends FilterOutputStream {
    final String name;
    final Path temp;
    private final MessageDigest digest = OutputSet.sha256();
    private long bytes;

    private Written(String name, Path temp) throws IOException {
      super(
          new java.io.BufferedOutputStream(
              Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16));
      this.name = name;
      this.temp = temp;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      bytes += len;
    }

    long bytes() {
      return bytes;
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** The shipment stream as it is read: its size and SHA-256. */
  static final class Read extends FilterInputStream {
    private final MessageDigest digest = OutputSet.sha256();
    private long bytes;

    Read(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        digest.update((byte) b);
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        digest.update(b, off, n);
        bytes += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // skipped bytes still go through the digest
      byte[] buffer = new byte[(int) Math.max(0, Math.min(n, 8192))];
      return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    long bytes() {
      return bytes;
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private final Path dir;
  private final String runId = UUID.randomUUID().toString();
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, Written> written = new LinkedHashMap<>();
  private boolean committed;

  private OutputSet(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens the folder: refuses outputs that are inputs, takes the folder's lock, removes leftovers
   * of killed runs.
   */
  static OutputSet open(BatchOutput output) throws IOException {
    Path dir = output.directory();
    Files.createDirectories(dir);
    refuseInputs(dir, output.inputs());
    FileChannel channel =
        FileChannel.open(
            dir.resolve(PREFIX.substring(0, PREFIX.length() - 1) + ".lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new BatchException(
          "output folder " + dir + " is in use by another batch run; wait or choose another", null);
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (LEFTOVER.matcher(f.getFileName().toString()).matches()) {
          Files.deleteIfExists(f);
        }
      }
    }
    return new OutputSet(dir, channel, lock);
  }

  private static void refuseInputs(Path dir, List<BatchOutput.Input> inputs) throws IOException {
    for (String name : FILES) {
      Path target = dir.resolve(name);
      if (!Files.exists(target)) {
        continue;
      }
      for (BatchOutput.Input input : inputs) {
        if (Files.exists(input.file()) && Files.isSameFile(target, input.file())) {
          throw new BatchException(
              "output "
                  + target
                  + " is the "
                  + input.role()
                  + " input "
                  + input.file()
                  + "; the batch would overwrite its own input: choose another output folder",
              null);
        }
      }
    }
  }

  String runId() {
    return runId;
  }

  /** Opens the temporary file of an output. */
  Written create(String name) throws IOException {
    Written w = new Written(name, dir.resolve(PREFIX + runId + "-" + name + ".tmp"));
    written.put(name, w);
    return w;
  }

  List<Written> written() {
    return new ArrayList<>(written.values());
  }

  /**
   * Moves every written file into place, the manifest (written by the caller under {@link
   * #MANIFEST}) last, after removing the old manifest; removes the set's stale files.
   */
  void commit() throws IOException {
    for (Written w : written.values()) {
      force(w.temp);
    }
    Files.deleteIfExists(dir.resolve(MANIFEST));
    for (Written w : written.values()) {
      if (!w.name.equals(MANIFEST)) {
        move(w);
      }
    }
    for (String name : FILES) {
      if (!written.containsKey(name)) {
        Files.deleteIfExists(dir.resolve(name));
      }
    }
    move(written.get(MANIFEST));
    committed = true;
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
      // a directory cannot be synced everywhere; the renames are still atomic
    }
  }

  private void move(Written w) throws IOException {
    Files.move(
        w.temp,
        dir.resolve(w.name),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static void force(Path file) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.force(true);
    }
  }

  /** Removes the temporary files of a run that did not commit; releases the folder. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        for (Written w : written.values()) {
          try {
            w.close();
          } catch (IOException ignored) {
            // the file is removed next
          }
          Files.deleteIfExists(w.temp);
        }
      }
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  /** SHA-256 and size of a regular file, or null for a FIFO or device (read once elsewhere). */
  static String[] digest(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    MessageDigest d = sha256();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        d.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {Long.toString(size), HexFormat.of().formatHex(d.digest())};
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
