package dev.tariffimpact.io.schedule;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.io.csv.CustomsExchangeRateCsv;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.hts.HtsMfnSchedule;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Catalogue;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Entry;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Group;
import dev.tariffimpact.io.schedule.internal.CatalogueDtoParser;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import dev.tariffimpact.io.schedule.internal.ScenarioCatalogDto;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;

/** Reads the bundled data and the user's files into a {@link ScenarioSource}. */
final class ScenarioSourceReader {

  /**
   * Product lists are never resolved for bundled files: a reference to one fails with a message
   * naming this folder instead of reading whatever happens to be on the user's disk.
   */
  private static final Path NO_PRODUCT_LISTS = Path.of("bundled-data-has-no-product-lists");

  private ScenarioSourceReader() {}

  /**
   * The bundled catalogue, read and checked now; each scenario is built on its first use, reading
   * its schedule files (each once, the US one with the full HTS) without compiling it. {@link
   * ScenarioSource#forCode} gives a view on the same catalogue whose US schedule holds only the HTS
   * lines of one code's heading.
   */
  static ScenarioSource bundled() {
    String name = ScenarioSource.BUNDLED_SCENARIOS;
    byte[] bytes;
    try (InputStream in = open(name)) {
      bytes = FileSupport.readBounded(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ScenarioCatalogDto dto = CatalogueDtoParser.read(bytes, name);
    List<Entry> entries = ScenarioCatalogJson.entries(dto, name);
    Map<String, String> importerOfFile = new LinkedHashMap<>();
    Map<String, String> importers = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String p = "$.scenarios[" + i + "]";
      importers.put(
          e.name(),
          importerOfFile.computeIfAbsent(e.schedule(), f -> importerOf(f, name, p + ".schedule")));
    }
    BundledCatalogue catalogue =
        new BundledCatalogue(
            entries, importers, ScenarioGroups.read(dto.groups(), importers, name), bundledRates());
    return catalogue.source(null);
  }

  /**
   * The bundled catalogue, read and checked once, from which sources are built: the full one, and
   * views narrowed to one code's HTS heading.
   */
  private record BundledCatalogue(
      List<Entry> entries, Map<String, String> importers, List<Group> groups, ExchangeRates rates) {

    /** The source reading every schedule in full ({@code code} null) or narrowed to a code. */
    ScenarioSource source(ProductCode code) {
      String name = ScenarioSource.BUNDLED_SCENARIOS;
      Map<String, TariffSchedule> read = new ConcurrentHashMap<>();
      Function<String, TariffSchedule> schedules =
          file -> read.computeIfAbsent(file, f -> readBundled(f, code));
      List<LazyScenario> scenarios = new ArrayList<>();
      Map<String, ScenarioSource.Dated> dated = new LinkedHashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        String p = "$.scenarios[" + i + "]";
        String importer = importers.get(e.name());
        scenarios.add(
            LazyScenario.of(
                e.name(),
                importer,
                e.coverageEnd(),
                () -> ScenarioCatalogJson.scenario(e, p, name, schedules, false)));
        if (e.overlays().isEmpty() && !dated.containsKey(importer)) {
          dated.put(
              importer,
              new ScenarioSource.Dated(
                  importer,
                  "The bundled " + importer + " schedule",
                  () -> schedules.apply(e.schedule()),
                  List.of()));
        }
      }
      List<String> files = new ArrayList<>();
      entries.forEach(
          e ->
              Stream.concat(Stream.of(e.schedule()), e.overlays().stream())
                  .filter(f -> !files.contains(f))
                  .forEach(files::add));
      Supplier<Map<String, TariffSchedule>> all =
          () -> {
            scenarios.forEach(LazyScenario::get); // reads every file, checks every overlay
            Map<String, TariffSchedule> ordered = new LinkedHashMap<>();
            files.forEach(f -> ordered.put(f, schedules.apply(f)));
            return Collections.unmodifiableMap(ordered);
          };
      return ScenarioSource.of(
          "the bundled data", scenarios, groups, dated, all, rates, this::source);
    }
  }

