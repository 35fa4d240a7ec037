package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateParser;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.MeasureStatus;
import dev.tariffimpact.schedule.OriginScope;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the analysts' category table, {@code category,scope,before_rate,after_rate}, into a
 * category catalog and two schedules, "before" and "after".
 *
 * <p>Example file:
 *
 * <pre>
 * category,scope,before_rate,after_rate
 * textiles,50-63,10%,25%
 * t-shirts,6109,10%,50%
 * "leather and footwear","4202, 64",Free,18%
 * </pre>
 *
 * <p>Each row becomes one measure in each schedule, with id {@code category-<name>} (the name in
 * lower case, runs of characters other than letters, digits, {@code .} and {@code -} replaced by
 * {@code -}), title = category name, the row's scope, every date ({@link Validity#always()}), the
 * origins and kind of the {@link Settings} (default every origin, {@link MeasureKind#BASE_DUTY}),
 * so overlapping rows resolve by the longest prefix just as the catalog's {@link
 * CategoryCatalog.Overlap#MOST_SPECIFIC} rule does. Both rates are required (write {@code Free} for
 * no duty: an empty cell is an error, never a silent zero). The header is required. Every error
 * names the file and the row (the header is row 1).
 */
public final class CategoryCsv {

  private static final List<String> HEADER =
      List.of("category", "scope", "before_rate", "after_rate");

  private static final List<String> CATALOG_HEADER =
      List.of("category", "side", "scope", "rationale");

  private static final CsvMapper CSV = CsvMapper.builder().build();

  private CategoryCsv() {}

  /**
   * What the table does not say: importer, currency, origins, kind, confidence, status of "after".
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param importer ISO alpha-2 or EU, e.g. {@code "US"}
   * @param currency e.g. USD
   * @param origins the origins every row covers, e.g. {@code OriginScope.of("IN")}
   * @param kind the kind of every measure; not {@link MeasureKind#SURCHARGE_ON_DUTY}
   * @param confidence the confidence of the rows' figures
   * @param afterStatus the status of the "after" measures, e.g. {@link MeasureStatus#HYPOTHETICAL}
   */
  public record Settings(
      String importer,
      Currency currency,
      OriginScope origins,
      MeasureKind kind,
      Confidence confidence,
      MeasureStatus afterStatus) {

    /**
     * Validates the settings.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the kind is SURCHARGE_ON_DUTY (needs a duty base)
     */
    public Settings {
      Objects.requireNonNull(importer, "importer");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(origins, "origins");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(confidence, "confidence");
      Objects.requireNonNull(afterStatus, "afterStatus");
      if (kind == MeasureKind.SURCHARGE_ON_DUTY) {
        throw new IllegalArgumentException("A category table cannot hold SURCHARGE_ON_DUTY rows");
      }
    }

    /**
     * Returns settings for every origin, base duties, confidence U, "after" hypothetical.
     *
     * @param importer e.g. {@code "US"}
     * @param currency e.g. USD
     * @return the settings
     */
    public static Settings of(String importer, Currency currency) {
      return new Settings(
          importer,
          currency,
          OriginScope.all(),
          MeasureKind.BASE_DUTY,
          Confidence.U,
          MeasureStatus.HYPOTHETICAL);
    }

    /**
     * Returns these settings with other origins.
     *
     * @param value e.g. {@code OriginScope.of("IN")}
     * @return new settings
     */
    public Settings withOrigins(OriginScope value) {
      return new Settings(importer, currency, value, kind, confidence, afterStatus);
    }

    /**
     * Returns these settings with another kind.
     *
     * @param value e.g. {@link MeasureKind#ADDITIONAL_DUTY} for rows that stack on a schedule
     * @return new settings
     */
    public Settings withKind(MeasureKind value) {
      return new Settings(importer, currency, origins, value, confidence, afterStatus);
    }
  }

  /**
   * The table compiled: its categories and the two schedules.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param catalog the categories in row order, overlap {@code MOST_SPECIFIC}
   * @param before the schedule of the before rates
   * @param after the schedule of the after rates
   */
  public record Schedules(CategoryCatalog catalog, TariffSchedule before, TariffSchedule after) {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a component is null
     */
    public Schedules {
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * Reads a category table file.
   *
   * @param file the CSV file
   * @param settings what the table does not say
   * @return the catalog and the two schedules
   * @throws ScheduleFileException naming the file and row of the first error
   */
  public static Schedules read(Path file, Settings settings) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    return parse(
        new String(FileSupport.readBounded(file, name), StandardCharsets.UTF_8), name, settings);
  }

  /**
   * Parses category table text.
   *
   * @param csv the CSV text
   * @param name the file name used in messages
   * @param settings what the table does not say
   * @return the catalog and the two schedules
   * @throws ScheduleFileException naming the file and row of the first error
   */
  public static Schedules parse(String csv, String name, Settings settings) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(settings, "settings");
    List<Category> categories = new ArrayList<>();
    List<Measure> before = new ArrayList<>();
    List<Measure> after = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    boolean header = false;
    int row = 0;
    try (MappingIterator<String[]> it =
        CSV.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(text)) {
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        row++;
        if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
          continue;
        }
        String where = "row " + row;
        if (!header) {
          List<String> found = new ArrayList<>();
          for (String c : cells) {
            found.add(c.strip().toLowerCase(Locale.ROOT));
          }
          if (!found.equals(HEADER)) {
            throw new ScheduleFileException(
                name,
                where,
                "the header must be 'category,scope,before_rate,after_rate', was '"
                    + String.join(",", cells)
                    + "'",
                null);
          }
          header = true;
          continue;
        }
        if (cells.length != HEADER.size()) {
          throw new ScheduleFileException(
              name, where, "expected 4 cells, found " + cells.length, null);
        }
        String category = cells[0].strip();
        if (category.isEmpty()) {
          throw new ScheduleFileException(name, where + ", category", "is empty", null);
        }
        String id = "category-" + slug(category);
        Integer earlier = ids.putIfAbsent(id, row);
        if (earlier != null) {
          throw new ScheduleFileException(
              name,
              where + ", category",
              "'" + category + "' repeats the category of row " + earlier + " (same id " + id + ")",
              null);
        }
        CodeScope scope;
        try {
          scope = CodeScope.parse(cells[1]);
        } catch (InvalidCodeException e) {
          throw new ScheduleFileException(name, where + ", scope", e.getMessage(), e);
        }
        Rate beforeRate = rate(cells[2], name, where + ", before_rate");
        Rate afterRate = rate(cells[3], name, where + ", after_rate");
        categories.add(Category.of(category, "", scope));
        Measure.Builder b =
            Measure.builder(id)
                .title(category)
                .legalBasis("category table " + name)
                .kind(settings.kind())
                .scope(scope)
                .origins(settings.origins())
                .validity(Validity.always())
                .provenance(
                    Provenance.of(name + " " + where, settings.confidence(), "analyst input"));
        before.add(b.rate(beforeRate).status(MeasureStatus.IN_FORCE).build());
        after.add(b.rate(afterRate).status(settings.afterStatus()).build());
      }
    } catch (JacksonException e) {
      throw new ScheduleFileException(name, "row " + (row + 1), e.getOriginalMessage(), e);
    }
    if (!header) {
      throw new ScheduleFileException(
          name, "row 1", "the header 'category,scope,before_rate,after_rate' is missing", null);
    }
    try {
      return new Schedules(
          CategoryCatalog.of(name, CategoryCatalog.Overlap.MOST_SPECIFIC, categories),
          TariffSchedule.of(settings.importer(), settings.currency(), "before: " + name, before),
          TariffSchedule.of(settings.importer(), settings.currency(), "after: " + name, after));
    } catch (TariffImpactException | IllegalArgumentException e) {
      throw new ScheduleFileException(name, "", e.getMessage(), e);
    }
  }

  /**
   * Reads a category catalogue table, {@code category,side,scope,rationale} (further columns such
   * as {@code judgement,source} are documentation and ignored): one catalog per side, the importer
   * applying the duties. The bundled {@code categories.csv} has this form.
   *
   * <pre>
   * category,side,scope,rationale
   * textiles-and-apparel,US,50-63,HS Section XI
   * tree-nuts,IN,0801-0802,Almonds and walnuts
   * </pre>
   *
   * @param in the CSV bytes, at most 64 MiB (not closed)
   * @param name the name used in messages
   * @return the catalogs by side in file order, categories in row order, overlap {@code
   *     MOST_SPECIFIC}
   * @throws ScheduleFileException naming the input and row (the header is row 1) of the first error
   */
  public static Map<String, CategoryCatalog> readCatalogs(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    String text = new String(FileSupport.readBounded(in, name), StandardCharsets.UTF_8);
    Map<String, List<Category>> bySide = new LinkedHashMap<>();
    int row = 1;
    try (MappingIterator<Map<String, String>> it =
        CSV.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      while (it.hasNextValue()) {
        Map<String, String> r = it.nextValue();
        row++;
        if (!r.keySet().containsAll(CATALOG_HEADER)) {
          throw new ScheduleFileException(
              name, "row " + row, "the columns must include " + CATALOG_HEADER, null);
        }
        try {
          bySide
              .computeIfAbsent(r.get("side").strip(), k -> new ArrayList<>())
              .add(
                  Category.of(
                      r.get("category").strip(),
                      r.get("rationale"),
                      CodeScope.parse(r.get("scope"))));
        } catch (TariffImpactException | IllegalArgumentException e) {
          throw new ScheduleFileException(name, "row " + row, e.getMessage(), e);
        }
      }
    } catch (JacksonException e) {
      throw new ScheduleFileException(name, "row " + (row + 1), e.getOriginalMessage(), e);
    }
    Map<String, CategoryCatalog> result = new LinkedHashMap<>();
    bySide.forEach(
        (side, list) ->
            result.put(
                side,
                CategoryCatalog.of(
                    name + " " + side + " categories",
                    CategoryCatalog.Overlap.MOST_SPECIFIC,
                    list)));
    return Collections.unmodifiableMap(result);
  }

  private static Rate rate(String text, String name, String where) {
    if (text.isBlank()) {
      throw new ScheduleFileException(
          name, where, "is empty; write Free (or 0%) for no duty", null);
    }
    try {
      return RateParser.parse(text.strip());
    } catch (TariffImpactException e) {
      throw new ScheduleFileException(name, where, e.getMessage(), e);
    }
  }

  static String slug(String category) {
    String s = category.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.\\-]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }
}
