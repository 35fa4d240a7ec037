package dev.tariffimpact.io.schedule.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a schedule file into its records with Jackson's streaming parser, the fast path of {@link
 * FileSupport#readJson}: binding the five record types by reflection was the largest part of
 * reading {@code us-india.json} at a quote's start-up.
 *
 * <p>It reads only what plainly fits the records: a string where a string is declared, a whole
 * number for {@code version}, true or false for {@code overlay}, arrays of strings or objects, a
 * scope written as text, {@code null} for an absent value. Anything else (an unknown or repeated
 * property, another token type, a scope object, malformed JSON, trailing content) gives up with an
 * empty result, and the caller reads the file with the strict mapper, which then reports the error
 * with its usual message and JSON path, or reads what the mapper alone coerces. So what a file
 * reads to, and every message, is the mapper's; this class only gets there sooner.
 */
public final class ScheduleDtoParser {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Thrown to give up; without a stack trace, as it only ever leads to the mapper's reading. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  private final JsonParser p;

  private ScheduleDtoParser(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads the records of a schedule file, if the file plainly fits them.
   *
   * @param bytes the JSON
   * @return the records, equal to what {@code FileSupport.readJson(bytes, ScheduleFileDto.class,
   *     name)} gives; empty when that mapper must read the file (to report its error, or to coerce)
   */
  public static Optional<ScheduleFileDto> tryRead(byte[] bytes) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      ScheduleDtoParser reader = new ScheduleDtoParser(parser);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      ScheduleFileDto dto = reader.file();
      return parser.nextToken() == null ? Optional.of(dto) : Optional.empty();
    } catch (NotPlain | JacksonException e) {
      return Optional.empty();
    }
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
    for (String name = name(seen); name != null; name = name(seen)) {
      switch (name) {
        case "format" -> format = string();
        case "version" -> version = integer();
        case "importer" -> importer = string();
        case "currency" -> currency = string();
        case "description" -> description = string();
        case "overlay" -> overlay = bool();
        case "measures" -> measures = measures();
        default -> throw new NotPlain();
      }
    }
    return new ScheduleFileDto(format, version, importer, currency, description, overlay, measures);
  }

  private List<MeasureDto> measures() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.START_ARRAY);
    List<MeasureDto> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      expect(t, JsonToken.START_OBJECT);
      out.add(measure());
    }
    return out;
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
    for (String name = name(seen); name != null; name = name(seen)) {
      switch (name) {
        case "id" -> s[0] = string();
        case "title" -> s[1] = string();
        case "legalBasis" -> s[2] = string();
        case "kind" -> s[3] = string();
        case "base" -> s[4] = string();
        case "scope" -> scope = scope();
        case "origins" -> s[5] = string();
        case "validFrom" -> s[6] = string();
        case "validTo" -> s[7] = string();
        case "rate" -> s[8] = string();
        case "excludes" -> excludes = strings();
        case "excludedBy" -> excludedBy = strings();
        case "replaces" -> replaces = strings();
        case "dutyBaseMeasures" -> dutyBaseMeasures = strings();
        case "chapter99" -> s[9] = string();
        case "status" -> s[10] = string();
        case "provenance" -> provenance = provenance();
        case "family" -> s[11] = string();
        case "claim" -> s[12] = string();
        case "inTransit" -> inTransit = inTransit();
        case "total" -> total = total();
        default -> throw new NotPlain();
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
    String[] v = strings("source", "confidence", "note");
    return v == null ? null : new ProvenanceDto(v[0], v[1], v[2]);
  }

  private InTransitDto inTransit() {
    String[] v = strings("exportedOnOrBefore", "enteredOnOrBefore");
    return v == null ? null : new InTransitDto(v[0], v[1]);
  }

  private TotalDto total() {
    String[] v = strings("atLeast", "atMost");
    return v == null ? null : new TotalDto(v[0], v[1]);
  }

  /**
   * A flat object of string properties, their values in the order named (null where absent), or
   * null for a JSON null; gives up on any other property.
   */
  private String[] strings(String... names) {
    if (!object()) {
      return null;
    }
    List<String> known = List.of(names);
    String[] v = new String[names.length];
    Set<String> seen = new HashSet<>();
    for (String name = name(seen); name != null; name = name(seen)) {
      int k = known.indexOf(name);
      if (k < 0) {
        throw new NotPlain();
      }
      v[k] = string();
    }
    return v;
  }

  /** True at the start of an object, false for null; gives up on anything else. */
  private boolean object() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    expect(t, JsonToken.START_OBJECT);
    return true;
  }

  /**
   * The next property name of the current object, or null at its end; gives up on a repeated one
   * (the parser's own duplicate check throws first).
   */
  private String name(Set<String> seen) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    expect(t, JsonToken.PROPERTY_NAME);
    String name = p.currentName();
    if (!seen.add(name)) {
      throw new NotPlain();
    }
    return name;
  }

  private JsonNode scope() {
    JsonToken t = p.nextToken();
    expect(t, JsonToken.VALUE_STRING); // a scope object or null: the mapper reads those
    return JsonNodeFactory.instance.stringNode(p.getString());
  }

  private String string() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.VALUE_STRING);
    return p.getString();
  }

  private Integer integer() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new NotPlain();
    }
    return p.getIntValue();
  }

  private Boolean bool() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw new NotPlain();
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private List<String> strings() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.START_ARRAY);
    List<String> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      expect(t, JsonToken.VALUE_STRING);
      out.add(p.getString());
    }
    return out;
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new NotPlain();
    }
  }
}