  /**
   * A bundled schedule file; the US one completed with the HTS MFN lines, all of them ({@code code}
   * null) or those of the code's heading that a quote of it can use; the others (India's schedule
   * and the overlays) whole ({@code code} null) or with only the measures a quote of the code meets
   * ({@link MeasureSelection}).
   */
  private static TariffSchedule readBundled(String file, ProductCode code) {
    try (InputStream in = open(file)) {
      if (!file.equals(US_INDIA)) {
        // India's files (and the small US overlays): only the measures a quote of the code meets
        return code == null
            ? ScheduleJson.read(in, file, NO_PRODUCT_LISTS)
            : ScheduleJson.readAround(in, file, NO_PRODUCT_LISTS, code);
      }
      TariffSchedule schedule = ScheduleJson.read(in, file, NO_PRODUCT_LISTS);
      return code == null
          ? withHts(schedule, HtsMfnSchedule.bundled(), c -> true)
          : withHts(schedule, HtsMfnSchedule.bundledHeading(code), c -> related(c, code));
    } catch (IOException e) {
      throw new ScheduleFileException(file, "", "cannot read bundled file: " + e, e);
    }
  }

  /**
   * Whether an HTS line can take part in a quote of {@code code}: its base duty applies to the code
   * (a line at or above it), or it is a rated line below it that an error message lists.
   */
  private static boolean related(ProductCode line, ProductCode code) {
    return line.isWithin(code) || code.isWithin(line);
  }

