package dev.tariffimpact.io.schedule;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import dev.tariffimpact.io.schedule.internal.ScheduleDtoParser;
import dev.tariffimpact.io.schedule.internal.ScheduleFileDto;
import dev.tariffimpact.rate.RateParser;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.OriginScope;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes schedule files: the JSON format documented in {@code docs/schedule-format.md}
 * and {@code docs/schedule.schema.json}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * TariffSchedule us = ScheduleJson.read(Path.of("data/us-india.json"));
 * ScheduleJson.write(us, Path.of("out/us-india.json"));
 * }</pre>
 *
 * <p>Files are read into plain records (no polymorphic typing, unknown properties and duplicate
 * keys rejected, at most 64 MiB), then validated into the domain. Rates are rate text parsed by
 * {@link RateParser}, scopes {@link CodeScope} text or an object naming product-list files
 * (relative to the schedule file), origins {@link OriginScope} text. Every error names the file and
 * the JSON path, e.g. {@code schedule.json: $.measures[3].rate: ...}.
 *
 * <p>Unless the file says {@code "overlay": true}, every id named by {@code excludes}, {@code
 * excludedBy}, {@code replaces} and {@code dutyBaseMeasures} must be a measure of the same file (or
 * a kind name), and the stacking rules must be acyclic; overlay files are checked when a scenario
 * compiles them on top of their schedule.
 */
public final class ScheduleJson {

  /** The value of the {@code format} property. */
  public static final String FORMAT = "tariff-impact/schedule";

  /** The supported value of the {@code version} property. */
  public static final int VERSION = 1;

  /** The largest schedule, catalogue, category or product-list file read: 64 MiB. */
  public static final long MAX_BYTES = FileSupport.MAX_BYTES;

  private ScheduleJson() {}

  /**
   * Reads a schedule file; product-list references resolve against the file's directory.
   *
   * @param file the JSON file
   * @return the validated schedule
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static TariffSchedule read(Path file) {
    return read(file, ReferencePolicy.CONFINED);
  }

  /**
   * Reads a schedule file, naming which product-list paths it may reference.
   *
   * @param file the JSON file (read once, at most 64 MiB whatever the file type)
   * @param policy {@link ReferencePolicy#CONFINED} (the default of {@link #read(Path)}) or {@link
   *     ReferencePolicy#ALLOW_EXTERNAL}
   * @return the validated schedule
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static TariffSchedule read(Path file, ReferencePolicy policy) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(policy, "policy");
    String name = file.toString();
    byte[] bytes = FileSupport.readBounded(file, name);
    return fromBytes(bytes, name, directoryOf(file), policy);
  }

  /**
   * Reads a schedule from a stream (for example a classpath resource).
   *
   * @param in the JSON stream, not closed
   * @param name the name used in messages, e.g. {@code "us-india.json"}
   * @param baseDirectory where product-list references resolve
   * @return the validated schedule
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static TariffSchedule read(InputStream in, String name, Path baseDirectory) {
    return read(in, name, baseDirectory, ReferencePolicy.CONFINED);
  }

  /**
   * Reads a schedule from a stream, naming which product-list paths it may reference.
   *
   * @param in the JSON stream, not closed; at most 64 MiB are read
   * @param name the name used in messages
   * @param baseDirectory where product-list references resolve
   * @param policy which paths a reference may name
   * @return the validated schedule
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static TariffSchedule read(
      InputStream in, String name, Path baseDirectory, ReferencePolicy policy) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(policy, "policy");
    return fromBytes(FileSupport.readBounded(in, name), name, baseDirectory, policy);
  }

  /**
   * Parses schedule JSON text.
   *
   * @param json the JSON text
   * @param name the name used in messages
   * @param baseDirectory where product-list references resolve
   * @return the validated schedule
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  public static TariffSchedule parse(String json, String name, Path baseDirectory) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > FileSupport.MAX_BYTES) {
      throw new ScheduleFileException(name, "", "input is more than the limit of 64 MiB", null);
    }
    return fromBytes(bytes, name, baseDirectory, ReferencePolicy.CONFINED);
  }

  /**
   * Reads a bundled schedule file with only the measures a quote of one code can meet ({@link
   * MeasureSelection}), whichever parser reads it.
   *
   * @param in the stream, read fully
   * @param name the name used in messages
   * @param baseDirectory where product-list references resolve
   * @param code the code quoted
   * @return the validated schedule of the kept measures
   * @throws ScheduleFileException naming the file and JSON path of the first error
   */
  static TariffSchedule readAround(
      InputStream in, String name, Path baseDirectory, ProductCode code) {
    return fromBytes(
        FileSupport.readBounded(in, name),
        name,
        baseDirectory,
        ReferencePolicy.CONFINED,
        dto -> MeasureSelection.around(dto, code));
  }

