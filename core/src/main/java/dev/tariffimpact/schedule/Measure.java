package dev.tariffimpact.schedule;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateParser;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One legal layer of a tariff: which products from which origins pay what, when, and how it stacks
 * with other layers.
 *
 * <p>Example, the IEEPA India country rate of FACTS.md section 2:
 *
 * <pre>{@code
 * Measure india = Measure.builder("us-ieepa-india")
 *     .title("IEEPA reciprocal, India country rate")
 *     .legalBasis("EO 14326")
 *     .kind(MeasureKind.ADDITIONAL_DUTY)
 *     .scope("* except 98")
 *     .origins("IN")
 *     .validity(Validity.parse("2025-08-07..2026-02-23"))
 *     .rate("25%")
 *     .replaces("us-ieepa-baseline")
 *     .provenance("EO 14326", Confidence.V)
 *     .build();
 * }</pre>
 *
 * <p><b>Stacking.</b> {@code excludes}, {@code excludedBy} and {@code replaces} hold measure ids or
 * {@link MeasureKind} names (a name stands for every measure of that kind, for example a preference
 * that {@code replaces} {@code BASE_DUTY}). When this measure applies, every measure it excludes or
 * replaces does not; when a measure named in {@code excludedBy} applies, this one does not. {@code
 * replaces} and {@code excludes} act alike and differ only in the reason shown by {@link
 * CompiledSchedule#explain}. {@code dutyBaseMeasures} (ids or kind names) lists the duties whose
 * amounts form the base of a {@link DutyBase#DUTY_AMOUNT} measure. Measure ids must not equal a
 * kind name, so the two never clash.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id unique within a schedule, non-blank, no white space, e.g. {@code "us-ieepa-india"}
 * @param title short human title
 * @param legalBasis the legal instrument, may be empty, e.g. {@code "EO 14326"}
 * @param kind what the measure is, which fixes when it is assessed
 * @param base what the rate's value is
 * @param scope the products covered
 * @param origins the countries of origin covered
 * @param validity the days in force, inclusive at both ends
 * @param rate the rate
 * @param excludes measures (ids or kind names) that do not apply when this one applies
 * @param excludedBy measures (ids or kind names) whose application removes this one
 * @param replaces measures (ids or kind names) this one takes the place of
 * @param provenance source and confidence
 * @param status in force, announced or hypothetical
 * @param dutyBaseMeasures for {@link DutyBase#DUTY_AMOUNT}: the measures (ids or kind names) whose
 *     amounts are the base; empty otherwise
 * @param chapter99Heading the US HTS chapter 99 heading, e.g. {@code 9903.01.25}, or null
 * @param family the legal family, e.g. {@code section-232}, or empty text; a stacking reference
 *     {@code family:section-232} stands for every measure of that family
 * @param claim for a conditional measure (an exemption or preference that applies only when the
 *     importer claims it), the claim name, e.g. {@code civil-aircraft}; null otherwise
 * @param inTransit the in-transit safe harbour: goods exported and entered by its days are not
 *     subject to the measure; null for none
 * @param total a top-up or cap on the line's total of base duty plus this measure, or null
 */
public record Measure(
    String id,
    String title,
    String legalBasis,
    MeasureKind kind,
    DutyBase base,
    CodeScope scope,
    OriginScope origins,
    Validity validity,
    Rate rate,
    Set<String> excludes,
    Set<String> excludedBy,
    Set<String> replaces,
    Provenance provenance,
    MeasureStatus status,
    Set<String> dutyBaseMeasures,
    ProductCode chapter99Heading,
    String family,
    String claim,
    InTransit inTransit,
    TotalLimit total) {

  /** The prefix of a stacking reference that names a legal family. */
  public static final String FAMILY_PREFIX = "family:";

  /**
   * Validates the measure; see {@link Builder#build()} for the rules.
   *
   * @throws NullPointerException naming a missing component
   * @throws IllegalArgumentException quoting the measure id and the rule broken
   */
  public Measure {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace) || id.indexOf(',') >= 0) {
      throw new IllegalArgumentException(
          "Measure id must be non-blank without white space or commas: '" + id + "'");
    }
    if (isKindName(id)) {
      throw new IllegalArgumentException(
          "Measure id '" + id + "' is reserved: it names a measure kind");
    }
    if (id.startsWith(FAMILY_PREFIX)) {
      throw new IllegalArgumentException(
          "Measure id '" + id + "' is reserved: '" + FAMILY_PREFIX + "' names a legal family");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(origins, "origins");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(status, "status");
    excludes = references(id, "excludes", excludes);
    excludedBy = references(id, "excludedBy", excludedBy);
    replaces = references(id, "replaces", replaces);
    dutyBaseMeasures = references(id, "dutyBaseMeasures", dutyBaseMeasures);
    if (base == DutyBase.DUTY_AMOUNT && dutyBaseMeasures.isEmpty()) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': base DUTY_AMOUNT needs dutyBaseMeasures (the duties it is on)");
    }
    if (base != DutyBase.DUTY_AMOUNT && !dutyBaseMeasures.isEmpty()) {
      throw new IllegalArgumentException(
          "Measure '"
              + id
              + "': dutyBaseMeasures "
              + dutyBaseMeasures
              + " are only used with base DUTY_AMOUNT, base is "
              + base);
    }
    if (kind == MeasureKind.SURCHARGE_ON_DUTY && base != DutyBase.DUTY_AMOUNT) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': a SURCHARGE_ON_DUTY must have base DUTY_AMOUNT, was " + base);
    }
    if (chapter99Heading != null && chapter99Heading.chapter() != 99) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': chapter99Heading must be in chapter 99, was " + chapter99Heading);
    }
    Objects.requireNonNull(family, "family");
    if (!family.isEmpty() && !Declaration.isClaimName(family)) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': family must be a name without spaces or commas: '" + family + "'");
    }
    if (claim != null && !Declaration.isClaimName(claim)) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': claim must be a name without spaces or commas: '" + claim + "'");
    }
    if (total != null && kind != MeasureKind.ADDITIONAL_DUTY) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': a total limit (top-up or cap) needs kind ADDITIONAL_DUTY");
    }
    if (kind == MeasureKind.EXEMPTION && excludes.isEmpty() && replaces.isEmpty()) {
      throw new IllegalArgumentException(
          "Measure '" + id + "': an EXEMPTION must name the measures it exempts (excludes)");
    }
  }

  /**
   * Tells whether a stacking reference (an id, a kind name or {@code family:NAME}) designates a
   * measure.
   *
   * @param reference the reference
   * @param other the measure
   * @return true if it names the measure's id, kind or family
   */
  static boolean refersTo(String reference, Measure other) {
    return reference.equals(other.id)
        || reference.equals(other.kind.name())
        || (!other.family.isEmpty() && reference.equals(FAMILY_PREFIX + other.family));
  }

  /**
   * Tells whether a stacking reference names a legal family.
   *
   * @param reference for example {@code "family:section-232"}
   * @return true if it starts with {@value #FAMILY_PREFIX}
   */
  public static boolean isFamilyReference(String reference) {
    return reference.startsWith(FAMILY_PREFIX);
  }

  /**
   * Tells whether this measure applies only when claimed.
   *
   * @return true if {@link #claim()} is set
   */
  public boolean isConditional() {
    return claim != null;
  }

  private static Set<String> references(String id, String field, Set<String> refs) {
    Objects.requireNonNull(refs, field);
    SortedSet<String> copy = new TreeSet<>();
    for (String r : refs) {
      Objects.requireNonNull(r, field + " entry");
      if (r.isBlank() || !r.equals(r.strip())) {
        throw new IllegalArgumentException(
            "Measure '" + id + "': " + field + " entry must be a non-blank id: '" + r + "'");
      }
      if (r.equals(id)) {
        throw new IllegalArgumentException(
            "Measure '" + id + "': " + field + " must not name the measure itself");
      }
      copy.add(r);
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  static boolean isKindName(String s) {
    for (MeasureKind k : MeasureKind.values()) {
      if (k.name().equals(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts a builder.
   *
   * @param id the measure id, e.g. {@code "us-mfn-6109.10.00"}
   * @return a builder with status {@link MeasureStatus#IN_FORCE}, base {@link
   *     DutyBase#CUSTOMS_VALUE}, origins {@code *}, title = id, no stacking rules
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this measure's values, to derive a changed copy.
   *
   * <p>Example: {@code m.toBuilder().rate("18%").status(MeasureStatus.ANNOUNCED).build()}.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.title = title;
    b.legalBasis = legalBasis;
    b.kind = kind;
    b.base = base;
    b.scope = scope;
    b.origins = origins;
    b.validity = validity;
    b.rate = rate;
    b.excludes = new TreeSet<>(excludes);
    b.excludedBy = new TreeSet<>(excludedBy);
    b.replaces = new TreeSet<>(replaces);
    b.provenance = provenance;
    b.status = status;
    b.dutyBaseMeasures = new TreeSet<>(dutyBaseMeasures);
    b.chapter99Heading = chapter99Heading;
    b.family = family;
    b.claim = claim;
    b.inTransit = inTransit;
    b.total = total;
    return b;
  }

  /**
   * Tells whether a reference (an id or a kind name, as in the stacking sets) designates another
   * measure.
   *
   * @param reference for example {@code "us-ieepa-baseline"} or {@code "BASE_DUTY"}
   * @param other the measure
   * @return true if the reference is the other measure's id or its kind's name
   */
  public static boolean designates(String reference, Measure other) {
    return refersTo(reference, other);
  }

  /**
   * Tells whether another measure's amount is part of this measure's duty base.
   *
   * <p>Example: India SWS with {@code dutyBaseMeasures = [BASE_DUTY, in-aidc]} counts the BCD line
   * that applies and the AIDC.
   *
   * @param other a measure assessed before this one
   * @return true if {@code dutyBaseMeasures} names the other measure's id or kind
   */
  public boolean dutyBaseIncludes(Measure other) {
    return dutyBaseMeasures.contains(other.id) || dutyBaseMeasures.contains(other.kind.name());
  }

  /**
   * Tells whether this measure, when it applies, removes another ({@code excludes} or {@code
   * replaces} names it, or the other's {@code excludedBy} names this one), by id, kind or family.
   *
   * @param other another measure
   * @return true if one of the stacking rules removes it
   */
  public boolean removes(Measure other) {
    return names(replaces, other) || names(excludes, other) || names(other.excludedBy, this);
  }

  /**
   * Tells whether this measure removes another only through the other's {@code excludedBy} (the
   * other measure steps aside), not through its own {@code excludes} or {@code replaces} (this
   * measure pushes it out). For a measure charged on a component's value (a Section 232 duty on the
   * steel content) the difference is the content split: the other measure still applies to the rest
   * of the value (HTS ch.99 note 2(v)(vii): "shall not apply to the declared value of the steel
   * content ... but shall apply to the non-steel content"), whereas what this measure excludes
   * itself is removed wholly (note 2(z)(iv): the Russian-oil duty "shall not apply to derivative
   * iron or steel products").
   *
   * @param other another measure
   * @return true if only the other's {@code excludedBy} names this one
   */
  public boolean removesOnlyByExcludedBy(Measure other) {
    return names(other.excludedBy, this) && !names(replaces, other) && !names(excludes, other);
  }

  /**
   * Tells whether this measure's {@code replaces} names another (for the reason shown).
   *
   * @param other another measure
   * @return true if replaced rather than excluded
   */
  public boolean replacesMeasure(Measure other) {
    return names(replaces, other);
  }

  private static boolean names(Set<String> refs, Measure m) {
    if (refs.isEmpty()) {
      return false;
    }
    if (refs.contains(m.id) || refs.contains(m.kind.name())) {
      return true;
    }
    return !m.family.isEmpty() && refs.contains(FAMILY_PREFIX + m.family);
  }

  /**
   * Tells whether this measure is in force on a day.
   *
   * @param date the day
   * @return true if {@link #validity()} contains it
   */
  public boolean inForceOn(LocalDate date) {
    return validity.contains(date);
  }

  /**
   * Returns the chapter 99 heading as text, for output.
   *
   * @return for example {@code "9903.01.25"}, or empty text if none
   */
  public String chapter99Text() {
    return chapter99Heading == null ? "" : chapter99Heading.toString();
  }

  /** Prints the id, kind, rate, scope, origins and validity: a one-line summary. */
  @Override
  public String toString() {
    return id + " [" + kind + " " + rate + " on " + scope + " from " + origins + ", " + validity
        + "]";
  }

  /**
   * Builds a {@link Measure}; {@code kind}, {@code scope}, {@code validity}, {@code rate} and
   * {@code provenance} are required.
   *
   * <p>This class is mutable and not thread-safe; the measures it builds are immutable.
   */
  public static final class Builder {
    private final String id;
    private String title;
    private String legalBasis = "";
    private MeasureKind kind;
    private DutyBase base = DutyBase.CUSTOMS_VALUE;
    private CodeScope scope;
    private OriginScope origins = OriginScope.all();
    private Validity validity;
    private Rate rate;
    private Set<String> excludes = new TreeSet<>();
    private Set<String> excludedBy = new TreeSet<>();
    private Set<String> replaces = new TreeSet<>();
    private Provenance provenance;
    private MeasureStatus status = MeasureStatus.IN_FORCE;
    private Set<String> dutyBaseMeasures = new TreeSet<>();
    private ProductCode chapter99Heading;
    private String family = "";
    private String claim;
    private InTransit inTransit;
    private TotalLimit total;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = id;
    }

    /**
     * Sets the title.
     *
     * @param value for example {@code "IEEPA reciprocal, India country rate"}
     * @return this builder
     */
    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the legal basis.
     *
     * @param value for example {@code "EO 14257"}
     * @return this builder
     */
    public Builder legalBasis(String value) {
      this.legalBasis = Objects.requireNonNull(value, "legalBasis");
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param value for example {@link MeasureKind#ADDITIONAL_DUTY}
     * @return this builder
     */
    public Builder kind(MeasureKind value) {
      this.kind = Objects.requireNonNull(value, "kind");
      return this;
    }

    /**
     * Sets the duty base (default {@link DutyBase#CUSTOMS_VALUE}).
     *
     * @param value for example {@link DutyBase#DUTY_AMOUNT}
     * @return this builder
     */
    public Builder base(DutyBase value) {
      this.base = Objects.requireNonNull(value, "base");
      return this;
    }

    /**
     * Sets the product scope.
     *
     * @param value the scope
     * @return this builder
     */
    public Builder scope(CodeScope value) {
      this.scope = Objects.requireNonNull(value, "scope");
      return this;
    }

    /**
     * Sets the product scope from its text form.
     *
     * @param text for example {@code "50-63, 6403 except 6403.99.90"}
     * @return this builder
     * @throws dev.tariffimpact.classification.InvalidCodeException if the text is malformed
     */
    public Builder scope(String text) {
      return scope(CodeScope.parse(text));
    }

    /**
     * Sets the origins (default every country).
     *
     * @param value the origin scope
     * @return this builder
     */
    public Builder origins(OriginScope value) {
      this.origins = Objects.requireNonNull(value, "origins");
      return this;
    }

    /**
     * Sets the origins from their text form.
     *
     * @param text for example {@code "* except CA, MX"}
     * @return this builder
     * @throws InvalidOriginException naming an unknown country
     */
    public Builder origins(String text) {
      return origins(OriginScope.parse(text));
    }

    /**
     * Sets the validity.
     *
     * @param value the dates in force
     * @return this builder
     */
    public Builder validity(Validity value) {
      this.validity = Objects.requireNonNull(value, "validity");
      return this;
    }

    /**
     * Sets the validity from its text form.
     *
     * @param text for example {@code "2025-08-07..2026-02-23"} or {@code "2025-01-01.."}
     * @return this builder
     * @throws IllegalArgumentException if the text is malformed
     */
    public Builder validity(String text) {
      return validity(Validity.parse(text));
    }

    /**
     * Sets the rate.
     *
     * @param value the rate
     * @return this builder
     */
    public Builder rate(Rate value) {
      this.rate = Objects.requireNonNull(value, "rate");
      return this;
    }

    /**
     * Sets the rate from rate text, parsed by {@link RateParser#parse(String)}.
     *
     * @param text for example {@code "25%"} or {@code "24¢/kg"}
     * @return this builder
     * @throws dev.tariffimpact.rate.RateParseException if the text is not a rate
     */
    public Builder rate(String text) {
      return rate(RateParser.parse(text));
    }

    /**
     * Adds measures (ids or kind names) this one excludes.
     *
     * @param refs for example {@code "us-s122"}
     * @return this builder
     */
    public Builder excludes(String... refs) {
      excludes.addAll(Arrays.asList(refs));
      return this;
    }

    /**
     * Replaces the set of excluded measures.
     *
     * @param refs ids or kind names
     * @return this builder
     */
    public Builder excludes(Collection<String> refs) {
      excludes = new TreeSet<>(refs);
      return this;
    }

    /**
     * Adds measures (ids or kind names) whose application removes this one.
     *
     * @param refs for example {@code "us-232-steel"}
     * @return this builder
     */
    public Builder excludedBy(String... refs) {
      excludedBy.addAll(Arrays.asList(refs));
      return this;
    }

    /**
     * Replaces the set of measures whose application removes this one.
     *
     * @param refs ids or kind names
     * @return this builder
     */
    public Builder excludedBy(Collection<String> refs) {
      excludedBy = new TreeSet<>(refs);
      return this;
    }

    /**
     * Adds measures (ids or kind names) this one replaces.
     *
     * @param refs for example {@code "us-ieepa-baseline"}
     * @return this builder
     */
    public Builder replaces(String... refs) {
      replaces.addAll(Arrays.asList(refs));
      return this;
    }

    /**
     * Replaces the set of replaced measures.
     *
     * @param refs ids or kind names
     * @return this builder
     */
    public Builder replaces(Collection<String> refs) {
      replaces = new TreeSet<>(refs);
      return this;
    }

    /**
     * Sets the provenance.
     *
     * @param value source and confidence
     * @return this builder
     */
    public Builder provenance(Provenance value) {
      this.provenance = Objects.requireNonNull(value, "provenance");
      return this;
    }

    /**
     * Sets the provenance without a note.
     *
     * @param source for example {@code "EO 14257"}
     * @param confidence for example {@link Confidence#V}
     * @return this builder
     */
    public Builder provenance(String source, Confidence confidence) {
      return provenance(Provenance.of(source, confidence));
    }

    /**
     * Sets the status (default {@link MeasureStatus#IN_FORCE}).
     *
     * @param value for example {@link MeasureStatus#ANNOUNCED}
     * @return this builder
     */
    public Builder status(MeasureStatus value) {
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /**
     * Adds measures (ids or kind names) whose amounts form the base of a DUTY_AMOUNT measure.
     *
     * @param refs for example {@code "BASE_DUTY"}, {@code "in-aidc"}
     * @return this builder
     */
    public Builder dutyBaseMeasures(String... refs) {
      dutyBaseMeasures.addAll(Arrays.asList(refs));
      return this;
    }

    /**
     * Replaces the set of duty-base measures.
     *
     * @param refs ids or kind names
     * @return this builder
     */
    public Builder dutyBaseMeasures(Collection<String> refs) {
      dutyBaseMeasures = new TreeSet<>(refs);
      return this;
    }

    /**
     * Sets the US HTS chapter 99 heading.
     *
     * @param value for example {@code 9903.01.25}, or null for none
     * @return this builder
     */
    public Builder chapter99Heading(ProductCode value) {
      this.chapter99Heading = value;
      return this;
    }

    /**
     * Sets the US HTS chapter 99 heading from text.
     *
     * @param text for example {@code "9903.01.25"}
     * @return this builder
     * @throws dev.tariffimpact.classification.InvalidCodeException if the text is not a code
     */
    public Builder chapter99Heading(String text) {
      return chapter99Heading(ProductCode.parse(text));
    }

    /**
     * Sets the legal family (stacking references {@code family:NAME} name every member).
     *
     * @param value for example {@code "section-232"}, or empty text for none
     * @return this builder
     */
    public Builder family(String value) {
      this.family = Objects.requireNonNull(value, "family");
      return this;
    }

    /**
     * Makes the measure conditional: it applies only when the line claims this name.
     *
     * @param value for example {@code "civil-aircraft"}, or null for an unconditional measure
     * @return this builder
     */
    public Builder claim(String value) {
      this.claim = value;
      return this;
    }

    /**
     * Sets the in-transit safe harbour.
     *
     * @param value the rule, or null for none
     * @return this builder
     */
    public Builder inTransit(InTransit value) {
      this.inTransit = value;
      return this;
    }

    /**
     * Sets a top-up or cap on the line's total of base duty plus this measure.
     *
     * @param value the limit, or null for none
     * @return this builder
     */
    public Builder total(TotalLimit value) {
      this.total = value;
      return this;
    }

    /**
     * Builds and validates the measure.
     *
     * <p>Rules: id non-blank without white space or commas and not a kind name; kind, scope,
     * validity, rate and provenance set; validity start on or before its end; base DUTY_AMOUNT if
     * and only if dutyBaseMeasures is non-empty; a SURCHARGE_ON_DUTY has base DUTY_AMOUNT; no
     * stacking set names the measure itself; the chapter 99 heading is in chapter 99.
     *
     * @return the measure
     * @throws IllegalArgumentException quoting the id and the rule broken, or naming the first
     *     required value that is missing
     */
    public Measure build() {
      requireSet(kind, "kind");
      requireSet(scope, "scope");
      requireSet(validity, "validity");
      requireSet(rate, "rate");
      requireSet(provenance, "provenance");
      return new Measure(
          id,
          title,
          legalBasis,
          kind,
          base,
          scope,
          origins,
          validity,
          rate,
          excludes,
          excludedBy,
          replaces,
          provenance,
          status,
          dutyBaseMeasures,
          chapter99Heading,
          family,
          claim,
          inTransit,
          total);
    }

    private void requireSet(Object value, String name) {
      if (value == null) {
        throw new IllegalArgumentException("Measure '" + id + "': " + name + " is required");
      }
    }
  }
}
