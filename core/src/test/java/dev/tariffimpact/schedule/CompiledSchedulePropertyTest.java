package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The compiled index must give the same answer as a brute-force scan of every measure that applies
 * the documented rules directly (stacking by fixpoint iteration instead of topological order).
 */
class CompiledSchedulePropertyTest {

  private static final String[] SCOPES = {
    "*",
    "* except 98",
    "* except 6109, 72",
    "61",
    "6109",
    "6109.10",
    "6109.10.00",
    "6109.10.00.12",
    "50-63",
    "61-62 except 6110",
    "6101-6110",
    "7208-7229",
    "72 except 7208.51",
    "6109, 72",
    "98",
    "6109.10-6109.90",
    "52",
    "6110.20.20 except 6110.20.20.10"
  };
  private static final String[] ORIGINS = {
    "*", "* except CA, MX", "IN", "IN, CN", "CN", "* except IN"
  };
  private static final String[] COUNTRIES = {"IN", "CN", "MX", "CA", "DE"};
  private static final String[] CODE_STEMS = {
    "50",
    "52",
    "61",
    "6109",
    "610910",
    "61091000",
    "6110",
    "611020",
    "62",
    "72",
    "7208",
    "720851",
    "98",
    "9801"
  };
  private static final LocalDate START = LocalDate.parse("2025-01-01");

