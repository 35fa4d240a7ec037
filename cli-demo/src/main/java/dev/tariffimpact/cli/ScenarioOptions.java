package dev.tariffimpact.cli;

import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.io.BoundedInput;
import dev.tariffimpact.io.schedule.ReferencePolicy;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where scenarios and exchange rates come from: the bundled US-India data, or the user's files.
 *
 * <p>{@code --schedule FILE} is repeatable. A scenario catalogue file ({@code
 * "format":"tariff-impact/scenarios"}) contributes its named scenarios; schedule files make one
 * ad-hoc scenario per {@code --date}: the first schedule file is the base, later ones are overlays.
 * Without {@code --schedule} the bundled data is used.
 */
final class ScenarioOptions {

  private static final String CATALOGUE_MARKER = "\"" + ScenarioCatalogJson.FORMAT + "\"";

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description =
          "Your schedule or scenario-catalogue JSON instead of the bundled data (repeatable: the"
              + " first schedule is the base, later ones overlays).")
  List<Path> scheduleFiles = new ArrayList<>();

  @Option(
      names = "--rates",
      paramLabel = "FILE",
      description = "Exchange rates CSV (from,to,rate,valid_from,valid_to,source).")
  Path ratesFile;

  @Option(
      names = "--allow-external-paths",
      description =
          "Let schedule and catalogue files name files outside their own folder (absolute paths,"
              + " '..'); refused by default.")
  boolean allowExternalPaths;

  private BundledDataset bundled;
  private ExchangeRates rates;

  /** Each --schedule file's bytes, read once (a FIFO such as <(cat f.json) cannot be reread). */
  private final Map<Path, byte[]> contents = new HashMap<>();

  BundledDataset bundled() {
    if (bundled == null) {
      bundled = BundledDataset.load();
    }
    return bundled;
  }

  /** The named scenarios available: from catalogue files if given, else the bundled ones. */
  List<Scenario> named() {
    if (scheduleFiles.isEmpty()) {
      return bundled().scenarios();
    }
    List<Scenario> result = new ArrayList<>();
    for (Path file : scheduleFiles) {
      if (isCatalogue(file)) {
        result.addAll(
            ScenarioCatalogJson.read(
                new ByteArrayInputStream(bytes(file)), file.toString(), folder(file), policy()));
      }
    }
    return result;
  }

  Scenario byName(String name) {
    List<Scenario> all = named();
    return all.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown scenario '"
                        + name
                        + "'; known: "
                        + String.join(", ", all.stream().map(Scenario::name).toList())
                        + " (see 'tariff-impact scenarios')"));
  }

  /**
   * The schedule of an importer as of a date: the user's schedule files, or the bundled schedule.
   */
  Scenario byDate(String importer, LocalDate date) {
    List<Path> schedules = scheduleFiles.stream().filter(f -> !isCatalogue(f)).toList();
    if (schedules.isEmpty()) {
      if (!scheduleFiles.isEmpty()) {
        throw new IllegalArgumentException(
            "--date needs a schedule file, but every --schedule file is a scenario catalogue;"
                + " use --scenario NAME");
      }
      return bundled().asOf(importer, date);
    }
    TariffSchedule base = schedule(schedules.get(0));
    Scenario scenario =
        Scenario.of(
            schedules.get(0).getFileName() + "@" + date,
            "Schedule " + schedules.get(0).getFileName() + " as of " + date + ".",
            base,
            date);
    for (Path overlay : schedules.subList(1, schedules.size())) {
      for (var measure : schedule(overlay).measures()) {
        scenario = scenario.withOverlay(measure);
      }
    }
    return scenario;
  }

  /** The same scenario read at another date, named so the output says so. */
  Scenario movedTo(Scenario scenario, LocalDate date) {
    return Scenario.of(
        scenario.name() + "@" + date,
        scenario.description() + " Read as of " + date + ".",
        scenario.schedule(),
        date,
        scenario.overlays());
  }

  /** The exchange rates, read once (a FIFO such as <(cat rates.csv) cannot be reread). */
  ExchangeRates rates() {
    if (rates == null) {
      rates =
          Optional.ofNullable(ratesFile)
              .map(ExchangeRates::load)
              .orElseGet(() -> bundled().exchangeRates());
    }
    return rates;
  }

  /** The schedule and catalogue files, the rates and the paths they resolve, as inputs. */
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(scheduleFiles);
    if (ratesFile != null) {
      files.add(ratesFile);
    }
    return files;
  }

  private TariffSchedule schedule(Path file) {
    return ScheduleJson.read(
        new ByteArrayInputStream(bytes(file)), file.toString(), folder(file), policy());
  }

  private ReferencePolicy policy() {
    return allowExternalPaths ? ReferencePolicy.ALLOW_EXTERNAL : ReferencePolicy.CONFINED;
  }

  private static Path folder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private byte[] bytes(Path file) {
    return contents.computeIfAbsent(
        file,
        f -> {
          try {
            return BoundedInput.read(f, ScheduleJson.MAX_BYTES);
          } catch (BoundedInput.TooLargeException e) {
            throw new IllegalArgumentException(f + ": file is " + e.getMessage(), e);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private boolean isCatalogue(Path file) {
    byte[] b = bytes(file);
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
    return head.contains(CATALOGUE_MARKER);
  }
}