  /**
   * The importer a bundled schedule file names, read without its measures: resolving a name or an
   * importer must not read the US file's full HTS. The whole file is checked when first used.
   */
  private static String importerOf(String file, String catalogue, String p) {
    try (InputStream in = open(file);
        JsonParser parser =
            FileSupport.streamingFactory().createParser(ObjectReadContext.empty(), in)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("importer") && value == JsonToken.VALUE_STRING) {
            return parser.getString();
          }
          parser.skipChildren();
        }
      }
    } catch (IOException | JacksonException e) {
      throw new ScheduleFileException(catalogue, p, "cannot read bundled file " + file, e);
    }
    throw new ScheduleFileException(catalogue, p, file + " names no importer", null);
  }

  /** The bundled US schedule whose curated MFN lines the full HTS 2025 bundle completes. */
  static final String US_INDIA = "us-india.json";

  /**
   * Adds the MFN rate of every HTS 2025 line ({@code keep} accepts) that no curated line covers
   * (data/us/hts-2025-mfn.csv.gz, ids {@code us-hts-mfn-<code>}), so every 8- and 10-digit code can
   * be quoted; the curated lines keep their annotated measures.
   */
  private static TariffSchedule withHts(
      TariffSchedule curated, HtsMfnSchedule hts, Predicate<ProductCode> keep) {
    List<CodeScope> scopes =
        curated.measures().stream()
            .filter(m -> m.kind() == MeasureKind.BASE_DUTY)
            .map(Measure::scope)
            .toList();
    List<Measure> all =
        new ArrayList<>(
            hts.baseDuties(
                code -> keep.test(code) && scopes.stream().noneMatch(s -> s.contains(code))));
    all.addAll(curated.measures());
    return TariffSchedule.of(curated.importer(), curated.currency(), curated.description(), all);
  }

  /**
   * The bundled rates alone: a source of the user's files needs them, not the bundled scenarios.
   * Read at the first conversion: a quote in the importer's currency needs none.
   */
  static ExchangeRates bundledRates() {
    return ExchangeRates.lazy(ScenarioSourceReader::readBundledRates);
  }

  private static ExchangeRates readBundledRates() {
    ExchangeRates.Builder rates = ExchangeRates.builder();
    try (InputStream csv = open(ScenarioSource.BUNDLED_EXCHANGE_RATES)) {
      ExchangeRateCsv.read(csv, ScenarioSource.BUNDLED_EXCHANGE_RATES).rates().forEach(rates::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // India's CBIC tables (dated by the bill-of-entry date); the flat USD->INR row of
    // exchange-rates.csv starts after the last of them, so the two never overlap.
    try (InputStream csv = open(ScenarioSource.BUNDLED_CUSTOMS_EXCHANGE_RATES)) {
      CustomsExchangeRateCsv.readImportRates(csv, ScenarioSource.BUNDLED_CUSTOMS_EXCHANGE_RATES)
          .forEach(rates::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rates.build();
  }

  private static InputStream open(String file) {
    try {
      // india-us.json.gz: a large bundled file is stored gzipped (data/README.md)
      InputStream in = BundledData.open(file);
      return file.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
    } catch (IOException e) {
      throw new ScheduleFileException(file, "", "not a gzip file: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ScheduleFileException(file, "", e.getCause().getMessage(), e);
    }
  }

  static ScenarioSource files(List<Path> files, ExchangeRates rates, ReferencePolicy policy) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(policy, "policy");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must name at least one file");
    }
    List<Scenario> scenarios = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    Map<String, TariffSchedule> schedules = new LinkedHashMap<>();
    for (Path file : files) {
      // Each file is read once: a pipe such as <(cat f.json) cannot be read twice.
      String name = file.toString();
      byte[] bytes = FileSupport.readBounded(file, name);
      Path folder = ScheduleJson.directoryOf(file);
      if (isCatalogue(bytes, name)) {
        Catalogue c = ScenarioCatalogJson.load(bytes, name, folder, policy);
        scenarios.addAll(c.scenarios());
        groups.addAll(c.groups());
      } else {
        TariffSchedule schedule =
            ScheduleJson.read(new ByteArrayInputStream(bytes), name, folder, policy);
        if (schedules.putIfAbsent(file.getFileName().toString(), schedule) != null) {
          throw new ScenarioSourceException(
              "Two schedule files are named " + file.getFileName() + "; rename one");
        }
      }
    }
    Map<String, ScenarioSource.Dated> dated = new LinkedHashMap<>();
    if (!schedules.isEmpty()) {
      String label = schedules.keySet().iterator().next();
      TariffSchedule base = schedules.get(label);
      List<Measure> overlays = new ArrayList<>();
      schedules.forEach(
          (name, overlay) -> {
            if (overlay != base) {
              if (!overlay.importer().equals(base.importer())
                  || !overlay.currency().equals(base.currency())) {
                throw new ScenarioSourceException(
                    "Overlay "
                        + name
                        + " is for "
                        + overlay.importer()
                        + "/"
                        + overlay.currency()
                        + " but the base schedule "
                        + label
                        + " is for "
                        + base.importer()
                        + "/"
                        + base.currency());
              }
              overlays.addAll(overlay.measures());
            }
          });
      dated.put(
          base.importer(),
          new ScenarioSource.Dated(label, "Schedule " + label, () -> base, overlays));
    }
    return ScenarioSource.of(
        "the files " + files, new Catalogue(scenarios, groups), dated, schedules, rates);
  }

  private static boolean isCatalogue(byte[] bytes, String name) {
    // Plain JSON naming either format needs no mapper; anything else gets the mapper's message.
    String plain = CatalogueDtoParser.tryFormat(bytes).orElse(null);
    if (ScenarioCatalogJson.FORMAT.equals(plain)) {
      return true;
    }
    if (ScheduleJson.FORMAT.equals(plain)) {
      return false;
    }
    JsonNode format;
    try {
      format = FileSupport.mapper().readTree(bytes).get("format");
    } catch (JacksonException e) {
      throw new ScheduleFileException(name, FileSupport.path(e), e.getOriginalMessage(), e);
    }
    String text = format == null || !format.isString() ? null : format.asString();
    if (ScenarioCatalogJson.FORMAT.equals(text)) {
      return true;
    }
    if (ScheduleJson.FORMAT.equals(text)) {
      return false;
    }
    throw new ScheduleFileException(
        name,
        "$.format",
        "must be \""
            + ScheduleJson.FORMAT
            + "\" (a schedule) or \""
            + ScenarioCatalogJson.FORMAT
            + "\" (a scenario catalogue), was "
            + format,
        null);
  }
}
