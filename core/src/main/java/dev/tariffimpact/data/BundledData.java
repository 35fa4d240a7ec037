package dev.tariffimpact.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Access to the curated data files bundled in the core jar (the project's {@code data/} folder).
 *
 * <p>The files live under the resource path {@value #RESOURCE_ROOT}. The file {@code index.txt}
 * names every bundled file, one per line, so that callers can enumerate them without scanning the
 * class path (which does not work inside a named module or a shaded jar).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundledData {

  /** The resource folder holding the bundled data, for example {@code dev/tariffimpact/data/}. */
  public static final String RESOURCE_ROOT = "dev/tariffimpact/data/";

  private static final String INDEX = "index.txt";

  private BundledData() {}

  /**
   * Lists the bundled files named in {@code index.txt}, in index order.
   *
   * @return the file names relative to the data folder, for example {@code "scenarios.json"}
   * @throws UncheckedIOException if the index is missing or unreadable (a broken build)
   */
  public static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Bundled data index " + RESOURCE_ROOT + INDEX + " unreadable", e);
    }
    return List.copyOf(names);
  }

  /**
   * Opens one bundled file.
   *
   * @param name the file name relative to the data folder, for example {@code "index.txt"}
   * @return a new stream the caller must close
   * @throws NullPointerException if {@code name} is null
   * @throws UncheckedIOException if no such file is bundled
   */
  public static InputStream open(String name) {
    Objects.requireNonNull(name, "name");
    InputStream in = BundledData.class.getResourceAsStream("/" + RESOURCE_ROOT + name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("No bundled data file '" + name + "' under " + RESOURCE_ROOT));
    }
    return in;
  }
}
