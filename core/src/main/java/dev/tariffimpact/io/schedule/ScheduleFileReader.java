package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.schedule.internal.IsoDates;
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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validation of one schedule file's records into the domain, with file and JSON path in every
 * error; see {@link ScheduleJson} for the format. Scopes are read by {@link ScopeReader}.
 */
final class ScheduleFileReader {
  private final String name;
  private final ScopeReader scopes;

  ScheduleFileReader(String name, Path baseDirectory, ReferencePolicy policy) {
    this.name = name;
    this.scopes = new ScopeReader(name, baseDirectory, policy);
  }

  private ScheduleFileException fail(String path, String detail) {
    return new ScheduleFileException(name, path, detail, null);
  }

  private ScheduleFileException fail(String path, TariffImpactException e) {
    return new ScheduleFileException(name, path, e.getMessage(), e);
  }

  TariffSchedule schedule(ScheduleFileDto dto) {
    if (!ScheduleJson.FORMAT.equals(dto.format())) {
      throw fail(
          "$.format", "must be \"" + ScheduleJson.FORMAT + "\", was " + quoted(dto.format()));
    }
    if (dto.version() == null || dto.version() != ScheduleJson.VERSION) {
      throw fail("$.version", "must be " + ScheduleJson.VERSION + ", was " + dto.version());
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
          if (!ids.contains(ref)
              && !ScheduleJson.isKindName(ref)
              && !Measure.isFamilyReference(ref)) {
            throw fail(
                "$.measures[" + i + "]." + f.getKey() + "[" + j + "]",
                "names no measure '"
                    + Excerpt.of(ref)
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
        || ScheduleJson.isKindName(id)) {
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
    b.scope(scopes.scope(m.scope(), p + ".scope"));
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
      return IsoDates.parse(text);
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
