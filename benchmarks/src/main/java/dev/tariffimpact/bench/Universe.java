package dev.tariffimpact.bench;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.hts.HtsLine;
import dev.tariffimpact.io.hts.HtsReader;
import dev.tariffimpact.io.hts.HtsTable;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.sample.internal.SampleGenerator;
import dev.tariffimpact.sample.internal.SampleGenerator.Candidate;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.OriginScope;
import dev.tariffimpact.schedule.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a workload is drawn from: the five US scenarios every peer computes with, the candidate
 * lines the generator draws, their draw weights, and the layer rates flattened for the SQL peers.
 *
 * <p>{@link #bundled()}: the bundled US-India schedules and the bundled US lines whose layers are
 * expressible in SQL ({@link FlatRates}) under all five scenarios and all 20 origins, weight 1 each
 * (the workload measured before the HTS was added).
 *
 * <p>{@link #withHts(Path)}: every bundled scenario's schedule plus one {@code BASE_DUTY} measure
 * per HTS line with its own SQL-shaped General rate ({@link HtsSchedule#mfn(HtsTable,
 * java.util.function.Predicate)}), except the lines a curated bundled MFN line already covers (a
 * curated line's code or a code below it: the curated line wins, and no two base duties share a
 * code), so the bundled additional layers (IEEPA, Russian-oil, Section 122, 232, 301) stack on the
 * HTS lines by their own scopes. The candidates are the bundled ones plus every 10-digit HTS line
 * that (1) no curated line covers, (2) has a first unit of quantity the generator makes consistent
 * quantities and net mass for ({@link #htsUnit}), and (3) has SQL-expressible layers under all five
 * scenarios and 20 origins. Half of the draws are bundled lines and half HTS lines ({@link
 * #BUNDLED_SHARE}), uniformly within each half: each bundled candidate weighs the number of HTS
 * candidates and each HTS candidate the number of bundled ones. What was left out is counted in
 * {@link #skipped()} and {@link #skippedUnits()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Universe {

  /** The share of draws that are bundled lines in an HTS universe. */
  public static final double BUNDLED_SHARE = 0.5;

  /** The system property choosing {@link #standard()}: {@code hts}, {@code bundled} or unset. */
  public static final String PROPERTY = "bench.universe";

  /** Skip reason: a curated bundled line covers the HTS line (its code or an ancestor). */
  public static final String CURATED = "covered by a curated bundled line";

  /** Skip reason: the HTS line has no unit of quantity. */
  public static final String NO_UNIT = "no unit of quantity";

  /** Skip reason: a unit the library does not know (content and other units, e.g. Cu kg, GBq). */
  public static final String UNKNOWN_UNIT = "unit unknown to Unit.parse (content or other unit)";

  /** Skip reason: a known unit the generator makes no consistent quantity and net mass for. */
  public static final String INCONSISTENT_UNIT =
      "unit without a consistent generated quantity and net mass (m3, bbl, cm2, km, thousand m3)";

  /** Skip reason: no MFN measure resolves (no General rate, unparsed, or not SQL-shaped). */
  public static final String NO_BASE = "no SQL-shaped General rate (absent, unparsed, other shape)";

  /** Skip reason: the General rate is specific in a unit the line's quantity cannot give. */
  public static final String BASE_UNIT =
      "General rate not expressible for the line's unit (other dimension, inexact)";

  /** Skip reason: an additional layer is not SQL-expressible (e.g. 232 on metal content). */
  public static final String LAYER =
      "an additional layer not SQL-expressible (e.g. 232 on content)";

  /**
   * The units of an HTS candidate's quantity, with the spelling written to the CSV: those for which
   * {@link SampleGenerator} draws a quantity in whole units, litres to the centilitre or kilograms
   * to the gram, and a net mass per unit (or none for mass units: the quantity is the net mass).
   */
  static final Map<Unit, String> CONSISTENT_UNITS;

  static {
    Map<Unit, String> m = new EnumMap<>(Unit.class);
    m.put(Unit.KG, "kg");
    m.put(Unit.G, "g");
    m.put(Unit.T, "t");
    m.put(Unit.CARAT, "carat");
    m.put(Unit.EACH, "No.");
    m.put(Unit.DOZEN, "doz.");
    m.put(Unit.GROSS, "gross");
    m.put(Unit.HUNDRED, "hundreds");
    m.put(Unit.THOUSAND, "thousands");
    m.put(Unit.PAIR, "prs.");
    m.put(Unit.DOZEN_PAIRS, "doz. prs.");
    m.put(Unit.M, "m");
    m.put(Unit.M2, "m2");
    m.put(Unit.LITRE, "liters");
    m.put(Unit.PROOF_LITRE, "pf.liters");
    CONSISTENT_UNITS = Collections.unmodifiableMap(m);
  }

  private static final Map<Path, Universe> HTS = new ConcurrentHashMap<>();
  private static volatile Universe bundled;
  private static volatile Universe standard;

  private final String name;
  private final List<Scenario> scenarios;
  private final List<Candidate> candidates;
  private final int bundledCandidates;
  private final int htsLines;
  private final int htsMeasures;
  private final Map<String, Integer> skipped;
  private final Map<String, Integer> skippedUnits;
  private final Map<String, List<List<FlatRates.Layer>>> rates;

  private Universe(
      String name,
      List<Scenario> scenarios,
      List<Candidate> candidates,
      int bundledCandidates,
      int htsLines,
      int htsMeasures,
      Map<String, Integer> skipped,
      Map<String, Integer> skippedUnits,
      Map<String, List<List<FlatRates.Layer>>> rates) {
    this.name = name;
    this.scenarios = List.copyOf(scenarios);
    this.candidates = List.copyOf(candidates);
    this.bundledCandidates = bundledCandidates;
    this.htsLines = htsLines;
    this.htsMeasures = htsMeasures;
    this.skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    this.skippedUnits = Collections.unmodifiableMap(new TreeMap<>(skippedUnits));
    this.rates = Collections.unmodifiableMap(rates);
  }

  /**
   * The universe the benchmarks use: {@code -Dbench.universe=hts} or {@code bundled}; unset, the
   * HTS universe when {@link HtsSchedule#find()} finds the file, else the bundled one.
   *
   * @return the universe, built once
   * @throws IllegalStateException if {@code hts} is asked for and the file is missing, or the
   *     property has another value
   */
  public static Universe standard() {
    if (standard == null) {
      synchronized (Universe.class) {
        if (standard == null) {
          String choice = System.getProperty(PROPERTY, "");
          Optional<Path> hts = HtsSchedule.find();
          standard =
              switch (choice) {
                case "" -> hts.map(Universe::withHts).orElseGet(Universe::bundled);
                case "bundled" -> bundled();
                case "hts" ->
                    withHts(
                        hts.orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "-D" + PROPERTY + "=hts but no " + HtsSchedule.RELATIVE)));
                default ->
                    throw new IllegalStateException(
                        "-D" + PROPERTY + " must be hts or bundled, was '" + choice + "'");
              };
        }
      }
    }
    return standard;
  }

  /**
   * The bundled universe (bundled schedules and lines only).
   *
   * @return the universe, built once
   */
  public static Universe bundled() {
    if (bundled == null) {
      synchronized (Universe.class) {
        if (bundled == null) {
          bundled = build("bundled", Workload.scenariosOfBundledData(), List.of(), null, 0);
        }
      }
    }
    return bundled;
  }

  /**
   * The bundled universe plus the HTS MFN schedule and lines (see the class comment).
   *
   * @param csv the HTS CSV, for example from {@link HtsSchedule#find()}
   * @return the universe, built once per file
   */
  public static Universe withHts(Path csv) {
    return HTS.computeIfAbsent(csv.toAbsolutePath().normalize(), Universe::hts);
  }

  private static Universe hts(Path csv) {
    HtsTable table = HtsReader.read(csv);
    List<Scenario> base = Workload.scenariosOfBundledData();
    List<CodeScope> curated = new ArrayList<>();
    for (Scenario s : base) {
      for (Measure m : s.schedule().withAll(s.overlays()).measures()) {
        if (m.kind() == MeasureKind.BASE_DUTY && !curated.contains(m.scope())) {
          curated.add(m.scope());
        }
      }
    }
    List<Measure> mfn = HtsSchedule.mfn(table, code -> !covered(curated, code));
    List<Scenario> combined = new ArrayList<>();
    for (Scenario s : base) {
      combined.add(
          Scenario.of(s.name(), s.description(), s.schedule().withAll(mfn), s.asOf(), s.overlays())
              .withNote(s.note()));
    }
    return build("hts", combined, table.lines(), curated, mfn.size());
  }

  private static boolean covered(List<CodeScope> curated, ProductCode code) {
    for (CodeScope s : curated) {
      if (s.matchLength(code) > 0) {
        return true;
      }
    }
    return false;
  }

  private static Universe build(
      String name,
      List<Scenario> scenarios,
      List<HtsLine> htsLines,
      List<CodeScope> curated,
      int htsMeasures) {
    List<CompiledSchedule> compiled = scenarios.stream().map(Scenario::compile).toList();
    int[][] originClass = originClasses(scenarios);
    Map<String, List<List<FlatRates.Layer>>> rates = new LinkedHashMap<>();
    Map<List<FlatRates.Layer>, List<FlatRates.Layer>> interned = new HashMap<>();
    List<Candidate> bundledLines = new ArrayList<>();
    for (Candidate c : SampleGenerator.bundledUniverse()) {
      if (c.importer().equals("US")
          && flatten(compiled, originClass, c.code(), Unit.parse(c.unit()), rates, interned)
              == null) {
        bundledLines.add(c);
      }
    }
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (String reason :
        List.of(CURATED, NO_UNIT, UNKNOWN_UNIT, INCONSISTENT_UNIT, NO_BASE, BASE_UNIT, LAYER)) {
      skipped.put(reason, 0);
    }
    Map<String, Integer> skippedUnits = new TreeMap<>();
    CategoryCatalog categories = Workload.data().categories("US");
    List<HtsCandidate> htsCandidates = new ArrayList<>();
    int tenDigit = 0;
    for (HtsLine line : htsLines) {
      if (line.code().length() != 10) {
        continue;
      }
      tenDigit++;
      if (covered(curated, line.code())) {
        skipped.merge(CURATED, 1, Integer::sum);
        continue;
      }
      String first = line.unitsOfQuantity().isEmpty() ? "" : line.unitsOfQuantity().get(0).strip();
      Optional<Unit> unit = htsUnit(first);
      if (unit.isEmpty() || !CONSISTENT_UNITS.containsKey(unit.get())) {
        String reason =
            first.isEmpty() ? NO_UNIT : unit.isEmpty() ? UNKNOWN_UNIT : INCONSISTENT_UNIT;
        skipped.merge(reason, 1, Integer::sum);
        if (!first.isEmpty()) {
          skippedUnits.merge(first, 1, Integer::sum);
        }
        continue;
      }
      String code = line.code().toString();
      String reason = flatten(compiled, originClass, code, unit.get(), rates, interned);
      if (reason != null) {
        skipped.merge(reason, 1, Integer::sum);
        continue;
      }
      String category = categories.categoryOf(line.code()).map(Category::name).orElse("hts-other");
      htsCandidates.add(new HtsCandidate(code, CONSISTENT_UNITS.get(unit.get()), category));
    }
    List<Candidate> candidates = new ArrayList<>();
    int b = bundledLines.size();
    int h = htsCandidates.size();
    // equal totals per half (BUNDLED_SHARE = 0.5) with integer weights: b x h each
    for (Candidate c : bundledLines) {
      candidates.add(h == 0 ? c : new Candidate(c.code(), "US", c.unit(), c.category(), h));
    }
    for (HtsCandidate c : htsCandidates) {
      candidates.add(new Candidate(c.code(), "US", c.unit(), c.category(), b));
    }
    return new Universe(
        name,
        scenarios,
        candidates,
        b,
        tenDigit,
        htsMeasures,
        htsLines.isEmpty() ? Map.of() : skipped,
        skippedUnits,
        rates);
  }

  private record HtsCandidate(String code, String unit, String category) {}

  /**
   * Per scenario and origin (in {@link Workload#ORIGINS} order) the index of the first origin that
   * every measure's origin scope treats alike: {@link CompiledSchedule#applicable} depends on the
   * origin only through {@code Measure.origins().contains}, so such origins get the same measures
   * and one lookup serves them all (with the bundled data: India, and the 19 others).
   */
  private static int[][] originClasses(List<Scenario> scenarios) {
    int[][] out = new int[scenarios.size()][Workload.ORIGINS.size()];
    for (int s = 0; s < scenarios.size(); s++) {
      Scenario sc = scenarios.get(s);
      List<OriginScope> scopes =
          sc.schedule().withAll(sc.overlays()).measures().stream()
              .map(Measure::origins)
              .distinct()
              .toList();
      List<List<Boolean>> keys = new ArrayList<>();
      for (int o = 0; o < Workload.ORIGINS.size(); o++) {
        String origin = Workload.ORIGINS.get(o);
        List<Boolean> key = scopes.stream().map(scope -> scope.contains(origin)).toList();
        int first = keys.indexOf(key);
        out[s][o] = first >= 0 ? first : o;
        keys.add(key);
      }
    }
    return out;
  }

  /**
   * Flattens a candidate under every scenario and origin into {@code rates}; returns null when it
   * is expressible, else the skip reason (and leaves {@code rates} unchanged).
   */
  private static String flatten(
      List<CompiledSchedule> compiled,
      int[][] originClass,
      String codeText,
      Unit unit,
      Map<String, List<List<FlatRates.Layer>>> rates,
      Map<List<FlatRates.Layer>, List<FlatRates.Layer>> interned) {
    ProductCode code = ProductCode.parse(codeText);
    Map<String, List<List<FlatRates.Layer>>> mine = new LinkedHashMap<>();
    List<List<List<FlatRates.Layer>>> byOrigin = new ArrayList<>();
    for (int o = 0; o < Workload.ORIGINS.size(); o++) {
      String origin = Workload.ORIGINS.get(o);
      List<List<FlatRates.Layer>> perScenario = new ArrayList<>();
      for (int si = 0; si < compiled.size(); si++) {
        CompiledSchedule s = compiled.get(si);
        int same = originClass[si][o];
        if (same != o) {
          perScenario.add(byOrigin.get(same).get(si));
          continue;
        }
        List<FlatRates.Layer> layers = new ArrayList<>();
        boolean base = false;
        for (Measure m : s.applicable(code, origin)) {
          Optional<FlatRates.Layer> layer = FlatRates.layer(m, unit, s.currency());
          if (layer.isEmpty()) {
            return m.kind() == MeasureKind.BASE_DUTY ? BASE_UNIT : LAYER;
          }
          base |= m.kind() == MeasureKind.BASE_DUTY;
          layers.add(layer.get());
        }
        if (!base) {
          return NO_BASE;
        }
        List<FlatRates.Layer> copy = List.copyOf(layers);
        perScenario.add(interned.computeIfAbsent(copy, k -> k));
      }
      byOrigin.add(perScenario);
      mine.put(codeText + "|" + origin, List.copyOf(perScenario));
    }
    for (Map.Entry<String, List<List<FlatRates.Layer>>> e : mine.entrySet()) {
      List<List<FlatRates.Layer>> previous = rates.put(e.getKey(), e.getValue());
      if (previous != null && !previous.equals(e.getValue())) {
        throw new IllegalStateException(codeText + " has two units in the universe");
      }
    }
    return null;
  }

  /**
   * The unit of an HTS "unit of quantity" text as the bundled universe reads it: {@code Dz Pcs} is
   * dozens, {@code No. and kg} is its first unit, {@code m²} is m2.
   *
   * @param text the first unit of the line, for example {@code "doz."}
   * @return the unit, or empty when {@link Unit#parse} does not know it
   */
  static Optional<Unit> htsUnit(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("dz")) {
      return Optional.of(Unit.DOZEN);
    }
    t = t.split(" and ")[0].strip();
    try {
      return Optional.of(Unit.parse(t));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the name, {@code bundled} or {@code hts}, used in the cached file names.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the first {@code count} of the five US scenarios of {@link Workload#US_SCENARIOS}, with
   * this universe's schedules (the same instances on every call).
   *
   * @param count 1 to 5
   * @return the scenarios
   */
  public List<Scenario> scenarios(int count) {
    return scenarios.subList(0, count);
  }

  /**
   * Returns the candidates with their draw weights, bundled lines first.
   *
   * @return the candidates
   */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * Returns how many candidates are bundled lines.
   *
   * @return 98 with the bundled data of 2026-11
   */
  public int bundledCandidates() {
    return bundledCandidates;
  }

  /**
   * Returns how many candidates are HTS lines.
   *
   * @return 0 for the bundled universe
   */
  public int htsCandidates() {
    return candidates.size() - bundledCandidates;
  }

  /**
   * Returns the number of 10-digit HTS lines considered.
   *
   * @return 0 for the bundled universe
   */
  public int htsLines() {
    return htsLines;
  }

  /**
   * Returns the number of HTS MFN measures added to each schedule.
   *
   * @return 0 for the bundled universe
   */
  public int htsMeasures() {
    return htsMeasures;
  }

  /**
   * Returns the 10-digit HTS lines left out, by reason (the reason constants of this class).
   *
   * @return counts in a fixed order; empty for the bundled universe
   */
  public Map<String, Integer> skipped() {
    return skipped;
  }

  /**
   * Returns the unit texts of the HTS lines left out for their unit, with counts.
   *
   * @return counts by first unit of quantity
   */
  public Map<String, Integer> skippedUnits() {
    return skippedUnits;
  }

  /**
   * The flattened layers per {@code code|origin} for the given scenarios of this universe.
   *
   * @param scenarios the first n of {@link #scenarios(int)} (the same instances)
   * @return per key one layer list per scenario, in order
   * @throws IllegalArgumentException if the scenarios are not this universe's
   */
  public Map<String, List<List<FlatRates.Layer>>> rates(List<Scenario> scenarios) {
    if (!owns(scenarios)) {
      throw new IllegalArgumentException("not the scenarios of the " + name + " universe");
    }
    int n = scenarios.size();
    if (n == this.scenarios.size()) {
      return rates;
    }
    Map<String, List<List<FlatRates.Layer>>> out = new LinkedHashMap<>();
    rates.forEach((k, v) -> out.put(k, v.subList(0, n)));
    return out;
  }

  boolean owns(List<Scenario> list) {
    if (list.isEmpty() || list.size() > scenarios.size()) {
      return false;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != scenarios.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the universe (among those built in this JVM) whose scenarios these are.
   *
   * @param scenarios scenarios from {@link #scenarios(int)}
   * @return the universe
   * @throws IllegalArgumentException if no universe built here owns them
   */
  static Universe owning(List<Scenario> scenarios) {
    List<Universe> known = new ArrayList<>(HTS.values());
    if (bundled != null) {
      known.add(bundled);
    }
    for (Universe u : known) {
      if (u.owns(scenarios)) {
        return u;
      }
    }
    throw new IllegalArgumentException(
        "scenarios of no universe: use Universe.scenarios(n) "
            + scenarios.stream().map(Scenario::name).toList());
  }

  /**
   * A one-paragraph description with the counts, for logs.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(name)
        .append(" universe: ")
        .append(candidates.size())
        .append(" candidates (")
        .append(bundledCandidates)
        .append(" bundled, ")
        .append(htsCandidates())
        .append(" HTS)");
    if (htsLines > 0) {
      sb.append("; ")
          .append(htsMeasures)
          .append(" HTS MFN measures added; of ")
          .append(htsLines)
          .append(" 10-digit HTS lines skipped: ")
          .append(skipped)
          .append("; skipped units: ")
          .append(skippedUnits);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
