package dev.tariffimpact.io.schedule.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario catalogue into its records with Jackson's streaming parser, the fast path of
 * {@link FileSupport#readJson}: a quote reads the bundled {@code scenarios.json} at start-up, and
 * binding it through the mapper built the mapper, its bean deserializers and the JDK's locale data
 * for four small records.
 *
 * <p>Like {@link ScheduleDtoParser} it reads only what plainly fits the records ({@link
 * PlainJson}); on anything else it gives up with an empty result and the caller reads the file with
 * the strict mapper, so what a file reads to, and every message, is the mapper's.
 */
public final class CatalogueDtoParser {

  private final PlainJson json;

  private CatalogueDtoParser(PlainJson json) {
    this.json = json;
  }

  /**
   * Reads the records of a catalogue, if the file plainly fits them.
   *
   * @param bytes the JSON
   * @return the records, equal to what {@code FileSupport.readJson(bytes, ScenarioCatalogDto.class,
   *     name)} gives; empty when that mapper must read the file
   */
  public static Optional<ScenarioCatalogDto> tryRead(byte[] bytes) {
    return PlainJson.read(bytes, json -> new CatalogueDtoParser(json).catalogue());
  }

  /**
   * The {@code format} of a file given as a catalogue or a schedule, if it is plain JSON whose
   * {@code format} is a string: deciding which of the two a user's file is needs no mapper.
   *
   * @param bytes the JSON
   * @return the format text; empty when the strict mapper must read the file (to report its error)
   */
  public static Optional<String> tryFormat(byte[] bytes) {
    return PlainJson.read(bytes, json -> json.property("format"));
  }

  /**
   * Reads a catalogue's records: the streaming fast path, else (an error to report, a value to
   * coerce) the strict mapper.
   *
   * @param bytes the JSON
   * @param name the file name used in messages
   * @return the records, never null
   * @throws dev.tariffimpact.io.schedule.ScheduleFileException naming file and JSON path
   */
  public static ScenarioCatalogDto read(byte[] bytes, String name) {
    return tryRead(bytes)
        .orElseGet(() -> FileSupport.readJson(bytes, ScenarioCatalogDto.class, name));
  }

  private ScenarioCatalogDto catalogue() {
    String format = null;
    Integer version = null;
    List<ScenarioDto> scenarios = null;
    List<ScenarioGroupDto> groups = null;
    Set<String> seen = new HashSet<>();
    for (String name = json.name(seen); name != null; name = json.name(seen)) {
      switch (name) {
        case "format" -> format = json.string();
        case "version" -> version = json.integer();
        case "scenarios" -> scenarios = json.objects(this::scenario);
        case "groups" -> groups = json.objects(this::group);
        default -> throw json.giveUp();
      }
    }
    return new ScenarioCatalogDto(format, version, scenarios, groups);
  }

  private ScenarioDto scenario() {
    String[] s = new String[6];
    List<String> overlays = null;
    Set<String> seen = new HashSet<>();
    for (String name = json.name(seen); name != null; name = json.name(seen)) {
      switch (name) {
        case "name" -> s[0] = json.string();
        case "description" -> s[1] = json.string();
        case "schedule" -> s[2] = json.string();
        case "asOf" -> s[3] = json.string();
        case "overlays" -> overlays = json.strings();
        case "status" -> s[4] = json.string();
        case "coverageEnd" -> s[5] = json.string();
        default -> throw json.giveUp();
      }
    }
    return new ScenarioDto(s[0], s[1], s[2], s[3], overlays, s[4], s[5]);
  }

  private ScenarioGroupDto group() {
    String name = null;
    String description = null;
    List<String> scenarios = null;
    List<String> headlineFor = null;
    Set<String> seen = new HashSet<>();
    for (String p = json.name(seen); p != null; p = json.name(seen)) {
      switch (p) {
        case "name" -> name = json.string();
        case "description" -> description = json.string();
        case "scenarios" -> scenarios = json.strings();
        case "headlineFor" -> headlineFor = json.strings();
        default -> throw json.giveUp();
      }
    }
    return new ScenarioGroupDto(name, description, scenarios, headlineFor);
  }
}
