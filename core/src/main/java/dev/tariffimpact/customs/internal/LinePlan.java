package dev.tariffimpact.customs.internal;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.AssessmentComponent.Category;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.rate.LinearRate;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The customs rules of one line, compiled once per (schedule, regime, code, origin class): the
 * layers in assessment order with their bases, duty-base indices and rounding, the tax exemption
 * and the regime's default tax. Both evaluators read it: the {@link
 * dev.tariffimpact.customs.Assessor} in {@code BigDecimal}, the bulk engine in fixed-point longs,
 * so a rule of layering, bases, taxes or rounding is written once, here.
 *
 * <p>Evaluation, by either evaluator, for a line of customs value {@code V}:
 *
 * <ol>
 *   <li>for each layer in order: skip a tax layer when {@link #taxExempt()}; its base is {@code V}
 *       ({@link DutyBase#CUSTOMS_VALUE}), {@code V} plus the rounded duties so far ({@link
 *       DutyBase#VALUE_PLUS_DUTIES}), or the sum of the rounded amounts of the charged layers
 *       listed in {@link Layer#dutyBase()} ({@link DutyBase#DUTY_AMOUNT}), less the content values
 *       of {@link Layer#lessContent()} (the content split); its exact amount is the rate's; the
 *       amount is rounded once with {@link Layer#rounding()};
 *   <li>when no tax layer was charged, the line is not tax-exempt and the regime has a {@link
 *       #defaultTax()}: {@code (V + duties) x percent / 100}, rounded with {@link #taxRounding()}.
 * </ol>
 *
 * <p>A plan can say the fixed-point evaluator must not take it ({@link #exactOnly()}): a layer
 * whose rate has no linear form ({@link dev.tariffimpact.rate.Rate#linearForm()}), a per-unit
 * amount in another currency than the regime's, or a per-line rule the fixed-point evaluator does
 * not implement ({@link #requireExact(String)}: the hook for new rules, which fail closed to the
 * exact evaluator).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinePlan {

  /**
   * One layer: a measure with its category, base and rounding.
   *
   * @param measure the measure (id, title, kind, rate)
   * @param category the total it counts in
   * @param base what the rate applies to
   * @param dutyBase for {@link DutyBase#DUTY_AMOUNT}, the indices of the earlier layers whose
   *     amounts form the base (a layer not charged adds nothing); empty otherwise
   * @param rounding the regime's rounding of the category
   * @param linear the rate's linear form, or null when it has none
   * @param lessContent for a layer charged on the rest of the value ({@link ContentSplit}), the
   *     components whose values its {@link DutyBase#CUSTOMS_VALUE} base leaves out; empty otherwise
   */
  public record Layer(
      Measure measure,
      Category category,
      DutyBase base,
      int[] dutyBase,
      Rounding rounding,
      LinearRate.Form linear,
      List<String> lessContent) {

    /**
     * A layer on the whole of its base.
     *
     * @param measure the measure
     * @param category the total it counts in
     * @param base what the rate applies to
     * @param dutyBase the indices of the layers forming a duty-amount base
     * @param rounding the rounding
     * @param linear the linear form, or null
     */
    public Layer(
        Measure measure,
        Category category,
        DutyBase base,
        int[] dutyBase,
        Rounding rounding,
        LinearRate.Form linear) {
      this(measure, category, base, dutyBase, rounding, linear, List.of());
    }
  }

  private final List<Layer> layers;
  private final boolean hasBaseDuty;
  private final boolean taxExempt;
  private final CustomsRegime.DefaultTax defaultTax;
  private final Rounding taxRounding;
  private final String exactOnly;

  private LinePlan(
      List<Layer> layers,
      boolean hasBaseDuty,
      boolean taxExempt,
      CustomsRegime.DefaultTax defaultTax,
      Rounding taxRounding,
      String exactOnly) {
    this.layers = layers;
    this.hasBaseDuty = hasBaseDuty;
    this.taxExempt = taxExempt;
    this.defaultTax = defaultTax;
    this.taxRounding = taxRounding;
    this.exactOnly = exactOnly;
  }

  /**
   * Compiles the plan of a code and origin: any origin of the same origin class (inside exactly the
   * same measure origin scopes) gives the same plan.
   *
   * @param schedule the compiled schedule
   * @param regime the customs regime of the schedule's importer
   * @param code the product code
   * @param origin the ISO country of origin
   * @return the plan
   */
  public static LinePlan compile(
      CompiledSchedule schedule, CustomsRegime regime, ProductCode code, String origin) {
    return of(schedule.applicable(code, origin), regime, code);
  }

  /**
   * Compiles the plan of the measures charged on a line (for example those its declaration selects:
   * claims, export date).
   *
   * @param measures the measures charged, in assessment order
   * @param regime the customs regime
   * @param code the product code
   * @return the plan
   */
  public static LinePlan of(List<Measure> measures, CustomsRegime regime, ProductCode code) {
    return of(new ContentSplit.Charges(measures, java.util.Map.of()), regime, code);
  }

  /**
   * Compiles the plan of the measures charged on a line with its content split: a re-admitted
   * measure's layer is on the customs value less the content ({@link Layer#lessContent()}), which
   * only the exact evaluator computes.
   *
   * @param charges the measures charged, in assessment order, and the content split
   * @param regime the customs regime
   * @param code the product code
   * @return the plan
   */
  public static LinePlan of(ContentSplit.Charges charges, CustomsRegime regime, ProductCode code) {
    Objects.requireNonNull(regime, "regime");
    List<Measure> measures = charges.measures();
    List<Layer> layers = new ArrayList<>(measures.size());
    boolean hasBase = false;
    String exactOnly = null;
    for (int k = 0; k < measures.size(); k++) {
      Measure m = measures.get(k);
      hasBase |= m.kind() == MeasureKind.BASE_DUTY || m.kind() == MeasureKind.PREFERENCE;
      int[] dutyBase = new int[0];
      if (m.base() == DutyBase.DUTY_AMOUNT) {
        dutyBase = dutyBase(m, measures, k);
      }
      LinearRate.Form linear = m.rate().linearForm().orElse(null);
      List<String> lessContent = charges.lessContent().getOrDefault(m.id(), List.of());
      if (exactOnly == null) {
        exactOnly =
            lessContent.isEmpty()
                ? fixedPointObstacle(m, linear, regime)
                : "measure " + m.id() + ": content split (on the value less " + lessContent + ")";
      }
      Category category = Category.of(m.kind());
      layers.add(
          new Layer(
              m, category, m.base(), dutyBase, rounding(regime, category), linear, lessContent));
    }
    boolean taxExempt =
        regime.taxExemption() != null && regime.taxExemption().scope().contains(code);
    return new LinePlan(
        List.copyOf(layers),
        hasBase,
        taxExempt,
        regime.defaultTax(),
        regime.rounding().tax(),
        exactOnly);
  }

  private static int[] dutyBase(Measure m, List<Measure> measures, int k) {
    int[] found = new int[k];
    int n = 0;
    for (int j = 0; j < k; j++) {
      if (m.dutyBaseIncludes(measures.get(j))) {
        found[n++] = j;
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  /** Why the fixed-point evaluator cannot compute a layer, or null when it can. */
  private static String fixedPointObstacle(
      Measure m, LinearRate.Form linear, CustomsRegime regime) {
    if (m.total() != null) {
      return "measure " + m.id() + ": " + m.total() + " (a top-up or cap on the line's total)";
    }
    if (linear == null) {
      return "measure " + m.id() + ": rate '" + m.rate() + "' has no linear form";
    }
    for (LinearRate term : linear.terms()) {
      for (LinearRate.PerUnit p : term.perUnit()) {
        if (!p.currency().equals(regime.currency())) {
          return "measure " + m.id() + ": per-unit amount in " + p.currency();
        }
      }
    }
    return null;
  }

  /**
   * Returns the rounding of a category under a regime.
   *
   * @param regime the regime
   * @param category the category
   * @return its rounding
   */
  public static Rounding rounding(CustomsRegime regime, Category category) {
    return switch (category) {
      case DUTY -> regime.rounding().duty();
      case FEE -> regime.rounding().fee();
      case TAX -> regime.rounding().tax();
    };
  }

  /**
   * Returns this plan marked for the exact evaluator only: the hook for a per-line rule the
   * fixed-point evaluator does not implement (claims, content splits, caps): the bulk engine then
   * assesses such lines with the {@code Assessor}.
   *
   * @param reason what the fixed-point evaluator lacks, for example {@code "content split"}
   * @return a plan with the same layers and {@link #exactOnly()} set
   */
  public LinePlan requireExact(String reason) {
    Objects.requireNonNull(reason, "reason");
    return new LinePlan(layers, hasBaseDuty, taxExempt, defaultTax, taxRounding, reason);
  }

  /**
   * Returns the layers in assessment order.
   *
   * @return the layers
   */
  public List<Layer> layers() {
    return layers;
  }

  /**
   * Tells whether a base duty or preference applies (else the line cannot be assessed).
   *
   * @return true when there is one
   */
  public boolean hasBaseDuty() {
    return hasBaseDuty;
  }

  /**
   * Tells whether the code is exempt from import taxes under the regime.
   *
   * @return true to skip tax layers and the default tax
   */
  public boolean taxExempt() {
    return taxExempt;
  }

  /**
   * Returns the regime's default tax, charged when no tax layer applies.
   *
   * @return the tax, or null when the regime has none
   */
  public CustomsRegime.DefaultTax defaultTax() {
    return defaultTax;
  }

  /**
   * Returns the rounding of the default tax.
   *
   * @return the regime's tax rounding
   */
  public Rounding taxRounding() {
    return taxRounding;
  }

  /**
   * Tells whether only the exact evaluator may take this plan.
   *
   * @return true when {@link #exactOnlyReason()} is set
   */
  public boolean exactOnly() {
    return exactOnly != null;
  }

  /**
   * Returns why the fixed-point evaluator may not take this plan.
   *
   * @return the reason, or null when it may
   */
  public String exactOnlyReason() {
    return exactOnly;
  }

  /**
   * Tells whether the default tax applies after the layers.
   *
   * @param taxCharged whether a tax layer was charged
   * @return true to charge {@link #defaultTax()}
   */
  public boolean chargesDefaultTax(boolean taxCharged) {
    return !taxCharged && defaultTax != null && !taxExempt;
  }

  /**
   * Tells whether a layer is skipped (a tax layer of a tax-exempt line).
   *
   * @param layer the layer
   * @return true to skip it
   */
  public boolean skips(Layer layer) {
    return layer.category() == Category.TAX && taxExempt;
  }
}
