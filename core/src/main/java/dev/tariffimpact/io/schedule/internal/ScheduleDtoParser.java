package dev.tariffimpact.io.schedule.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads a schedule file into its records with Jackson's streaming parser, the fast path of {@link
 * FileSupport#readJson}: binding the five record types by reflection was the largest part of
 * reading {@code us-india.json} at a quote's start-up.
 *
 * <p>It reads only what plainly fits the records ({@link PlainJson}), and a scope written as text.
 * Anything else (an unknown or repeated property, another token type, a scope object, malformed
 * JSON, trailing content) gives up with an empty result, and the caller reads the file with the
 * strict mapper, which then reports the error with its usual message and JSON path, or reads what
 * the mapper alone coerces. So what a file reads to, and every message, is the mapper's; this class
 * only gets there sooner.
 */
public final class ScheduleDtoParser {

  private final PlainJson json;

  private ScheduleDtoParser(PlainJson json) {
    this.json = json;
  }

  /**
   * Reads the records of a schedule file, if the file plainly fits them.
   *
   * @param bytes the JSON
   * @return the records, equal to what {@code FileSupport.readJson(bytes, ScheduleFileDto.class,
   *     name)} gives; empty when that mapper must read the file (to report its error, or to coerce)
   */
  public static Optional<ScheduleFileDto> tryRead(byte[] bytes) {
    return PlainJson.read(bytes, json -> new ScheduleDtoParser(json).file());
  }

  private ScheduleFileDto file() {
    String format = null;
    Integer version = null;
    String importer = null;
    String currency = null;
    String description = null;
    Boolean overlay = null;
    List<MeasureDto> measures = null;
    Set<String> seen = new HashSet<>();
    for (String name = json.name(seen); name != null; name = json.name(seen)) {
      switch (name) {
        case "format" -> format = json.string();
        case "version" -> version = json.integer();
        case "importer" -> importer = json.string();
        case "currency" -> currency = json.string();
        case "description" -> description = json.string();
        case "overlay" -> overlay = json.bool();
        case "measures" -> measures = json.objects(this::measure);
        default -> throw json.giveUp();
      }
    }
    return new ScheduleFileDto(format, version, importer, currency, description, overlay, measures);
  }

  private MeasureDto measure() {
    String[] s = new String[14];
    JsonNode scope = null;
    List<String> excludes = null;
    List<String> excludedBy = null;
    List<String> replaces = null;
    List<String> dutyBaseMeasures = null;
    ProvenanceDto provenance = null;
    InTransitDto inTransit = null;
    TotalDto total = null;
    Set<String> seen = new HashSet<>();
    for (String name = json.name(seen); name != null; name = json.name(seen)) {
      switch (name) {
        case "id" -> s[0] = json.string();
        case "title" -> s[1] = json.string();
        case "legalBasis" -> s[2] = json.string();
        case "kind" -> s[3] = json.string();
        case "base" -> s[4] = json.string();
        // a scope object or null: the mapper reads those
        case "scope" -> scope = StringNode.valueOf(json.text());
        case "origins" -> s[5] = json.string();
        case "validFrom" -> s[6] = json.string();
        case "validTo" -> s[7] = json.string();
        case "rate" -> s[8] = json.string();
        case "excludes" -> excludes = json.strings();
        case "excludedBy" -> excludedBy = json.strings();
        case "replaces" -> replaces = json.strings();
        case "dutyBaseMeasures" -> dutyBaseMeasures = json.strings();
        case "chapter99" -> s[9] = json.string();
        case "status" -> s[10] = json.string();
        case "provenance" -> provenance = provenance();
        case "family" -> s[11] = json.string();
        case "claim" -> s[12] = json.string();
        case "inTransit" -> inTransit = inTransit();
        case "total" -> total = total();
        default -> throw json.giveUp();
      }
    }
    return new MeasureDto(
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        scope,
        s[5],
        s[6],
        s[7],
        s[8],
        excludes,
        excludedBy,
        replaces,
        dutyBaseMeasures,
        s[9],
        s[10],
        provenance,
        s[11],
        s[12],
        inTransit,
        total);
  }

  private ProvenanceDto provenance() {
    String[] v = json.fields("source", "confidence", "note");
    return v == null ? null : new ProvenanceDto(v[0], v[1], v[2]);
  }

  private InTransitDto inTransit() {
    String[] v = json.fields("exportedOnOrBefore", "enteredOnOrBefore");
    return v == null ? null : new InTransitDto(v[0], v[1]);
  }

  private TotalDto total() {
    String[] v = json.fields("atLeast", "atMost");
    return v == null ? null : new TotalDto(v[0], v[1]);
  }
}
