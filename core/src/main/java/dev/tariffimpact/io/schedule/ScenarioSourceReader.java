package dev.tariffimpact.io.schedule;

import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.data.BundledData;
import dev.tariffimpact.io.csv.CustomsExchangeRateCsv;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Catalogue;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Group;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads the bundled data and the user's files into a {@link ScenarioSource}. */
final class ScenarioSourceReader {

  /**
   * Product lists are never resolved for bundled files: a reference to one fails with a message
   * naming this folder instead of reading whatever happens to be on the user's disk.
   */
  private static final Path NO_PRODUCT_LISTS = Path.of("bundled-data-has-no-product-lists");

  private ScenarioSourceReader() {}

  static ScenarioSource bundled() {
    Map<String, TariffSchedule> files = new LinkedHashMap<>();
    Function<String, TariffSchedule> read =
        file ->
            files.computeIfAbsent(
                file,
                f -> {
                  try (InputStream in = open(f)) {
                    TariffSchedule schedule = ScheduleJson.read(in, f, NO_PRODUCT_LISTS);
                    return f.equals(US_INDIA) ? withFullHts(schedule) : schedule;
                  } catch (IOException e) {
                    throw new ScheduleFileException(f, "", "cannot read bundled file: " + e, e);
                  }
                });
    Catalogue catalogue;
    try (InputStream scenarios = open(ScenarioSource.BUNDLED_SCENARIOS)) {
      catalogue = ScenarioCatalogJson.load(scenarios, ScenarioSource.BUNDLED_SCENARIOS, read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, ScenarioSource.Dated> dated = new LinkedHashMap<>();
    for (Scenario s : catalogue.scenarios()) {
      String importer = s.schedule().importer();
      if (s.overlays().isEmpty() && !dated.containsKey(importer)) {
        dated.put(
            importer,
            new ScenarioSource.Dated(
                importer, "The bundled " + importer + " schedule", s.schedule(), List.of()));
      }
    }
    return ScenarioSource.of("the bundled data", catalogue, dated, files, bundledRates());
  }

  /** The bundled US schedule whose curated MFN lines the full HTS 2025 bundle completes. */
  static final String US_INDIA = "us-india.json";

  /**
   * Adds the MFN rate of every HTS 2025 line no curated line covers (data/us/hts-2025-mfn.csv.gz,
   * ids {@code us-hts-mfn-<code>}), so every 8- and 10-digit code can be quoted; the curated lines
   * keep their annotated measures.
   */
  private static TariffSchedule withFullHts(TariffSchedule curated) {
    List<dev.tariffimpact.classification.CodeScope> scopes =
        curated.measures().stream()
            .filter(m -> m.kind() == dev.tariffimpact.schedule.MeasureKind.BASE_DUTY)
            .map(Measure::scope)
            .toList();
    List<Measure> all =
        new ArrayList<>(
            dev.tariffimpact.io.hts.HtsMfnSchedule.bundled()
                .baseDuties(code -> scopes.stream().noneMatch(s -> s.contains(code))));
    all.addAll(curated.measures());
    return TariffSchedule.of(curated.importer(), curated.currency(), curated.description(), all);
  }

  /**
   * The bundled rates alone: a source of the user's files needs them, not the bundled scenarios.
   */
  static ExchangeRates bundledRates() {
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
      return BundledData.open(file);
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
          base.importer(), new ScenarioSource.Dated(label, "Schedule " + label, base, overlays));
    }
    return ScenarioSource.of(
        "the files " + files, new Catalogue(scenarios, groups), dated, schedules, rates);
  }

  private static boolean isCatalogue(byte[] bytes, String name) {
    JsonNode format;
    try {
      format = FileSupport.MAPPER.readTree(bytes).get("format");
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