  static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static TariffSchedule fromBytes(
      byte[] bytes, String name, Path baseDirectory, ReferencePolicy policy) {
    return fromBytes(bytes, name, baseDirectory, policy, UnaryOperator.identity());
  }

  /** Reads the bytes, keeps what {@code narrow} keeps of the file, and checks it into measures. */
  private static TariffSchedule fromBytes(
      byte[] bytes,
      String name,
      Path baseDirectory,
      ReferencePolicy policy,
      UnaryOperator<ScheduleFileDto> narrow) {
    // The streaming fast path, else (an error to report, a value to coerce) the strict mapper.
    ScheduleFileDto dto =
        ScheduleDtoParser.tryRead(bytes)
            .orElseGet(() -> FileSupport.readJson(bytes, ScheduleFileDto.class, name));
    return new ScheduleFileReader(name, baseDirectory, policy).schedule(narrow.apply(dto));
  }

  /**
   * Writes a schedule file. Scopes are written as scope text (product lists expanded to their
   * codes); {@code "overlay": true} is written when a stacking rule names a measure outside the
   * schedule.
   *
   * @param schedule the schedule
   * @param file the file to create or replace
   * @throws ScheduleFileException if the file cannot be written
   */
  public static void write(TariffSchedule schedule, Path file) {
    Objects.requireNonNull(file, "file");
    String json = toJson(schedule);
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScheduleFileException(file.toString(), "", "cannot write file: " + e, e);
    }
  }

  /**
   * Returns the JSON text of a schedule, as {@link #write} writes it.
   *
   * @param schedule the schedule
   * @return indented JSON ending with a newline
   */
  public static String toJson(TariffSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    ObjectNode root = FileSupport.mapper().createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("importer", schedule.importer());
    root.put("currency", schedule.currency().getCurrencyCode());
    if (!schedule.description().isEmpty()) {
      root.put("description", schedule.description());
    }
    if (!referencesResolve(schedule)) {
      root.put("overlay", true);
    }
    ArrayNode measures = root.putArray("measures");
    for (Measure m : schedule.measures()) {
      ObjectNode o = measures.addObject();
      o.put("id", m.id());
      o.put("title", m.title());
      if (!m.legalBasis().isEmpty()) {
        o.put("legalBasis", m.legalBasis());
      }
      o.put("kind", m.kind().name());
      o.put("base", m.base().name());
      o.put("scope", m.scope().toString());
      o.put("origins", m.origins().toString());
      o.put("validFrom", m.validity().fromInclusive().toString());
      if (m.validity().isBounded()) {
        o.put("validTo", m.validity().toInclusive().toString());
      }
      o.put("rate", m.rate().toString());
      putList(o, "excludes", m.excludes());
      putList(o, "excludedBy", m.excludedBy());
      putList(o, "replaces", m.replaces());
      putList(o, "dutyBaseMeasures", m.dutyBaseMeasures());
      if (m.chapter99Heading() != null) {
        o.put("chapter99", m.chapter99Heading().toString());
      }
      o.put("status", m.status().name());
      if (!m.family().isEmpty()) {
        o.put("family", m.family());
      }
      if (m.claim() != null) {
        o.put("claim", m.claim());
      }
      if (m.inTransit() != null) {
        ObjectNode t = o.putObject("inTransit");
        t.put("exportedOnOrBefore", m.inTransit().exportedOnOrBefore().toString());
        t.put("enteredOnOrBefore", m.inTransit().enteredOnOrBefore().toString());
      }
      if (m.total() != null) {
        ObjectNode t = o.putObject("total");
        if (m.total().atLeast() != null) {
          t.put("atLeast", m.total().atLeast().toPlainString());
        }
        if (m.total().atMost() != null) {
          t.put("atMost", m.total().atMost().toPlainString());
        }
      }
      ObjectNode p = o.putObject("provenance");
      p.put("source", m.provenance().source());
      p.put("confidence", m.provenance().confidence().name());
      if (!m.provenance().note().isEmpty()) {
        p.put("note", m.provenance().note());
      }
    }
    return FileSupport.mapper().writeValueAsString(root) + "\n";
  }

  private static void putList(ObjectNode o, String field, Set<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = o.putArray(field);
      values.forEach(array::add);
    }
  }

  private static boolean referencesResolve(TariffSchedule schedule) {
    Set<String> ids =
        schedule.measures().stream()
            .map(Measure::id)
            .collect(Collectors.toCollection(HashSet::new));
    for (Measure m : schedule.measures()) {
      for (Set<String> refs :
          List.of(m.excludes(), m.excludedBy(), m.replaces(), m.dutyBaseMeasures())) {
        for (String ref : refs) {
          if (!ids.contains(ref) && !isKindName(ref) && !Measure.isFamilyReference(ref)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  static boolean isKindName(String s) {
    return Arrays.stream(MeasureKind.values()).anyMatch(k -> k.name().equals(s));
  }
}
