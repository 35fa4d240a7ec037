package dev.tariffimpact.io.lists;

import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.schedule.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The US product lists bundled in {@code data/us/lists/}: the exemption lists of HTS chapter 99
 * (IEEPA Annex II, partner carve-outs, Section 122 exemptions) and the dated Section 232 lists,
 * each with its legal reference, condition and origins ({@code index.csv}).
 *
 * <p>Example: {@code UsProductLists.bundled().list("s232-auto-parts").contains(code, date)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UsProductLists {

  /** The bundled folder, relative to the data root. */
  public static final String FOLDER = "us/lists/";

  /** The index file name. */
  public static final String INDEX = "index.csv";

  /** The exact header of {@code index.csv}. */
  public static final List<String> INDEX_HEADER =
      List.of(
          "list_id",
          "title",
          "legal_reference",
          "condition",
          "origins",
          "source",
          "confidence",
          "codes");

  /** The exact header of every list file. */
  public static final List<String> LIST_HEADER = List.of("code", "start", "end");

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final Map<String, DatedProductList> lists;

  private UsProductLists(Map<String, DatedProductList> lists) {
    this.lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
  }

  /**
   * Reads the lists bundled in the core jar.
   *
   * @return the lists in index order
   * @throws ProductListFormatException naming the file and row if a bundled file is malformed
   */
  public static UsProductLists bundled() {
    return load(name -> BundledData.open(FOLDER + name), "data/" + FOLDER);
  }

  /**
   * Reads the lists of a folder holding {@code index.csv} and the list files.
   *
   * @param folder for example {@code data/us/lists}
   * @return the lists in index order
   * @throws ProductListFormatException naming the file and row if a file is missing or malformed
   */
  public static UsProductLists read(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return load(
        name -> {
          try {
            return Files.newInputStream(folder.resolve(name));
          } catch (IOException e) {
            throw new ProductListFormatException(folder.resolve(name) + ": cannot be read", e);
          }
        },
        folder + "/");
  }

  /**
   * Returns the index rows, in index order.
   *
   * @return one row per list
   */
  public List<ListInfo> index() {
    return lists.values().stream().map(DatedProductList::info).toList();
  }

  /**
   * Returns one list.
   *
   * @param id the list id, for example {@code ieepa-annex2}
   * @return the list
   * @throws IllegalArgumentException naming the known ids if there is no such list
   */
  public DatedProductList list(String id) {
    DatedProductList list = lists.get(Objects.requireNonNull(id, "id"));
    if (list == null) {
      throw new IllegalArgumentException(
          "No US product list '" + id + "'; known lists: " + String.join(", ", lists.keySet()));
    }
    return list;
  }

  private interface Opener {
    InputStream open(String name);
  }

  private static UsProductLists load(Opener opener, String where) {
    Map<String, DatedProductList> lists = new LinkedHashMap<>();
    List<List<String>> rows = rows(opener, INDEX, where, INDEX_HEADER);
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      String at = where + INDEX + ": row " + (i + 2);
      ListInfo info;
      try {
        info =
            new ListInfo(
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5),
                Confidence.valueOf(r.get(6)),
                Integer.parseInt(r.get(7)));
      } catch (IllegalArgumentException e) {
        throw new ProductListFormatException(at + ": " + e.getMessage(), e);
      }
      List<DatedCode> entries = entries(opener, info.id() + ".csv", where);
      try {
        lists.put(info.id(), new DatedProductList(info, entries));
      } catch (IllegalArgumentException e) {
        throw new ProductListFormatException(at + ": " + e.getMessage(), e);
      }
    }
    return new UsProductLists(lists);
  }

  private static List<DatedCode> entries(Opener opener, String name, String where) {
    List<List<String>> rows = rows(opener, name, where, LIST_HEADER);
    List<DatedCode> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      try {
        out.add(new DatedCode(r.get(0), date(r.get(1)), date(r.get(2))));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new ProductListFormatException(
            where + name + ": row " + (i + 2) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Optional<LocalDate> date(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }

  private static List<List<String>> rows(
      Opener opener, String name, String where, List<String> header) {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = new InputStreamReader(opener.open(name), StandardCharsets.UTF_8);
        MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(reader)) {
      boolean first = true;
      while (it.hasNextValue()) {
        List<String> cells = List.of(it.nextValue());
        if (first) {
          if (!cells.equals(header)) {
            throw new ProductListFormatException(
                where + name + ": header must be " + String.join(",", header) + ", was " + cells);
          }
          first = false;
        } else if (cells.size() != header.size()) {
          throw new ProductListFormatException(
              where
                  + name
                  + ": row "
                  + (rows.size() + 2)
                  + " has "
                  + cells.size()
                  + " cells, expected "
                  + header.size());
        } else {
          rows.add(cells);
        }
      }
      if (first) {
        throw new ProductListFormatException(where + name + ": empty file (no header)");
      }
    } catch (IOException | JacksonException e) {
      throw new ProductListFormatException(where + name + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ProductListFormatException(where + name + ": not bundled", e);
    }
    return rows;
  }
}
