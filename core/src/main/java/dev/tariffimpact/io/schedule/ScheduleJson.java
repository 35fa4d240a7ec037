package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import dev.tariffimpact.io.schedule.internal.MeasureDto;
import dev.tariffimpact.io.schedule.internal.ProvenanceDto;
import dev.tariffimpact.io.schedule.internal.ScheduleFileDto;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateParser;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.InTransit;
import dev.tariffimpact.schedule.InvalidScheduleException;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.MeasureStatus;
import dev.tariffimpact.schedule.OriginScope;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.TotalLimit;
import dev.tariffimpact.schedule.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
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

  private static final Set<String> SCOPE_KEYS =
      Set.of("include", "includeLists", "exclude", "excludeLists");

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

  static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static TariffSchedule fromBytes(
      byte[] bytes, String name, Path baseDirectory, ReferencePolicy policy) {
    ScheduleFileDto dto = FileSupport.readJson(bytes, ScheduleFileDto.class, name);
    return new Reader(name, baseDirectory, policy).schedule(dto);
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
    ObjectNode root = FileSupport.MAPPER.createObjectNode();
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
    return FileSupport.MAPPER.writeValueAsString(root) + "\n";
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

  /** Validation of one file's records into the domain, with file and path in every error. */
  private static final class Reader {
    private final String name;
    private final Path baseDirectory;
    private final ReferencePolicy policy;
    private final Map<Path, List<ProductCode>> lists = new HashMap<>();

    Reader(String name, Path baseDirectory, ReferencePolicy policy) {
      this.name = name;
      this.baseDirectory = baseDirectory;
      this.policy = policy;
    }

    private ScheduleFileException fail(String path, String detail) {
      return new ScheduleFileException(name, path, detail, null);
    }

    private ScheduleFileException fail(String path, TariffImpactException e) {
      return new ScheduleFileException(name, path, e.getMessage(), e);
    }

    TariffSchedule schedule(ScheduleFileDto dto) {
      if (!FORMAT.equals(dto.format())) {
        throw fail("$.format", "must be \"" + FORMAT + "\", was " + quoted(dto.format()));
      }
      if (dto.version() == null || dto.version() != VERSION) {
        throw fail("$.version", "must be " + VERSION + ", was " + dto.version());
      }
      String importer = required(dto.importer(), "$.importer");
      Currency currency = currency(required(dto.currency(), "$.currency"), "$.currency");
      if (dto.measures() == null) {
        throw fail("$.measures", "is required (an array of measures, may be empty)");
      }
      List<Measure> measures = new ArrayList<>();
      Map<String, Integer> firstIndex = new HashMap<>();
      for (int i = 0; i < dto.measures().size(); i++) {
        String path = "$.measures[" + i + "]";
        MeasureDto m = dto.measures().get(i);
        if (m == null) {
          throw fail(path, "must be an object, was null");
        }
        Measure measure = measure(m, path);
        Integer earlier = firstIndex.putIfAbsent(measure.id(), i);
        if (earlier != null) {
          throw fail(
              path + ".id",
              "duplicate measure id '"
                  + Excerpt.of(measure.id())
                  + "' (also $.measures["
                  + earlier
                  + "])");
        }
        measures.add(measure);
      }
      boolean overlay = Boolean.TRUE.equals(dto.overlay());
      if (!overlay) {
        checkReferences(dto.measures(), firstIndex.keySet());
      }
      TariffSchedule schedule;
      try {
        schedule =
            TariffSchedule.of(
                importer, currency, dto.description() == null ? "" : dto.description(), measures);
      } catch (TariffImpactException e) {
        throw fail("$.importer", e);
      }
      if (!overlay) {
        try {
          CompiledSchedule.of(schedule, LocalDate.EPOCH);
        } catch (InvalidScheduleException e) {
          throw fail("$.measures", e);
        }
      }
      return schedule;
    }

    private void checkReferences(List<MeasureDto> dtos, Set<String> ids) {
      for (int i = 0; i < dtos.size(); i++) {
        MeasureDto m = dtos.get(i);
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        fields.put("excludes", m.excludes());
        fields.put("excludedBy", m.excludedBy());
        fields.put("replaces", m.replaces());
        fields.put("dutyBaseMeasures", m.dutyBaseMeasures());
        for (Map.Entry<String, List<String>> f : fields.entrySet()) {
          List<String> refs = f.getValue() == null ? List.of() : f.getValue();
          for (int j = 0; j < refs.size(); j++) {
            String ref = refs.get(j).strip();
            if (!ids.contains(ref) && !isKindName(ref) && !Measure.isFamilyReference(ref)) {
              throw fail(
                  "$.measures[" + i + "]." + f.getKey() + "[" + j + "]",
                  "names no measure '"
                      + ref
                      + "' of this file (nor a measure kind); a file that adds to another"
                      + " schedule must say \"overlay\": true");
            }
          }
        }
      }
    }

    private Measure measure(MeasureDto m, String p) {
      String id = required(m.id(), p + ".id");
      if (id.isBlank()
          || id.chars().anyMatch(Character::isWhitespace)
          || id.indexOf(',') >= 0
          || isKindName(id)) {
        throw fail(
            p + ".id",
            "must be non-blank without white space or commas and not a kind name: '"
                + Excerpt.of(id)
                + "'");
      }
      Measure.Builder b = Measure.builder(id);
      if (m.title() != null) {
        b.title(m.title());
      }
      if (m.legalBasis() != null) {
        b.legalBasis(m.legalBasis());
      }
      b.kind(enumValue(MeasureKind.class, required(m.kind(), p + ".kind"), p + ".kind"));
      if (m.base() != null) {
        b.base(enumValue(DutyBase.class, m.base(), p + ".base"));
      }
      b.scope(scope(m.scope(), p + ".scope"));
      String origins = required(m.origins(), p + ".origins");
      try {
        b.origins(OriginScope.parse(origins));
      } catch (TariffImpactException e) {
        throw fail(p + ".origins", e);
      }
      LocalDate from = date(required(m.validFrom(), p + ".validFrom"), p + ".validFrom");
      LocalDate to = m.validTo() == null ? null : date(m.validTo(), p + ".validTo");
      try {
        b.validity(new Validity(from, to));
      } catch (IllegalArgumentException e) {
        throw fail(p + ".validTo", e.getMessage());
      }
      String rateText = required(m.rate(), p + ".rate");
      Rate rate;
      try {
        rate = RateParser.parse(rateText);
      } catch (TariffImpactException e) {
        throw fail(p + ".rate", e);
      }
      b.rate(rate);
      b.excludes(references(m.excludes(), p + ".excludes"));
      b.excludedBy(references(m.excludedBy(), p + ".excludedBy"));
      b.replaces(references(m.replaces(), p + ".replaces"));
      b.dutyBaseMeasures(references(m.dutyBaseMeasures(), p + ".dutyBaseMeasures"));
      if (m.chapter99() != null) {
        try {
          b.chapter99Heading(ProductCode.parse(m.chapter99()));
        } catch (InvalidCodeException e) {
          throw fail(p + ".chapter99", e);
        }
      }
      if (m.status() != null) {
        b.status(enumValue(MeasureStatus.class, m.status(), p + ".status"));
      }
      b.provenance(provenance(m.provenance(), p + ".provenance"));
      if (m.family() != null) {
        b.family(m.family());
      }
      b.claim(m.claim());
      if (m.inTransit() != null) {
        LocalDate exported =
            date(
                required(m.inTransit().exportedOnOrBefore(), p + ".inTransit.exportedOnOrBefore"),
                p + ".inTransit.exportedOnOrBefore");
        LocalDate entered =
            date(
                required(m.inTransit().enteredOnOrBefore(), p + ".inTransit.enteredOnOrBefore"),
                p + ".inTransit.enteredOnOrBefore");
        try {
          b.inTransit(InTransit.of(exported, entered));
        } catch (IllegalArgumentException e) {
          throw fail(p + ".inTransit", e.getMessage());
        }
      }
      if (m.total() != null) {
        try {
          b.total(
              new TotalLimit(
                  percent(m.total().atLeast(), p + ".total.atLeast"),
                  percent(m.total().atMost(), p + ".total.atMost")));
        } catch (IllegalArgumentException e) {
          throw fail(p + ".total", e.getMessage());
        }
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw fail(p, e.getMessage());
      }
    }

    private BigDecimal percent(String text, String p) {
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        throw fail(p, "must be a percentage such as 15, was '" + text + "'");
      }
    }

    private Provenance provenance(ProvenanceDto dto, String p) {
      if (dto == null) {
        throw fail(p, "is required: {\"source\": ..., \"confidence\": \"V\" | \"R\" | \"U\"}");
      }
      String source = required(dto.source(), p + ".source");
      if (source.isBlank()) {
        throw fail(p + ".source", "must be non-blank");
      }
      Confidence confidence =
          enumValue(
              Confidence.class, required(dto.confidence(), p + ".confidence"), p + ".confidence");
      return Provenance.of(source, confidence, dto.note() == null ? "" : dto.note());
    }

    private List<String> references(List<String> refs, String p) {
      if (refs == null) {
        return List.of();
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int j = 0; j < refs.size(); j++) {
        String ref = refs.get(j);
        if (ref == null || ref.isBlank()) {
          throw fail(p + "[" + j + "]", "must be a measure id or kind name, was " + quoted(ref));
        }
        if (!seen.add(ref.strip())) {
          throw fail(p + "[" + j + "]", "repeats '" + Excerpt.of(ref.strip()) + "'");
        }
      }
      return List.copyOf(seen);
    }

    private CodeScope scope(JsonNode node, String p) {
      if (node == null || node.isNull()) {
        throw fail(p, "is required: scope text such as \"50-63 except 5601\" or an object");
      }
      if (node.isString()) {
        try {
          return CodeScope.parse(node.stringValue());
        } catch (InvalidCodeException e) {
          throw fail(p, e);
        }
      }
      if (!node.isObject()) {
        throw fail(
            p, "must be scope text or an object with include/includeLists/exclude/excludeLists");
      }
      for (String key : node.propertyNames()) {
        if (!SCOPE_KEYS.contains(key)) {
          throw fail(
              p + "." + key,
              "unknown property; a scope object has include, includeLists, exclude, excludeLists");
        }
      }
      boolean everything = false;
      List<CodeRange> includes = new ArrayList<>();
      List<CodeRange> excludes = new ArrayList<>();
      JsonNode include = node.get("include");
      if (include != null && !include.isNull()) {
        CodeScope parsed = scopeText(include, p + ".include");
        everything = parsed.isEverything();
        includes.addAll(parsed.includes());
        excludes.addAll(parsed.excludes());
      }
      for (ProductCode code : listCodes(node.get("includeLists"), p + ".includeLists")) {
        includes.add(CodeRange.of(code));
      }
      if (everything && !includes.isEmpty()) {
        throw fail(p + ".includeLists", "cannot add product lists to an include of *");
      }
      JsonNode exclude = node.get("exclude");
      if (exclude != null && !exclude.isNull()) {
        CodeScope parsed = scopeText(exclude, p + ".exclude");
        if (parsed.isEverything()) {
          throw fail(p + ".exclude", "cannot exclude * (the scope would be empty)");
        }
        if (!parsed.excludes().isEmpty()) {
          throw fail(p + ".exclude", "an exclusion cannot itself have 'except'");
        }
        excludes.addAll(parsed.includes());
      }
      for (ProductCode code : listCodes(node.get("excludeLists"), p + ".excludeLists")) {
        excludes.add(CodeRange.of(code));
      }
      if (everything) {
        return CodeScope.allExcept(excludes);
      }
      if (includes.isEmpty()) {
        throw fail(p, "must include something: 'include' text or 'includeLists'");
      }
      return CodeScope.of(includes, excludes);
    }

    private CodeScope scopeText(JsonNode node, String p) {
      if (!node.isString()) {
        throw fail(p, "must be scope text such as \"50-63, 6403\"");
      }
      try {
        return CodeScope.parse(node.stringValue());
      } catch (InvalidCodeException e) {
        throw fail(p, e);
      }
    }

    private List<ProductCode> listCodes(JsonNode node, String p) {
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (!node.isArray()) {
        throw fail(p, "must be an array of product-list file paths");
      }
      List<ProductCode> codes = new ArrayList<>();
      for (int j = 0; j < node.size(); j++) {
        JsonNode item = node.get(j);
        if (!item.isString() || item.stringValue().isBlank()) {
          throw fail(p + "[" + j + "]", "must be a product-list file path");
        }
        Path file =
            FileSupport.resolveReference(
                baseDirectory, item.stringValue(), policy, name, p + "[" + j + "]");
        List<ProductCode> list = lists.get(file);
        if (list == null) {
          if (!Files.exists(file)) {
            throw fail(
                p + "[" + j + "]",
                "product list '"
                    + Excerpt.of(item.stringValue())
                    + "' does not exist in "
                    + baseDirectory);
          }
          try {
            list = ProductLists.read(file);
          } catch (ScheduleFileException e) {
            throw fail(p + "[" + j + "]", e);
          }
          lists.put(file, list);
        }
        codes.addAll(list);
      }
      return codes;
    }

    private String required(String value, String p) {
      if (value == null) {
        throw fail(p, "is required");
      }
      return value;
    }

    private Currency currency(String code, String p) {
      if (!code.matches("[A-Z]{3}")) {
        throw fail(p, "must be an ISO 4217 code such as USD, was '" + Excerpt.of(code) + "'");
      }
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw fail(p, "unknown ISO 4217 currency '" + Excerpt.of(code) + "'");
      }
    }

    private LocalDate date(String text, String p) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(p, "must be an ISO date YYYY-MM-DD, was '" + Excerpt.of(text) + "'");
      }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String p) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw fail(
          p,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", was '"
              + Excerpt.of(text)
              + "'");
    }

    private static String quoted(String s) {
      return s == null ? "null" : "'" + Excerpt.of(s) + "'";
    }
  }
}
