package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.schedule.internal.CatalogueDtoParser;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import dev.tariffimpact.io.schedule.internal.ScenarioCatalogDto;
import dev.tariffimpact.io.schedule.internal.ScenarioDto;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes scenario catalogues ({@code scenarios.json}): named scenarios, each a schedule
 * file evaluated as of a date, with overlay schedule files added on top and a status note.
 *
 * <p>Example file (paths relative to the catalogue):
 *
 * <pre>{@code
 * {
 *   "format": "tariff-impact/scenarios",
 *   "version": 1,
 *   "scenarios": [
 *     {"name": "us-in-2026-03-01",
 *      "description": "US duties on Indian goods after the Section 122 surcharge began.",
 *      "schedule": "us-india.json", "asOf": "2026-03-01",
 *      "status": "collected (V)"},
 *     {"name": "us-in-framework",
 *      "description": "The announced 18% interim framework rate, had it been collected.",
 *      "schedule": "us-india.json", "asOf": "2026-02-10",
 *      "overlays": ["us-india-framework.json"],
 *      "status": "announced 2026-02-07, no evidence it was collected (R)"}
 *   ],
 *   "groups": [
 *     {"name": "2026-framework", "description": "The framework moment, both directions.",
 *      "scenarios": ["us-in-framework", "in-us-framework"], "headlineFor": ["US", "IN"]}
 *   ]
 * }
 * }</pre>
 *
 * <p>A <b>group</b> (optional) puts at most one scenario per importer under one name, so a
 * multi-importer run (a batch, the demo) can name a moment once; the first group is the base of the
 * demo's comparisons, and a group's {@code headlineFor} names the importers for which the demo and
 * the report set it against the base (see {@link ScenarioSource#headline}).
 *
 * <p>Errors name the file and JSON path, e.g. {@code scenarios.json: $.scenarios[1].asOf: ...};
 * errors inside a referenced schedule file are reported with both paths.
 */
public final class ScenarioCatalogJson {

  /** The value of the {@code format} property. */
  public static final String FORMAT = "tariff-impact/scenarios";

  /** The supported value of the {@code version} property. */
  public static final int VERSION = 1;

  private ScenarioCatalogJson() {}

  /**
   * One catalogue entry as written in the file, before its files are loaded.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param name unique scenario name, e.g. {@code "us-in-2026-03-01"}
   * @param description one sentence
   * @param schedule schedule file path, relative to the catalogue
   * @param asOf evaluation date
   * @param overlays overlay schedule file paths, relative to the catalogue; may be empty
   * @param status status note: collected law, announced, hypothetical, with confidence
   */
  public record Entry(
      String name,
      String description,
      String schedule,
      LocalDate asOf,
      List<String> overlays,
      String status,
      LocalDate coverageEnd) {

    /**
     * An entry without a coverage end.
     *
     * @param name scenario name
     * @param description one sentence
     * @param schedule schedule file
     * @param asOf evaluation date
     * @param overlays overlay files
     * @param status status note
     */
    public Entry(
        String name,
        String description,
        String schedule,
        LocalDate asOf,
        List<String> overlays,
        String status) {
      this(name, description, schedule, asOf, overlays, status, null);
    }

    /**
     * Validates the entry.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name, schedule or status is blank
     */
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(schedule, "schedule");
      Objects.requireNonNull(asOf, "asOf");
      overlays = List.copyOf(overlays);
      Objects.requireNonNull(status, "status");
      if (name.isBlank() || schedule.isBlank() || status.isBlank()) {
        throw new IllegalArgumentException(
            "Scenario entry '"
                + Excerpt.of(name)
                + "': name, schedule and status must be non-blank");
      }
    }
  }

  /**
   * A named set of scenarios, at most one per importer, for example the world at one moment in both
   * directions of trade.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param name unique among the catalogue's groups and scenarios, e.g. {@code "2025-peak"}
   * @param description one sentence, may be empty
   * @param scenarios scenario names of the same catalogue, at least one
   * @param headlineFor the importers (of the group's scenarios) for which the demo and the report
   *     set this group against the base, e.g. {@code [US]}; empty for most groups
   */
  public record Group(
      String name, String description, List<String> scenarios, List<String> headlineFor) {

    /**
     * Validates the group.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank or there is no scenario
     */
    public Group {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      scenarios = List.copyOf(scenarios);
      headlineFor = List.copyOf(headlineFor);
      if (name.isBlank() || scenarios.isEmpty()) {
        throw new IllegalArgumentException(
            "Scenario group '" + name + "': the name must be non-blank and name a scenario");
      }
    }
  }

  /**
   * A catalogue loaded: its scenarios and groups, in file order.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param scenarios the scenarios, each with its status as {@link Scenario#note()}
   * @param groups the groups; every name they use is one of the scenarios
   */
  public record Catalogue(List<Scenario> scenarios, List<Group> groups) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null
     */
    public Catalogue {
      scenarios = List.copyOf(scenarios);
      groups = List.copyOf(groups);
    }
  }

  /**
   * Reads the entries of a catalogue without loading the schedule files.
   *
   * @param file the catalogue
   * @return the entries in file order
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static List<Entry> readEntries(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    ScenarioCatalogDto dto = CatalogueDtoParser.read(FileSupport.readBounded(file, name), name);
    return entries(dto, name);
  }

  /**
   * Reads a catalogue and loads its schedules and overlays into scenarios; every scenario is
   * compiled once so stacking rules of overlays are checked now.
   *
   * @param file the catalogue
   * @return the scenarios in file order, each with its status as {@link Scenario#note()}
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static List<Scenario> read(Path file) {
    return load(file).scenarios();
  }

  /**
   * Reads a catalogue, naming which schedule and product-list paths its files may reference.
   *
   * @param file the catalogue (read once, at most 64 MiB whatever the file type)
   * @param policy {@link ReferencePolicy#CONFINED} (the default) or {@link
   *     ReferencePolicy#ALLOW_EXTERNAL}
   * @return the scenarios in file order
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static List<Scenario> read(Path file, ReferencePolicy policy) {
    return load(file, policy).scenarios();
  }

  /**
   * Reads a catalogue with its groups; schedule files resolve against the catalogue's directory and
   * each is read once.
   *
   * @param file the catalogue
   * @return the scenarios and groups in file order
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static Catalogue load(Path file) {
    return load(file, ReferencePolicy.CONFINED);
  }

  /**
   * Reads a catalogue with its groups, naming which paths its files may reference.
   *
   * @param file the catalogue (read once, at most 64 MiB whatever the file type)
   * @param policy {@link ReferencePolicy#CONFINED} (the default) or {@link
   *     ReferencePolicy#ALLOW_EXTERNAL}
   * @return the scenarios and groups in file order
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static Catalogue load(Path file, ReferencePolicy policy) {
    Objects.requireNonNull(file, "file");
    return load(
        FileSupport.readBounded(file, file.toString()),
        file.toString(),
        ScheduleJson.directoryOf(file),
        policy);
  }

  /**
   * A catalogue already read, its schedule files resolved against {@code base} (confined to it
   * unless the policy allows otherwise), each read once.
   */
  static Catalogue load(byte[] bytes, String name, Path base, ReferencePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<Path, TariffSchedule> loaded = new HashMap<>();
    return load(
        bytes,
        name,
        relative -> {
          Path path = FileSupport.resolveReference(base, relative, policy);
          TariffSchedule schedule = loaded.get(path);
          if (schedule == null) {
            if (!Files.exists(path)) {
              throw new TariffImpactException(
                  "schedule file '" + Excerpt.of(relative) + "' does not exist in " + base);
            }
            schedule = ScheduleJson.read(path, policy);
            loaded.put(path, schedule);
          }
          return schedule;
        });
  }

  /**
   * Reads a catalogue from a stream (not closed), with the caller deciding how a schedule file name
   * is read: the bundled data reads them from the class path.
   *
   * @param in the catalogue JSON, at most 64 MiB
   * @param name the name used in messages, e.g. {@code "scenarios.json"}
   * @param schedules reads the schedule named by a {@code schedule} or {@code overlays} entry; may
   *     throw a {@link TariffImpactException}, reported with the catalogue's JSON path
   * @return the scenarios and groups in file order
   * @throws ScheduleFileException naming the catalogue and JSON path of the first error
   */
  public static Catalogue load(
      InputStream in, String name, Function<String, TariffSchedule> schedules) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schedules, "schedules");
    return load(FileSupport.readBounded(in, name), name, schedules);
  }

  private static Catalogue load(
      byte[] bytes, String name, Function<String, TariffSchedule> schedules) {
    ScenarioCatalogDto dto = CatalogueDtoParser.read(bytes, name);
    List<Entry> entries = entries(dto, name);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      scenarios.add(scenario(entries.get(i), "$.scenarios[" + i + "]", name, schedules, true));
    }
    Map<String, String> importers = new LinkedHashMap<>();
    scenarios.forEach(s -> importers.put(s.name(), s.schedule().importer()));
    return new Catalogue(scenarios, ScenarioGroups.read(dto.groups(), importers, name));
  }

  /**
   * Builds the scenario of a catalogue entry at JSON path {@code p}; compiled now when {@code
   * compile}, so stacking rules of overlays are checked (the bundled data is checked by its tests).
   */
  static Scenario scenario(
      Entry e, String p, String name, Function<String, TariffSchedule> schedules, boolean compile) {
    TariffSchedule schedule = schedule(schedules, e.schedule(), name, p + ".schedule");
    List<Measure> overlays = new ArrayList<>();
    for (int j = 0; j < e.overlays().size(); j++) {
      String op = p + ".overlays[" + j + "]";
      TariffSchedule overlay = schedule(schedules, e.overlays().get(j), name, op);
      if (!overlay.importer().equals(schedule.importer())
          || !overlay.currency().equals(schedule.currency())) {
        throw new ScheduleFileException(
            name,
            op,
            "overlay is for "
                + overlay.importer()
                + "/"
                + overlay.currency()
                + " but the schedule is for "
                + schedule.importer()
                + "/"
                + schedule.currency(),
            null);
      }
      overlays.addAll(overlay.measures());
    }
    try {
      Scenario scenario =
          Scenario.of(e.name(), e.description(), schedule, e.asOf(), overlays)
              .withNote(e.status())
              .withCoverageEnd(e.coverageEnd());
      if (compile) {
        scenario.compile();
      }
      return scenario;
    } catch (TariffImpactException | IllegalArgumentException ex) {
      throw new ScheduleFileException(name, p, ex.getMessage(), ex);
    }
  }

  private static TariffSchedule schedule(
      Function<String, TariffSchedule> schedules, String relative, String name, String p) {
    try {
      return Objects.requireNonNull(schedules.apply(relative), "schedule " + relative);
    } catch (TariffImpactException e) {
      throw new ScheduleFileException(name, p, e.getMessage(), e);
    }
  }

  static List<Entry> entries(ScenarioCatalogDto dto, String name) {
    if (!FORMAT.equals(dto.format())) {
      throw new ScheduleFileException(
          name, "$.format", "must be \"" + FORMAT + "\", was " + Excerpt.of(dto.format()), null);
    }
    if (dto.version() == null || dto.version() != VERSION) {
      throw new ScheduleFileException(
          name, "$.version", "must be " + VERSION + ", was " + dto.version(), null);
    }
    if (dto.scenarios() == null) {
      throw new ScheduleFileException(name, "$.scenarios", "is required", null);
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < dto.scenarios().size(); i++) {
      String p = "$.scenarios[" + i + "]";
      ScenarioDto s = dto.scenarios().get(i);
      if (s == null) {
        throw new ScheduleFileException(name, p, "must be an object, was null", null);
      }
      String scenarioName = required(s.name(), name, p + ".name");
      Integer earlier = names.putIfAbsent(scenarioName, i);
      if (earlier != null) {
        throw new ScheduleFileException(
            name,
            p + ".name",
            "duplicate scenario '"
                + Excerpt.of(scenarioName)
                + "' (also $.scenarios["
                + earlier
                + "])",
            null);
      }
      String description = required(s.description(), name, p + ".description");
      if (description.indexOf('\n') >= 0) {
        throw new ScheduleFileException(
            name, p + ".description", "must be one sentence on one line", null);
      }
      String schedule = required(s.schedule(), name, p + ".schedule");
      String asOfText = required(s.asOf(), name, p + ".asOf");
      LocalDate asOf;
      try {
        asOf = LocalDate.parse(asOfText);
      } catch (DateTimeParseException e) {
        throw new ScheduleFileException(
            name,
            p + ".asOf",
            "must be an ISO date YYYY-MM-DD, was '" + Excerpt.of(asOfText) + "'",
            e);
      }
      List<String> overlays = s.overlays() == null ? List.of() : s.overlays();
      for (int j = 0; j < overlays.size(); j++) {
        if (overlays.get(j) == null || overlays.get(j).isBlank()) {
          throw new ScheduleFileException(
              name, p + ".overlays[" + j + "]", "must be a schedule file path", null);
        }
      }
      String status = required(s.status(), name, p + ".status");
      LocalDate coverageEnd = null;
      if (s.coverageEnd() != null) {
        try {
          coverageEnd = LocalDate.parse(s.coverageEnd());
        } catch (DateTimeParseException e) {
          throw new ScheduleFileException(
              name,
              p + ".coverageEnd",
              "must be an ISO date YYYY-MM-DD, was '" + s.coverageEnd() + "'",
              e);
        }
      }
      try {
        entries.add(
            new Entry(scenarioName, description, schedule, asOf, overlays, status, coverageEnd));
      } catch (IllegalArgumentException e) {
        throw new ScheduleFileException(name, p, e.getMessage(), e);
      }
    }
    return List.copyOf(entries);
  }

  private static String required(String value, String name, String p) {
    if (value == null || value.isBlank()) {
      throw new ScheduleFileException(name, p, "is required and must be non-blank", null);
    }
    return value;
  }

  /**
   * Returns the JSON text of a catalogue.
   *
   * @param entries the entries
   * @return indented JSON ending with a newline
   */
  public static String toJson(List<Entry> entries) {
    ObjectNode root = FileSupport.mapper().createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ArrayNode array = root.putArray("scenarios");
    for (Entry e : entries) {
      ObjectNode o = array.addObject();
      o.put("name", e.name());
      o.put("description", e.description());
      o.put("schedule", e.schedule());
      o.put("asOf", e.asOf().toString());
      if (!e.overlays().isEmpty()) {
        ArrayNode overlays = o.putArray("overlays");
        e.overlays().forEach(overlays::add);
      }
      o.put("status", e.status());
      if (e.coverageEnd() != null) {
        o.put("coverageEnd", e.coverageEnd().toString());
      }
    }
    return FileSupport.mapper().writeValueAsString(root) + "\n";
  }

  /**
   * Writes a catalogue.
   *
   * @param entries the entries
   * @param file the file to create or replace
   * @throws ScheduleFileException if the file cannot be written
   */
  public static void write(List<Entry> entries, Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, toJson(entries), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScheduleFileException(file.toString(), "", "cannot write file: " + e, e);
    }
  }
}
