package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

  private static final Comparator<Consideration> ASSESSMENT_ORDER =
      Comparator.comparingInt((Consideration c) -> c.measure().kind().assessmentRank());

  private final TariffSchedule schedule;
  private final LocalDate asOf;
  private final Measure[] measures;
  private final ScopeIndex index;
  private final LayerResolver resolver;
  // Validity is fixed once the date is: per measure, whether it is in force on asOf.
  private final boolean[] inForce;
  // Whether any measure is conditional (a claim) or has an in-transit rule.
  private final boolean anyDeclarationRule;
  // The latest export date any in-force in-transit rule of this date still covers, or null: lets
  // inTransit answer most lines (the bulk engine asks for every line) without a lookup.
  private final LocalDate latestTransitExport;
  private final int memoCapacity;
  private final ConcurrentHashMap<Key, List<Measure>> memo = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, List<Measure>> exemptionsMemo = new ConcurrentHashMap<>();

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
    ScheduleReferences.check(measures, ids);
    int[] topoRank = StackingOrder.ranks(measures, ids);
    this.index = new ScopeIndex(measures);
    this.resolver = new LayerResolver(measures, inForce, topoRank, stacking, index, asOf);
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
    return remembered(
        memo,
        code,
        origin,
        // Validates the origin (an invalid one throws and is never remembered), as explain does.
        () ->
            resolver.resolve(
                code, OriginScope.country(origin), Declaration.NONE, index.candidates(code), null));
  }

  /**
   * Returns the exemptions that apply to a code from an origin when nothing is declared and that
   * displaced a measure ({@link LookupExplanation#exemptionsUsed()} of {@link #explain}), memoised
   * like {@link #applicable(ProductCode, String)} so the exact path does not explain every line.
   *
   * @param code the product code
   * @param origin the country of origin, ISO alpha-2
   * @return an unmodifiable list, empty when no exemption took a charge off
   * @throws InvalidOriginException if the origin is not an ISO 3166 alpha-2 country
   */
  public List<Measure> exemptionsUsed(ProductCode code, String origin) {
    return remembered(
        exemptionsMemo,
        code,
        origin,
        () -> explain(code, origin, Declaration.NONE).exemptionsUsed());
  }

  /** The memo's answer for the code and origin, else the computed one, kept while there is room. */
  private List<Measure> remembered(
      Map<Key, List<Measure>> answers,
      ProductCode code,
      String origin,
      Supplier<List<Measure>> compute) {
    Objects.requireNonNull(code, "code");
    Key key = new Key(code, origin);
    List<Measure> known = answers.get(key);
    if (known != null) {
      return known;
    }
    List<Measure> result = compute.get();
    if (answers.size() < memoCapacity) {
      // Racing threads may each add one pair past the capacity: the bound is approximate by at
      // most the number of threads, which is fine for a memory cap.
      answers.putIfAbsent(key, result);
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
    return resolver.resolve(
        code, OriginScope.country(origin), declaration, index.candidates(code), null);
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
    for (int i : index.candidates(code)) {
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
    for (int i : index.candidates(code)) {
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
    for (int i : index.candidates(code)) {
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
    int[] candidates = index.candidates(code);
    Consideration[] record = new Consideration[candidates.length];
    resolver.resolve(code, country, declaration, candidates, record);
    List<Consideration> ordered = new ArrayList<>(Arrays.asList(record));
    ordered.sort(ASSESSMENT_ORDER); // stable: declaration order within a kind
    return new LookupExplanation(code, country, asOf, ordered);
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
