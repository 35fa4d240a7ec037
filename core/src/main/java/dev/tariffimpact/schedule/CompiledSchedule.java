package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A schedule compiled for one date into an immutable index from (product code, origin) to the
 * measures that apply, in assessment order.
 *
 * <p>Example, FACTS.md section 2: for 6109.10.00 from IN on 2025-09-15 {@link #applicable} returns
 * the MFN line (16.5%), the IEEPA India rate (25%) and the Russian-oil duty (25%).
 *
 * <p><b>Rules</b>, applied in this order to every measure the index finds for the code:
 *
 * <ol>
 *   <li>An include of the scope must cover the code ({@code NOT_IN_SCOPE}); the compile date must
 *       be within the measure's validity, both ends included ({@code OUT_OF_DATES}); exclusions win
 *       over inclusions ({@code SCOPE_EXCLUDED}); the origin must be covered ({@code
 *       ORIGIN_NOT_COVERED}). The first failed check is the reason given.
 *   <li>Among the remaining {@link MeasureKind#BASE_DUTY} measures the longest match wins (see
 *       {@link CodeScope#matchLength}); at equal length the one declared later wins, so an overlay
 *       overrides. The same holds separately among {@link MeasureKind#PREFERENCE} measures. The
 *       others are {@code SUPERSEDED_BY_MORE_SPECIFIC}. Other kinds stack.
 *   <li>Stacking rules: a measure that applies removes every measure it {@code excludes} or {@code
 *       replaces} and every measure that names it in {@code excludedBy} ({@code EXCLUDED_BY},
 *       {@code REPLACED_BY}). Only measures that apply remove others: a measure removed itself
 *       removes nothing. The rules form an acyclic graph (checked at compile time), evaluated in
 *       its topological order, so the result does not depend on declaration order. When several
 *       applying measures remove one, the reason names the one declared first.
 * </ol>
 *
 * <p>The result is sorted by {@link MeasureKind#assessmentRank()} (base duties and preferences,
 * additional duties, surcharges on duty, fees, taxes), then by declaration order.
 *
 * <p><b>Index.</b> Scope includes that are single codes are hashed by their digits; a lookup probes
 * the five prefixes of the code. Ranges ({@code 50-63}) are bucketed by every chapter they span,
 * and {@code *} scopes are kept in one list. A lookup therefore examines only the measures whose
 * scope names the code's prefixes, its chapter, or every product, independent of the schedule's
 * size.
 *
 * <p><b>Memo.</b> {@link #applicable} remembers its answer per (code, origin) as written by the
 * caller, up to {@value #MEMO_CAPACITY} pairs; beyond that it computes without storing, so a batch
 * of millions of distinct codes costs no memory. The answer is a pure function of the pair and the
 * compiled schedule, so the memo never changes a result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompiledSchedule {

  /** How many (code, origin) pairs {@link #applicable} remembers per compiled schedule. */
  static final int MEMO_CAPACITY = 1 << 14;

  private static final int[] NONE = new int[0];
  private static final Comparator<Consideration> ASSESSMENT_ORDER =
      Comparator.comparingInt((Consideration c) -> c.measure().kind().assessmentRank());

  private final TariffSchedule schedule;
  private final LocalDate asOf;
  private final Measure[] measures;
  private final int[] topoRank;
  private final CodeScope[] includesOnly;
  private final Map<String, int[]> byPrefix;
  private final int[][] rangesByChapter;
  private final int[] everyProduct;
  // Validity is fixed once the date is: per measure, whether it is in force on asOf.
  private final boolean[] inForce;
  private final boolean anyStackingRule;
  private final int memoCapacity;
  private final ConcurrentHashMap<Key, List<Measure>> memo = new ConcurrentHashMap<>();

  /** A memo key: the code and the origin exactly as the caller wrote it. */
  private record Key(ProductCode code, String origin) {}

  private CompiledSchedule(TariffSchedule schedule, LocalDate asOf, int memoCapacity) {
    this.schedule = schedule;
    this.asOf = asOf;
    this.memoCapacity = memoCapacity;
    this.measures = schedule.measures().toArray(new Measure[0]);
    this.inForce = new boolean[measures.length];
    boolean stacking = false;
    for (int i = 0; i < measures.length; i++) {
      Measure m = measures[i];
      inForce[i] = m.validity().contains(asOf);
      stacking |= !m.excludes().isEmpty() || !m.replaces().isEmpty() || !m.excludedBy().isEmpty();
    }
    this.anyStackingRule = stacking;
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < measures.length; i++) {
      ids.put(measures[i].id(), i);
    }
    checkReferences(ids);
    this.topoRank = topologicalRanks(ids);
    this.includesOnly = new CodeScope[measures.length];
    Map<String, List<Integer>> prefixes = new HashMap<>();
    List<List<Integer>> chapters = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      chapters.add(new ArrayList<>());
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < measures.length; i++) {
      CodeScope scope = measures[i].scope();
      if (!scope.excludes().isEmpty() && !scope.isEverything()) {
        includesOnly[i] = CodeScope.of(scope.includes(), List.of());
      }
      if (scope.isEverything()) {
        all.add(i);
        continue;
      }
      for (CodeRange r : scope.includes()) {
        if (r.first().equals(r.last())) {
          prefixes.computeIfAbsent(r.first().digits(), k -> new ArrayList<>()).add(i);
        } else {
          for (int c = r.first().chapter(); c <= r.last().chapter(); c++) {
            chapters.get(c).add(i);
          }
        }
      }
    }
    this.byPrefix = new HashMap<>();
    prefixes.forEach((k, v) -> byPrefix.put(k, distinct(v)));
    this.rangesByChapter = new int[100][];
    for (int c = 0; c < 100; c++) {
      rangesByChapter[c] = distinct(chapters.get(c));
    }
    this.everyProduct = distinct(all);
  }

  /**
   * Compiles a schedule for a date.
   *
   * @param schedule the schedule, overlays included (see {@link TariffSchedule#withAll})
   * @param asOf the date lookups are answered for, e.g. the entry date
   * @return the compiled schedule
   * @throws InvalidScheduleException if a stacking rule or duty base names no measure, a duty base
   *     is assessed after the measure using it, or stacking rules form a cycle
   */
  public static CompiledSchedule of(TariffSchedule schedule, LocalDate asOf) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(asOf, "asOf");
    return new CompiledSchedule(schedule, asOf, MEMO_CAPACITY);
  }

  /** {@link #of} with another memo capacity, so tests can overflow the memo cheaply. */
  static CompiledSchedule of(TariffSchedule schedule, LocalDate asOf, int memoCapacity) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(asOf, "asOf");
    if (memoCapacity < 0) {
      throw new IllegalArgumentException("memoCapacity must be >= 0, was " + memoCapacity);
    }
    return new CompiledSchedule(schedule, asOf, memoCapacity);
  }

  /** The number of (code, origin) pairs remembered, for tests of the bound. */
  int memoSize() {
    return memo.size();
  }

  private static int[] distinct(List<Integer> list) {
    int[] values = new int[list.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = list.get(i);
    }
    Arrays.sort(values);
    int unique = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[unique++] = values[i];
      }
    }
    return unique == values.length ? values : Arrays.copyOf(values, unique);
  }

  private void checkReferences(Map<String, Integer> ids) {
    for (int i = 0; i < measures.length; i++) {
      Measure m = measures[i];
      for (Set<String> refs : List.of(m.excludes(), m.excludedBy(), m.replaces())) {
        for (String ref : refs) {
          if (!Measure.isKindName(ref) && !ids.containsKey(ref)) {
            throw new InvalidScheduleException(
                "Measure '" + m.id() + "': stacking rule names no measure '" + ref + "'");
          }
        }
      }
      for (String ref : m.dutyBaseMeasures()) {
        int rank = m.kind().assessmentRank();
        if (Measure.isKindName(ref)) {
          if (MeasureKind.valueOf(ref).assessmentRank() >= rank) {
            throw new InvalidScheduleException(
                "Measure '"
                    + m.id()
                    + "': duty base "
                    + ref
                    + " is not assessed before "
                    + m.kind());
          }
          continue;
        }
        Integer j = ids.get(ref);
        if (j == null) {
          throw new InvalidScheduleException(
              "Measure '" + m.id() + "': dutyBaseMeasures names no measure '" + ref + "'");
        }
        int otherRank = measures[j].kind().assessmentRank();
        if (otherRank > rank || (otherRank == rank && j > i)) {
          throw new InvalidScheduleException(
              "Measure '"
                  + m.id()
                  + "': duty base '"
                  + ref
                  + "' is assessed after it (declare it earlier or give it an earlier kind)");
        }
      }
    }
  }

  /**
   * Orders measures so every measure comes after all measures that may remove it. Nodes beyond the
   * measures stand for kind names: "every measure of kind K" as a target and as a source.
   */
  private int[] topologicalRanks(Map<String, Integer> ids) {
    int n = measures.length;
    int kinds = MeasureKind.values().length;
    int targetNode = n; // targetNode + k: "every measure of kind k", as a target
    int sourceNode = n + kinds; // sourceNode + k: "any measure of kind k", as a source
    // Most measures have no stacking rules: adjacency lists are created on first use.
    List<List<Integer>> out = new ArrayList<>(java.util.Collections.nCopies(n + 2 * kinds, null));
    boolean[] targetUsed = new boolean[kinds];
    boolean[] sourceUsed = new boolean[kinds];
    for (int s = 0; s < n; s++) {
      Measure m = measures[s];
      for (Set<String> refs : List.of(m.excludes(), m.replaces())) {
        for (String ref : refs) {
          if (Measure.isKindName(ref)) {
            int k = MeasureKind.valueOf(ref).ordinal();
            targetUsed[k] = true;
            edge(out, s, targetNode + k);
          } else {
            edge(out, s, ids.get(ref));
          }
        }
      }
      for (String ref : m.excludedBy()) {
        if (Measure.isKindName(ref)) {
          int k = MeasureKind.valueOf(ref).ordinal();
          sourceUsed[k] = true;
          edge(out, sourceNode + k, s);
        } else {
          edge(out, ids.get(ref), s);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int k = measures[i].kind().ordinal();
      if (targetUsed[k]) {
        edge(out, targetNode + k, i);
      }
      if (sourceUsed[k]) {
        edge(out, i, sourceNode + k);
      }
    }
    int[] indegree = new int[out.size()];
    for (List<Integer> edges : out) {
      for (int t : edges == null ? List.<Integer>of() : edges) {
        indegree[t]++;
      }
    }
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int v = 0; v < indegree.length; v++) {
      if (indegree[v] == 0) {
        ready.add(v);
      }
    }
    int[] rank = new int[n];
    int next = 0;
    int seen = 0;
    while (!ready.isEmpty()) {
      int v = ready.poll();
      seen++;
      if (v < n) {
        rank[v] = next++;
      }
      for (int t : out.get(v) == null ? List.<Integer>of() : out.get(v)) {
        if (--indegree[t] == 0) {
          ready.add(t);
        }
      }
    }
    if (seen < indegree.length) {
      Set<String> stuck = new TreeSet<>();
      for (int v = 0; v < n; v++) {
        if (indegree[v] > 0) {
          stuck.add(measures[v].id());
        }
      }
      throw new InvalidScheduleException(
          "Stacking rules (excludes, excludedBy, replaces) form a cycle among or before: "
              + String.join(", ", stuck));
    }
    return rank;
  }

  private static void edge(List<List<Integer>> out, int from, int to) {
    if (out.get(from) == null) {
      out.set(from, new ArrayList<>());
    }
    out.get(from).add(to);
  }

  /**
   * Returns the measures that apply to a code from an origin, in assessment order.
   *
   * <p>Example: {@code applicable(ProductCode.parse("6109.10.00"), "IN")}.
   *
   * @param code the product code, any length
   * @param origin the country of origin, ISO alpha-2
   * @return an unmodifiable list, empty if nothing applies
   * @throws InvalidOriginException if the origin is not an ISO 3166 alpha-2 country
   */
  public List<Measure> applicable(ProductCode code, String origin) {
    Objects.requireNonNull(code, "code");
    Key key = new Key(code, origin);
    List<Measure> known = memo.get(key);
    if (known != null) {
      return known;
    }
    // Validates the origin (an invalid one throws and is never remembered), as explain does.
    List<Measure> result = resolve(code, OriginScope.country(origin));
    if (memo.size() < memoCapacity) {
      // Racing threads may each add one pair past the capacity: the bound is approximate by at
      // most the number of threads, which is fine for a memory cap.
      memo.putIfAbsent(key, result);
    }
    return result;
  }

  /**
   * The rules of {@link #explain} computing only which measures apply: no explanation objects, no
   * reasons, validity precomputed for the date. {@code CompiledSchedulePropertyTest} checks that
   * both agree.
   */
  private List<Measure> resolve(ProductCode code, String country) {
    int[] candidates = candidates(code);
    int n = candidates.length;
    int[] match = new int[n];
    boolean[] alive = new boolean[n];
    int survivors = 0;
    for (int c = 0; c < n; c++) {
      int i = candidates[c];
      if (!inForce[i]) {
        continue;
      }
      int length = measures[i].scope().matchLength(code);
      if (length >= 0 && measures[i].origins().containsValidated(country)) {
        match[c] = length;
        alive[c] = true;
        survivors++;
      }
    }
    if (survivors == 0) {
      return List.of();
    }
    survivors -= supersede(candidates, match, alive, MeasureKind.BASE_DUTY);
    survivors -= supersede(candidates, match, alive, MeasureKind.PREFERENCE);
    if (anyStackingRule) {
      survivors = stack(candidates, alive, survivors);
    }
    Measure[] applying = new Measure[survivors];
    int k = 0;
    for (int c = 0; c < n; c++) {
      if (alive[c]) {
        Measure m = measures[candidates[c]];
        int rank = m.kind().assessmentRank();
        int at = k++;
        // Insertion sort, stable: declaration order within a kind (lists are short).
        while (at > 0 && applying[at - 1].kind().assessmentRank() > rank) {
          applying[at] = applying[at - 1];
          at--;
        }
        applying[at] = m;
      }
    }
    return List.of(applying);
  }

  /** Keeps only the most specific survivor of an exclusive kind; returns how many it removed. */
  private int supersede(int[] candidates, int[] match, boolean[] alive, MeasureKind kind) {
    int winner = -1;
    int count = 0;
    for (int c = 0; c < candidates.length; c++) {
      if (alive[c] && measures[candidates[c]].kind() == kind) {
        count++;
        if (winner < 0 || match[c] >= match[winner]) {
          winner = c; // declaration order ascends, so >= lets the later one win ties
        }
      }
    }
    if (count <= 1) {
      return 0;
    }
    for (int c = 0; c < candidates.length; c++) {
      if (alive[c] && c != winner && measures[candidates[c]].kind() == kind) {
        alive[c] = false;
      }
    }
    return count - 1;
  }

  /** Applies the stacking rules in topological order; returns the number still applying. */
  private int stack(int[] candidates, boolean[] alive, int survivors) {
    int[] order = new int[survivors];
    int k = 0;
    for (int c = 0; c < candidates.length; c++) {
      if (alive[c]) {
        int rank = topoRank[candidates[c]];
        int at = k++;
        while (at > 0 && topoRank[candidates[order[at - 1]]] > rank) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = c;
      }
    }
    boolean[] applies = new boolean[candidates.length];
    int applying = 0;
    for (int t : order) {
      Measure target = measures[candidates[t]];
      boolean removed = false;
      for (int s = 0; s < candidates.length && !removed; s++) {
        if (applies[s]) {
          Measure source = measures[candidates[s]];
          removed =
              source.replaces().contains(target.id())
                  || source.replaces().contains(target.kind().name())
                  || removes(source, target);
        }
      }
      if (!removed) {
        applies[t] = true;
        applying++;
      }
    }
    System.arraycopy(applies, 0, alive, 0, alive.length);
    return applying;
  }

  /**
   * Explains the lookup: every measure whose scope names the code's prefixes, its chapter (ranges)
   * or every product, with whether it applies or why not.
   *
   * @param code the product code
   * @param origin the country of origin, ISO alpha-2
   * @return the explanation, in assessment order
   * @throws InvalidOriginException if the origin is not an ISO 3166 alpha-2 country
   */
  public LookupExplanation explain(ProductCode code, String origin) {
    Objects.requireNonNull(code, "code");
    String country = OriginScope.country(origin);
    int[] candidates = candidates(code);
    Consideration[] result = new Consideration[candidates.length];
    int[] match = new int[candidates.length];
    List<Integer> survivors = new ArrayList<>();
    for (int c = 0; c < candidates.length; c++) {
      Measure m = measures[candidates[c]];
      int length = m.scope().matchLength(code);
      match[c] = length;
      boolean covered = length >= 0 || includeCovers(candidates[c], code);
      Verdict verdict = null;
      if (!covered) {
        verdict = Verdict.NOT_IN_SCOPE;
      } else if (!m.validity().contains(asOf)) {
        verdict = Verdict.OUT_OF_DATES;
      } else if (length < 0) {
        verdict = Verdict.SCOPE_EXCLUDED;
      } else if (!m.origins().contains(country)) {
        verdict = Verdict.ORIGIN_NOT_COVERED;
      }
      if (verdict != null) {
        result[c] = new Consideration(m, verdict, null, length);
      } else {
        survivors.add(c);
      }
    }
    List<Integer> stacking = new ArrayList<>();
    for (MeasureKind kind : MeasureKind.values()) {
      if (!kind.isExclusivePerLine()) {
        continue;
      }
      int winner = -1;
      for (int c : survivors) {
        if (measures[candidates[c]].kind() == kind && (winner < 0 || match[c] >= match[winner])) {
          winner = c; // candidates ascend in declaration order, so >= lets the later one win ties
        }
      }
      for (int c : survivors) {
        if (measures[candidates[c]].kind() == kind && c != winner) {
          result[c] =
              new Consideration(
                  measures[candidates[c]],
                  Verdict.SUPERSEDED_BY_MORE_SPECIFIC,
                  measures[candidates[winner]].id(),
                  match[c]);
        }
      }
    }
    for (int c : survivors) {
      if (result[c] == null) {
        stacking.add(c);
      }
    }
    List<Integer> byTopology = new ArrayList<>(stacking);
    byTopology.sort(Comparator.comparingInt(c -> topoRank[candidates[c]]));
    for (int t : byTopology) {
      Measure target = measures[candidates[t]];
      Consideration verdict = null;
      for (int s : stacking) { // declaration order: the first remover is named
        if (result[s] == null || !result[s].applies()) {
          continue;
        }
        Measure source = result[s].measure();
        if (source.replaces().contains(target.id())
            || source.replaces().contains(target.kind().name())) {
          verdict = new Consideration(target, Verdict.REPLACED_BY, source.id(), match[t]);
        } else if (removes(source, target)) {
          verdict = new Consideration(target, Verdict.EXCLUDED_BY, source.id(), match[t]);
        }
        if (verdict != null) {
          break;
        }
      }
      result[t] =
          verdict != null ? verdict : new Consideration(target, Verdict.APPLIES, null, match[t]);
    }
    List<Consideration> ordered = new ArrayList<>(Arrays.asList(result));
    ordered.sort(ASSESSMENT_ORDER); // stable: declaration order within a kind
    return new LookupExplanation(code, country, asOf, ordered);
  }

  private static boolean removes(Measure source, Measure target) {
    return source.excludes().contains(target.id())
        || source.excludes().contains(target.kind().name())
        || target.excludedBy().contains(source.id())
        || target.excludedBy().contains(source.kind().name());
  }

  private boolean includeCovers(int measure, ProductCode code) {
    CodeScope scope = measures[measure].scope();
    if (scope.isEverything()) {
      return true;
    }
    return includesOnly[measure] != null && includesOnly[measure].contains(code);
  }

  /** Measure indexes, ascending (declaration order), whose scope may cover the code. */
  private int[] candidates(ProductCode code) {
    String digits = code.digits();
    int[][] parts = new int[digits.length() / 2 + 2][];
    int total = 0;
    int p = 0;
    for (int len = 2; len <= digits.length(); len += 2) {
      int[] hit = byPrefix.getOrDefault(digits.substring(0, len), NONE);
      parts[p++] = hit;
      total += hit.length;
    }
    parts[p++] = rangesByChapter[code.chapter()];
    parts[p++] = everyProduct;
    total += rangesByChapter[code.chapter()].length + everyProduct.length;
    int[] all = new int[total];
    int at = 0;
    for (int[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    Arrays.sort(all);
    int unique = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[unique++] = all[i];
      }
    }
    return Arrays.copyOf(all, unique);
  }

  /**
   * Returns the compiled schedule (overlays included).
   *
   * @return the schedule
   */
  public TariffSchedule schedule() {
    return schedule;
  }

  /**
   * Returns the date lookups are answered for.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the importer of the schedule.
   *
   * @return for example {@code "US"}
   */
  public String importer() {
    return schedule.importer();
  }

  /**
   * Returns the currency of the schedule.
   *
   * @return for example USD
   */
  public Currency currency() {
    return schedule.currency();
  }

  /**
   * Finds a measure by id.
   *
   * @param id the measure id
   * @return the measure, or empty
   */
  public Optional<Measure> measure(String id) {
    return schedule.measure(id);
  }

  @Override
  public String toString() {
    return "CompiledSchedule["
        + schedule.importer()
        + " as of "
        + asOf
        + ", "
        + measures.length
        + " measures]";
  }
}
