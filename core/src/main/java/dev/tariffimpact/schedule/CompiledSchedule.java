package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import java.time.LocalDate;
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
  private static final MeasureKind[] EXCLUSIVE_KINDS =
      Arrays.stream(MeasureKind.values())
          .filter(MeasureKind::isExclusivePerLine)
          .toArray(MeasureKind[]::new);
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
  // Whether any measure is conditional (a claim) or has an in-transit rule.
  private final boolean anyDeclarationRule;
  // The latest export date any in-force in-transit rule of this date still covers, or null: lets
  // inTransit answer most lines (the bulk engine asks for every line) without a lookup.
  private final LocalDate latestTransitExport;
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
    boolean declared = false;
    for (int i = 0; i < measures.length; i++) {
      Measure m = measures[i];
      inForce[i] = m.validity().contains(asOf);
      stacking |= !m.excludes().isEmpty() || !m.replaces().isEmpty() || !m.excludedBy().isEmpty();
      declared |= m.isConditional() || m.inTransit() != null;
    }
    this.anyStackingRule = stacking;
    this.anyDeclarationRule = declared;
    LocalDate latest = null;
    for (int i = 0; i < measures.length; i++) {
      InTransit rule = measures[i].inTransit();
      if (rule != null
          && inForce[i]
          && !asOf.isAfter(rule.enteredOnOrBefore())
          && (latest == null || rule.exportedOnOrBefore().isAfter(latest))) {
        latest = rule.exportedOnOrBefore();
      }
    }
    this.latestTransitExport = latest;
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < measures.length; i++) {
      ids.put(measures[i].id(), i);
    }
    checkReferences(ids);
    this.topoRank = StackingOrder.ranks(measures, ids);
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
      if (m.kind() == MeasureKind.PREFERENCE && !relatesToBaseDuty(m, ids)) {
        // a preference that silently stacks on the base duty would charge both
        throw new InvalidScheduleException(
            "Measure '"
                + m.id()
                + "': a PREFERENCE needs a rule against the base duty it takes the place of"
                + " (replaces: [\"BASE_DUTY\"] or the base duty's id)");
      }
      for (Set<String> refs : List.of(m.excludes(), m.excludedBy(), m.replaces())) {
        for (String ref : refs) {
          if (!Measure.isKindName(ref)
              && !Measure.isFamilyReference(ref)
              && !ids.containsKey(ref)) {
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

  private boolean relatesToBaseDuty(Measure preference, Map<String, Integer> ids) {
    for (Set<String> refs : List.of(preference.replaces(), preference.excludes())) {
      for (String ref : refs) {
        Integer j = ids.get(ref);
        if (ref.equals(MeasureKind.BASE_DUTY.name())
            || (j != null && measures[j].kind() == MeasureKind.BASE_DUTY)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the measures charged on a code from an origin when nothing is declared (no claims,
   * export date unknown), in assessment order.
   *
   * <p>Example: {@code applicable(ProductCode.parse("6109.10.00"), "IN")}. Exemptions that apply
   * are not in the list (they charge nothing); {@link #explain} shows them.
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
    String country = OriginScope.country(origin);
    List<Measure> result = resolve(code, country, Declaration.NONE, candidates(code), null);
    if (memo.size() < memoCapacity) {
      // Racing threads may each add one pair past the capacity: the bound is approximate by at
      // most the number of threads, which is fine for a memory cap.
      memo.putIfAbsent(key, result);
    }
    return result;
  }

  /**
   * Returns the measures charged on a code from an origin given what the importer declares (the
   * claims of conditional exemptions and preferences, the date of exportation for in-transit
   * rules), in assessment order.
   *
   * @param code the product code
   * @param origin the country of origin, ISO alpha-2
   * @param declaration the line's claims and export date
   * @return an unmodifiable list
   * @throws InvalidOriginException if the origin is not an ISO 3166 alpha-2 country
   */
  public List<Measure> applicable(ProductCode code, String origin, Declaration declaration) {
    Objects.requireNonNull(declaration, "declaration");
    if (!anyDeclarationRule || declaration.isNone()) {
      return applicable(code, origin);
    }
    Objects.requireNonNull(code, "code");
    return resolve(code, OriginScope.country(origin), declaration, candidates(code), null);
  }

  /**
   * Tells whether a declaration can change what applies to a code from an origin: some measure in
   * force for them is conditional (a claim) or has an in-transit rule.
   *
   * @param code the product code
   * @param origin the country of origin
   * @return false when {@link #applicable(ProductCode, String)} is the answer for every declaration
   */
  public boolean dependsOnDeclaration(ProductCode code, String origin) {
    if (!anyDeclarationRule) {
      return false;
    }
    String country = OriginScope.country(origin);
    for (int i : candidates(code)) {
      Measure m = measures[i];
      if ((m.isConditional() || m.inTransit() != null)
          && inForce[i]
          && m.scope().matchLength(code) >= 0
          && m.origins().containsValidated(country)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether goods of a code and origin exported on a day are in transit under the safe
   * harbour of some measure in force (so they do not pay it): the only way an export date changes
   * what applies.
   *
   * @param code the product code
   * @param origin the country of origin
   * @param exportDate the date of exportation
   * @return true if an in-transit rule covers the line
   */
  public boolean inTransit(ProductCode code, String origin, LocalDate exportDate) {
    // No rule can cover the line: InTransit.covers needs the export date on or before a cutoff.
    if (latestTransitExport == null
        || exportDate == null
        || exportDate.isAfter(latestTransitExport)) {
      return false;
    }
    String country = OriginScope.country(origin);
    for (int i : candidates(code)) {
      Measure m = measures[i];
      if (m.inTransit() != null
          && inForce[i]
          && m.inTransit().covers(exportDate, asOf)
          && m.scope().matchLength(code) >= 0
          && m.origins().containsValidated(country)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the charged measures in force for a code that are written for a list of other origins
   * only: the layers a schedule models for some origins (for example goods of India) that a line of
   * another origin does not pay, so the output can say so instead of silently charging less.
   *
   * @param code the product code
   * @param origin the country of origin
   * @return the measures, declaration order; empty when the origin is covered or none exist
   */
  public List<Measure> forOtherOriginsOnly(ProductCode code, String origin) {
    String country = OriginScope.country(origin);
    List<Measure> out = new ArrayList<>();
    for (int i : candidates(code)) {
      Measure m = measures[i];
      if (inForce[i]
          && m.kind() == MeasureKind.ADDITIONAL_DUTY
          && m.origins().isCountryList()
          && !m.origins().containsValidated(country)
          && m.scope().matchLength(code) >= 0) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Explains the lookup with nothing declared; see {@link #explain(ProductCode, String,
   * Declaration)}.
   *
   * @param code the product code
   * @param origin the country of origin, ISO alpha-2
   * @return the explanation, in assessment order
   * @throws InvalidOriginException if the origin is not an ISO 3166 alpha-2 country
   */
  public LookupExplanation explain(ProductCode code, String origin) {
    return explain(code, origin, Declaration.NONE);
  }

  /**
   * Explains the lookup: every measure whose scope names the code's prefixes, its chapter (ranges)
   * or every product, with whether it applies or why not. The same single resolution as {@link
   * #applicable}, recording each verdict.
   *
   * @param code the product code
   * @param origin the country of origin, ISO alpha-2
   * @param declaration the line's claims and export date
   * @return the explanation, in assessment order
   * @throws InvalidOriginException if the origin is not an ISO 3166 alpha-2 country
   */
  public LookupExplanation explain(ProductCode code, String origin, Declaration declaration) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(declaration, "declaration");
    String country = OriginScope.country(origin);
    int[] candidates = candidates(code);
    Consideration[] record = new Consideration[candidates.length];
    resolve(code, country, declaration, candidates, record);
    List<Consideration> ordered = new ArrayList<>(Arrays.asList(record));
    ordered.sort(ASSESSMENT_ORDER); // stable: declaration order within a kind
    return new LookupExplanation(code, country, asOf, ordered);
  }

  /**
   * The rules, applied once. With {@code record} null only the charged measures are computed
   * (validity precomputed for the date, no objects per candidate); otherwise every candidate's
   * verdict is recorded as well, in the documented order of reasons.
   */
  private List<Measure> resolve(
      ProductCode code,
      String country,
      Declaration declaration,
      int[] candidates,
      Consideration[] record) {
    boolean explain = record != null;
    int n = candidates.length;
    int[] match = new int[n];
    boolean[] alive = new boolean[n];
    int survivors = 0;
    for (int c = 0; c < n; c++) {
      int i = candidates[c];
      if (!explain && !inForce[i]) {
        continue;
      }
      Measure m = measures[i];
      int length = m.scope().matchLength(code);
      match[c] = length;
      Verdict verdict = null;
      if (length < 0) {
        if (!explain) {
          continue;
        }
        verdict =
            !includeCovers(i, code)
                ? Verdict.NOT_IN_SCOPE
                : inForce[i] ? Verdict.SCOPE_EXCLUDED : Verdict.OUT_OF_DATES;
      } else if (!inForce[i]) {
        verdict = Verdict.OUT_OF_DATES;
      } else if (!m.origins().containsValidated(country)) {
        verdict = Verdict.ORIGIN_NOT_COVERED;
      } else if (m.inTransit() != null && m.inTransit().covers(declaration.exportDate(), asOf)) {
        verdict = Verdict.IN_TRANSIT;
      } else if (m.isConditional() && !declaration.claims(m.claim())) {
        verdict = Verdict.NOT_CLAIMED;
      }
      if (verdict != null) {
        if (explain) {
          record[c] = new Consideration(m, verdict, null, length);
        }
        continue;
      }
      alive[c] = true;
      survivors++;
    }
    if (survivors > 0) {
      for (MeasureKind kind : EXCLUSIVE_KINDS) {
        survivors -= supersede(candidates, match, alive, kind, record);
      }
      if (anyStackingRule) {
        survivors = stack(candidates, match, alive, survivors, record);
      }
    }
    Measure[] charged = new Measure[survivors];
    int k = 0;
    for (int c = 0; c < n; c++) {
      if (!alive[c]) {
        continue;
      }
      Measure m = measures[candidates[c]];
      if (explain) {
        record[c] = new Consideration(m, Verdict.APPLIES, null, match[c]);
      }
      if (!m.kind().isCharged()) {
        continue;
      }
      int rank = m.kind().assessmentRank();
      int at = k++;
      // Insertion sort, stable: declaration order within a kind (lists are short).
      while (at > 0 && charged[at - 1].kind().assessmentRank() > rank) {
        charged[at] = charged[at - 1];
        at--;
      }
      charged[at] = m;
    }
    return List.of(k == charged.length ? charged : Arrays.copyOf(charged, k));
  }

  /**
   * Keeps only the most specific survivor of an exclusive kind (the later declared at equal
   * specificity); returns how many it removed.
   */
  private int supersede(
      int[] candidates, int[] match, boolean[] alive, MeasureKind kind, Consideration[] record) {
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
        if (record != null) {
          record[c] =
              new Consideration(
                  measures[candidates[c]],
                  Verdict.SUPERSEDED_BY_MORE_SPECIFIC,
                  measures[candidates[winner]].id(),
                  match[c]);
        }
      }
    }
    return count - 1;
  }

  /**
   * Applies the stacking rules in topological order; returns the number still applying. The remover
   * named is the first declared among those that apply.
   */
  private int stack(
      int[] candidates, int[] match, boolean[] alive, int survivors, Consideration[] record) {
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
      int remover = -1;
      for (int s = 0; s < candidates.length && remover < 0; s++) {
        if (applies[s] && measures[candidates[s]].removes(target)) {
          remover = s;
        }
      }
      if (remover < 0) {
        applies[t] = true;
        applying++;
      } else if (record != null) {
        Measure source = measures[candidates[remover]];
        Verdict verdict =
            source.replacesMeasure(target) ? Verdict.REPLACED_BY : Verdict.EXCLUDED_BY;
        record[t] = new Consideration(target, verdict, source.id(), match[t]);
      }
    }
    System.arraycopy(applies, 0, alive, 0, alive.length);
    return applying;
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