  @Property(tries = 250)
  void indexAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    List<Measure> measures = randomMeasures(random);
    TariffSchedule schedule = TariffSchedule.of("US", Currency.getInstance("USD"), measures);
    for (int d = 0; d < 3; d++) {
      LocalDate day = START.plusDays(random.nextInt(800));
      CompiledSchedule compiled = CompiledSchedule.of(schedule, day);
      for (int q = 0; q < 25; q++) {
        ProductCode code = randomCode(random);
        String origin = COUNTRIES[random.nextInt(COUNTRIES.length)];
        Declaration declared = randomDeclaration(random, day);
        Map<String, Consideration> expected = bruteForce(measures, code, origin, day, declared);
        LookupExplanation actual = compiled.explain(code, origin, declared);

        List<String> expectedApplicable =
            expected.values().stream()
                .filter(Consideration::applies)
                .filter(c -> c.measure().kind() != MeasureKind.EXEMPTION)
                .sorted(
                    Comparator.comparingInt(
                            (Consideration c) -> c.measure().kind().assessmentRank())
                        .thenComparingInt(c -> measures.indexOf(c.measure())))
                .map(c -> c.measure().id())
                .toList();
        assertThat(compiled.applicable(code, origin, declared).stream().map(Measure::id).toList())
            .as("seed %d, %s from %s on %s, %s", seed, code, origin, day, declared)
            .isEqualTo(expectedApplicable);
        assertThat(actual.applicable().stream().map(Measure::id).toList())
            .isEqualTo(expectedApplicable);
        for (Consideration c : actual.considered()) {
          assertThat(c).isEqualTo(expected.get(c.measure().id()));
        }
        for (Consideration c : expected.values()) {
          if (actual.of(c.measure().id()).isEmpty()) {
            assertThat(c.matchLength()).isEqualTo(-1);
            assertThat(includeCovers(c.measure(), code)).isFalse();
          }
        }
      }
    }
  }

  @Property(tries = 100)
  void jsonRoundTripPreservesRandomSchedules(@ForAll long seed) {
    Random random = new Random(seed);
    String[] titles = {
      "T-shirts \"of cotton\"", "Pâte à tartiner, 100 % \\ 50¢", "", "line\nbreak"
    };
    List<Measure> measures = new ArrayList<>();
    for (Measure m : randomMeasures(random)) {
      Measure.Builder b =
          m.toBuilder()
              .title(titles[random.nextInt(titles.length)])
              .legalBasis(random.nextBoolean() ? "" : "EO 14257")
              .status(MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)])
              .provenance(
                  Provenance.of(
                      "source " + random.nextInt(9),
                      Confidence.values()[random.nextInt(3)],
                      random.nextBoolean() ? "" : "note \u00e9"));
      if (random.nextBoolean()) {
        b.chapter99Heading("9903.0" + random.nextInt(10) + "." + (10 + random.nextInt(90)));
      }
      measures.add(b.build());
    }
    TariffSchedule schedule =
        TariffSchedule.of("IN", Currency.getInstance("INR"), "random " + seed, measures);
    String json = dev.tariffimpact.io.schedule.ScheduleJson.toJson(schedule);
    assertThat(
            dev.tariffimpact.io.schedule.ScheduleJson.parse(
                json, "r.json", java.nio.file.Path.of(".")))
        .isEqualTo(schedule);
  }

  private static List<Measure> randomMeasures(Random random) {
    int n = 1 + random.nextInt(14);
    List<Measure> list = new ArrayList<>();
    MeasureKind[] kinds = MeasureKind.values();
    for (int i = 0; i < n; i++) {
      MeasureKind kind =
          random.nextInt(3) == 0 ? MeasureKind.BASE_DUTY : kinds[random.nextInt(kinds.length)];
      if (kind == MeasureKind.EXEMPTION && i == 0) {
        kind = MeasureKind.ADDITIONAL_DUTY; // an exemption needs an earlier measure to exempt
      }
      LocalDate from = START.plusDays(random.nextInt(700));
      Validity validity =
          random.nextBoolean()
              ? Validity.from(from)
              : Validity.between(from, from.plusDays(random.nextInt(300)));
      Measure.Builder b =
          Measure.builder("m" + i)
              .kind(kind)
              .scope(SCOPES[random.nextInt(SCOPES.length)])
              .origins(ORIGINS[random.nextInt(ORIGINS.length)])
              .validity(validity)
              .rate((1 + random.nextInt(30)) + "%")
              .provenance("random", Confidence.U);
      if (kind == MeasureKind.SURCHARGE_ON_DUTY) {
        b.base(DutyBase.DUTY_AMOUNT).dutyBaseMeasures("BASE_DUTY");
      }
      // Families only on the first half, family references only from the second: edges still run
      // from later to earlier measures.
      if (i < n / 2 && random.nextInt(3) == 0) {
        b.family("f" + random.nextInt(2));
      }
      if (i >= n / 2 && kind != MeasureKind.BASE_DUTY && random.nextInt(4) == 0) {
        b.excludes("family:f" + random.nextInt(2));
      }
      if (kind == MeasureKind.EXEMPTION) {
        b.excludes("m" + random.nextInt(i));
      }
      if (kind == MeasureKind.PREFERENCE) {
        b.replaces("BASE_DUTY"); // a preference must say what it takes the place of
      }
      if (random.nextInt(5) == 0) {
        b.claim("c" + random.nextInt(2));
      }
      if (random.nextInt(5) == 0) {
        LocalDate exported = START.plusDays(random.nextInt(800));
        b.inTransit(InTransit.of(exported, exported.plusDays(random.nextInt(60))));
      }
      if (kind != MeasureKind.BASE_DUTY) {
        // Edges run from later to earlier measures, and into base duties (which have none out):
        // the rule graph is acyclic by construction.
        if (i > 0 && random.nextInt(3) == 0) {
          b.excludes("m" + random.nextInt(i));
        }
        if (i > 0 && random.nextInt(3) == 0) {
          b.replaces("m" + random.nextInt(i));
        }
        if (random.nextInt(8) == 0) {
          b.replaces("BASE_DUTY");
        }
        if (random.nextInt(8) == 0) {
          b.excludes("BASE_DUTY");
        }
      }
      list.add(b.build());
    }
    // excludedBy: earlier non-base measure removed by a later non-base one (edge later -> earlier).
    for (int i = 0; i < n; i++) {
      Measure m = list.get(i);
      if (m.kind() == MeasureKind.BASE_DUTY || random.nextInt(3) != 0) {
        continue;
      }
      List<String> later = new ArrayList<>();
      for (int j = i + 1; j < n; j++) {
        if (list.get(j).kind() != MeasureKind.BASE_DUTY) {
          later.add("m" + j);
        }
      }
      if (!later.isEmpty()) {
        list.set(i, m.toBuilder().excludedBy(later.get(random.nextInt(later.size()))).build());
      }
    }
    return list;
  }

  private static Declaration randomDeclaration(Random random, LocalDate day) {
    List<String> claims = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      if (random.nextBoolean()) {
        claims.add("c" + c);
      }
    }
    LocalDate exported = random.nextBoolean() ? null : day.minusDays(random.nextInt(90));
    return Declaration.of(claims, exported);
  }

  private static ProductCode randomCode(Random random) {
    StringBuilder digits = new StringBuilder(CODE_STEMS[random.nextInt(CODE_STEMS.length)]);
    int target = digits.length() + 2 * random.nextInt((10 - digits.length()) / 2 + 1);
    while (digits.length() < target) {
      digits.append(random.nextInt(2) == 0 ? "10" : String.format("%02d", random.nextInt(100)));
    }
    return ProductCode.ofDigits(digits.toString());
  }

  private static boolean includeCovers(Measure m, ProductCode code) {
    return m.scope().isEverything()
        || m.scope().includes().stream().anyMatch(r -> r.contains(code));
  }

  /** The documented rules applied to every measure, without an index. */
  private static Map<String, Consideration> bruteForce(
      List<Measure> measures,
      ProductCode code,
      String origin,
      LocalDate day,
      Declaration declared) {
    Map<String, Consideration> out = new HashMap<>();
    List<Measure> survivors = new ArrayList<>();
    for (Measure m : measures) {
      int length = m.scope().matchLength(code);
      if (!includeCovers(m, code)) {
        out.put(m.id(), new Consideration(m, Verdict.NOT_IN_SCOPE, null, length));
      } else if (!m.validity().contains(day)) {
        out.put(m.id(), new Consideration(m, Verdict.OUT_OF_DATES, null, length));
      } else if (length < 0) {
        out.put(m.id(), new Consideration(m, Verdict.SCOPE_EXCLUDED, null, length));
      } else if (!m.origins().contains(origin)) {
        out.put(m.id(), new Consideration(m, Verdict.ORIGIN_NOT_COVERED, null, length));
      } else if (m.inTransit() != null
          && declared.exportDate() != null
          && !declared.exportDate().isAfter(m.inTransit().exportedOnOrBefore())
          && !day.isAfter(m.inTransit().enteredOnOrBefore())) {
        out.put(m.id(), new Consideration(m, Verdict.IN_TRANSIT, null, length));
      } else if (m.claim() != null && !declared.claims().contains(m.claim())) {
        out.put(m.id(), new Consideration(m, Verdict.NOT_CLAIMED, null, length));
      } else {
        survivors.add(m);
      }
    }
    for (MeasureKind kind : List.of(MeasureKind.BASE_DUTY, MeasureKind.PREFERENCE)) {
      Measure best = null;
      for (Measure m : survivors) {
        if (m.kind() == kind
            && (best == null || m.scope().matchLength(code) >= best.scope().matchLength(code))) {
          best = m;
        }
      }
      for (Measure m : survivors) {
        if (m.kind() == kind && m != best) {
          out.put(
              m.id(),
              new Consideration(
                  m, Verdict.SUPERSEDED_BY_MORE_SPECIFIC, best.id(), m.scope().matchLength(code)));
        }
      }
    }
    List<Measure> stacking = survivors.stream().filter(m -> !out.containsKey(m.id())).toList();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Measure t : stacking) {
        if (out.containsKey(t.id())) {
          continue;
        }
        boolean ready = true;
        Measure remover = null;
        for (Measure s : stacking) {
          if (s == t || !removes(s, t)) {
            continue;
          }
          Consideration decided = out.get(s.id());
          if (decided == null) {
            ready = false;
            break;
          }
          if (decided.applies() && remover == null) {
            remover = s;
          }
        }
        if (!ready) {
          continue;
        }
        int length = t.scope().matchLength(code);
        if (remover == null) {
          out.put(t.id(), new Consideration(t, Verdict.APPLIES, null, length));
        } else {
          boolean replaced = names(remover.replaces(), t);
          out.put(
              t.id(),
              new Consideration(
                  t, replaced ? Verdict.REPLACED_BY : Verdict.EXCLUDED_BY, remover.id(), length));
        }
        changed = true;
      }
    }
    assertThat(stacking).allMatch(m -> out.containsKey(m.id()));
    return out;
  }

  private static boolean removes(Measure s, Measure t) {
    return names(s.excludes(), t) || names(s.replaces(), t) || names(t.excludedBy(), s);
  }

  private static boolean names(java.util.Set<String> refs, Measure m) {
    return refs.contains(m.id())
        || refs.contains(m.kind().name())
        || (!m.family().isEmpty() && refs.contains("family:" + m.family()));
  }
}
