package dev.tariffimpact.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.FeeBand;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.LineValuation;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.customs.RoundingPolicy;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.customs.internal.EntryFeePlan;
import dev.tariffimpact.customs.internal.ExactSteps;
import dev.tariffimpact.customs.internal.LineValuer;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.GreaterOf;
import dev.tariffimpact.rate.LesserOf;
import dev.tariffimpact.rate.LinearRate;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateContext;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.rate.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Each fixed-point step against its BigDecimal twin ({@link ExactSteps}, {@link LineValuer}, {@code
 * Rate.amount}) on the same inputs, across the four regimes (US, IN, EU, GB), every rate shape the
 * linear view offers, every rounding mode, and every fee band: the results must be equal to the
 * last unit. The whole-line comparison is {@code BulkExactnessPropertyTest}.
 */
class FixedPointStepsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final Currency INR = Currency.getInstance("INR");
  private static final RoundingMode[] MODES = {
    RoundingMode.UP,
    RoundingMode.DOWN,
    RoundingMode.CEILING,
    RoundingMode.FLOOR,
    RoundingMode.HALF_UP,
    RoundingMode.HALF_DOWN,
    RoundingMode.HALF_EVEN
  };

  /** A random non-negative decimal with up to {@code maxUnscaled} units at {@code scale}. */
  private static BigDecimal decimal(Random r, long maxUnscaled, int scale) {
    return BigDecimal.valueOf((long) (r.nextDouble() * maxUnscaled), scale);
  }

  private static long unscaled(BigDecimal d) {
    return Fixed.unscaled(d, Fixed.MONEY_SCALE);
  }

  @Property(tries = 2000)
  void roundEqualsTheExactStepInEveryMode(@ForAll long seed) {
    Random r = new Random(seed);
    long exact = Math.abs(r.nextLong() % 1_000_000_000_000_000L);
    int from = 4 + r.nextInt(12);
    Rounding rounding = Rounding.of(r.nextInt(5), MODES[r.nextInt(MODES.length)]);

    long fixed = FixedPoint.round(exact, from, rounding.scale(), rounding.mode());

    assertThat(fixed)
        .isEqualTo(unscaled(ExactSteps.round(BigDecimal.valueOf(exact, from), rounding)));
  }

  /** Ad valorem, specific (with a per quantity), compound, greater-of and lesser-of rates. */
  private static Rate rate(Random r, Currency currency) {
    Rate adValorem = new AdValorem(decimal(r, 40_000, 3));
    Unit[] units = {Unit.KG, Unit.G, Unit.T, Unit.EACH, Unit.DOZEN, Unit.GROSS, Unit.PAIR};
    Rate specific =
        new Specific(
            decimal(r, 500_000, 4),
            currency,
            BigDecimal.valueOf(new long[] {1, 1, 2, 4, 5, 8, 10, 25, 100}[r.nextInt(9)]),
            units[r.nextInt(units.length)]);
    return switch (r.nextInt(5)) {
      case 0 -> adValorem;
      case 1 -> specific;
      case 2 -> Compound.of(adValorem, specific);
      case 3 -> GreaterOf.of(adValorem, specific);
      default -> LesserOf.of(adValorem, specific);
    };
  }

  @Property(tries = 3000)
  void layerAmountEqualsTheRateForEveryLinearShapeAndRounding(@ForAll long seed) {
    Random r = new Random(seed);
    Rate rate = rate(r, USD);
    BigDecimal base = decimal(r, 1_000_000_000L, 2);
    BigDecimal netKg = decimal(r, 100_000_000_000L, 6);
    Unit[] lineUnits = {Unit.EACH, Unit.DOZEN, Unit.PAIR, Unit.GROSS};
    Unit unit = lineUnits[r.nextInt(lineUnits.length)];
    BigDecimal quantity = decimal(r, 100_000_000_000L, 6);
    Rounding rounding = Rounding.of(r.nextInt(5), MODES[r.nextInt(MODES.length)]);
    RateContext ctx =
        RateContext.builder(USD, base)
            .quantity(Quantity.of(quantity, unit))
            .quantity(Quantity.of(netKg, Unit.KG))
            .build();
    FixedPlan.Layer layer =
        FixedPlan.layer(
            FixedPlan.DUTY,
            FixedPlan.ON_VALUE,
            new int[0],
            rate.linearForm().orElseThrow(),
            rounding);
    FixedPoint.Scratch sc = new FixedPoint.Scratch();

    boolean computed;
    try {
      computed =
          FixedPoint.layerAmount(
              layer,
              unscaled(base),
              Fixed.unscaled(quantity, Fixed.QUANTITY_SCALE),
              unit,
              Fixed.unscaled(netKg, Fixed.QUANTITY_SCALE),
              sc);
    } catch (ArithmeticException outOfRange) {
      return; // beyond a long: the engine sends the entry to the Assessor (tested whole-line)
    }

    BigDecimal exact;
    try {
      exact = rate.amount(ctx);
    } catch (MissingInputException missing) {
      assertThat(computed).isFalse(); // the exact path names the missing quantity
      return;
    }
    if (!computed) {
      // only a unit ratio that does not terminate (each into dozens) keeps a line off the fixed
      // point; the Assessor then computes it
      assertThat(rate.linearForm().orElseThrow().terms())
          .flatMap(LinearRate::perUnit)
          .anyMatch(
              p -> p.unit().dimension() == unit.dimension() && unit.exactRatio(p.unit()).isEmpty());
      return;
    }
    assertThat(FixedPoint.round(sc.exact, sc.scale, rounding.scale(), rounding.mode()))
        .isEqualTo(unscaled(ExactSteps.round(exact, rounding)));
  }

  @Test
  void aRateWithoutALinearViewHasNoFixedPointLayer() {
    // the rate package decides: a per-unit amount that does not terminate (1 / 3) is not linear
    Rate thirds = new Specific(BigDecimal.ONE, USD, BigDecimal.valueOf(3), Unit.KG);
    assertThat(thirds.linear()).isEmpty();
    assertThat(GreaterOf.of(AdValorem.of("5"), thirds).linearForm()).isEmpty();
    // a unit ratio that does not terminate has no fixed-point factor: litres into barrels
    assertThat(Unit.LITRE.exactRatio(Unit.BARREL)).isEmpty();
    assertThat(Unit.DOZEN.exactRatio(Unit.EACH)).contains(new BigDecimal("12"));
  }

  @Property(tries = 2000)
  void layerBaseAndDefaultTaxEqualTheExactSteps(@ForAll long seed) {
    Random r = new Random(seed);
    BigDecimal value = decimal(r, 100_000_000_000L, 2);
    BigDecimal duties = decimal(r, 10_000_000_000L, 2);
    BigDecimal[] amounts = new BigDecimal[4];
    FixedPoint.Scratch sc = new FixedPoint.Scratch();
    for (int k = 0; k < 4; k++) {
      boolean charged = r.nextBoolean();
      amounts[k] = charged ? decimal(r, 1_000_000_000L, 2) : null;
      sc.charged[k] = charged;
      sc.amounts[k] = charged ? unscaled(amounts[k]) : 0;
    }
    int[] dutyBase = r.ints(1 + r.nextInt(3), 0, 4).distinct().sorted().toArray();
    for (dev.tariffimpact.schedule.DutyBase base : dev.tariffimpact.schedule.DutyBase.values()) {
      dev.tariffimpact.customs.internal.LinePlan.Layer exactLayer =
          new dev.tariffimpact.customs.internal.LinePlan.Layer(
              null, null, base, dutyBase, Rounding.CENTS_HALF_UP, null);
      FixedPlan.Layer fixedLayer =
          new FixedPlan.Layer(
              FixedPlan.DUTY,
              switch (base) {
                case CUSTOMS_VALUE -> FixedPlan.ON_VALUE;
                case VALUE_PLUS_DUTIES -> FixedPlan.ON_VALUE_PLUS_DUTIES;
                case DUTY_AMOUNT -> FixedPlan.ON_DUTIES;
              },
              dutyBase,
              FixedPlan.ONE,
              new FixedPlan.Term[0],
              2,
              RoundingMode.HALF_UP);
      assertThat(FixedPoint.layerBase(fixedLayer, unscaled(value), unscaled(duties), sc))
          .isEqualTo(unscaled(ExactSteps.layerBase(exactLayer, value, duties, amounts)));
    }
    // default tax: EU 19%, GB 20%, and an odd percent with HALF_EVEN pennies
    BigDecimal percent =
        List.of(new BigDecimal("19"), new BigDecimal("20"), new BigDecimal("7.7"))
            .get(r.nextInt(3));
    Rounding rounding = Rounding.of(r.nextInt(3), MODES[r.nextInt(MODES.length)]);
    BigDecimal taxBase = value.add(duties);
    FixedPlan.DefaultTax tax =
        new FixedPlan.DefaultTax(percent.unscaledValue().longValue(), percent.scale(), rounding);
    assertThat(FixedPoint.defaultTax(unscaled(taxBase), tax))
        .isEqualTo(unscaled(ExactSteps.defaultTax(taxBase, percent, rounding)));
  }

  /** US MPF (two fiscal-year bands), HMF (no bands), and a two-band fee rounding HALF_EVEN. */
  private static List<EntryFeePlan> fees() {
    List<EntryFeePlan> plans = new ArrayList<>(EntryFeePlan.of(CustomsRegime.US));
    EntryFee banded =
        new EntryFee(
            "TEST-FEE",
            "test fee with a floor in one band and a ceiling in the other",
            new BigDecimal("0.21"),
            Set.of(),
            List.of(
                new FeeBand(
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 30),
                    new BigDecimal("5.005"),
                    null,
                    null,
                    "test"),
                new FeeBand(
                    LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 12, 31),
                    null,
                    new BigDecimal("99.995"),
                    null,
                    "test")),
            false,
            "test");
    CustomsRegime halfEven =
        withRounding(
            CustomsRegime.US, RoundingPolicy.uniform(Rounding.of(2, RoundingMode.HALF_EVEN)));
    plans.addAll(
        EntryFeePlan.of(
            new CustomsRegime(
                "US",
                USD,
                halfEven.valuation(),
                halfEven.fxDate(),
                halfEven.rounding(),
                null,
                List.of(banded),
                List.of(),
                null,
                null,
                List.of())));
    return plans;
  }

  @Property(tries = 2000)
  void entryFeeEqualsTheExactStepWithClampsAndBands(@ForAll long seed) {
    Random r = new Random(seed);
    List<EntryFeePlan> plans = fees();
    EntryFeePlan plan = plans.get(r.nextInt(plans.size()));
    // small bases hit the minimum, large ones the maximum
    BigDecimal base = r.nextBoolean() ? decimal(r, 2_000_000L, 2) : decimal(r, 100_000_000_000L, 2);
    LocalDate date = LocalDate.of(2024, 6, 1).plusDays(r.nextInt(1000));
    int band = plan.bandAt(date);
    if (band == EntryFeePlan.UNKNOWN_BAND) {
      return; // neither path computes it: the Assessor rejects the entry (FEE_UNKNOWN)
    }
    FixedPoint.Fee fee = FixedPoint.Fee.of(plan);

    assertThat(FixedPoint.entryFee(unscaled(base), fee, band))
        .isEqualTo(
            unscaled(
                ExactSteps.entryFee(
                    base,
                    plan.fee().percent(),
                    plan.minimum(band),
                    plan.maximum(band),
                    plan.rounding())));
  }

  @Test
  void entryFeeClampsBeforeRounding() {
    // MPF FY2026 band: 0.3464% of 5,000.00 = 17.32 is below the minimum 33.58; of 1,000,000.00
    // = 3,464.00 is above the maximum 651.50; of 50,000.00 = 173.20 is inside
    EntryFeePlan mpf = EntryFeePlan.of(CustomsRegime.US).get(0);
    FixedPoint.Fee fee = FixedPoint.Fee.of(mpf);
    int band = mpf.bandAt(LocalDate.of(2025, 10, 15));
    assertThat(FixedPoint.entryFee(50_000_000L, fee, band)).isEqualTo(335_800L);
    assertThat(FixedPoint.entryFee(10_000_000_000L, fee, band)).isEqualTo(6_515_000L);
    assertThat(FixedPoint.entryFee(500_000_000L, fee, band)).isEqualTo(1_732_000L);
    // FY2027 carries FY2026 forward (an assumption); after it no band is known
    assertThat(mpf.bandAt(LocalDate.of(2027, 1, 1))).isNotEqualTo(EntryFeePlan.UNKNOWN_BAND);
    assertThat(mpf.bandAt(LocalDate.of(2027, 10, 1))).isEqualTo(EntryFeePlan.UNKNOWN_BAND);
  }

  private static CustomsRegime withRounding(CustomsRegime r, RoundingPolicy rounding) {
    return new CustomsRegime(
        r.importer(),
        r.currency(),
        r.valuation(),
        r.fxDate(),
        rounding,
        r.freightDefaults(),
        r.fees(),
        r.lowValueRules(),
        r.defaultTax(),
        r.taxExemption(),
        r.assumptions());
  }

  /** US, IN, GB, EU at 19%, and EU rounding customs values HALF_EVEN to whole euros. */
  private static List<CustomsRegime> regimes() {
    CustomsRegime eu = CustomsRegime.eu(new BigDecimal("19"));
    Rounding whole = Rounding.of(0, RoundingMode.HALF_EVEN);
    Rounding cents = Rounding.of(2, RoundingMode.HALF_EVEN);
    return List.of(
        CustomsRegime.US,
        CustomsRegime.IN,
        CustomsRegime.GB,
        eu,
        withRounding(eu, new RoundingPolicy(whole, cents, cents, cents, cents)));
  }

  @Property(tries = 3000)
  void valuationEqualsTheLineValuerInEveryRegime(@ForAll long seed) {
    Random r = new Random(seed);
    List<CustomsRegime> regimes = regimes();
    CustomsRegime regime = regimes.get(r.nextInt(regimes.size()));
    Incoterm term = Incoterm.values()[r.nextInt(Incoterm.values().length)];
    Currency[] currencies = {USD, EUR, GBP, INR};
    Currency currency = currencies[r.nextInt(currencies.length)];
    BigDecimal invoice = decimal(r, 10_000_000_000L, 2 + r.nextInt(3));
    BigDecimal freight = r.nextInt(3) == 0 ? null : decimal(r, 200_000_000L, 2);
    BigDecimal insurance = r.nextInt(3) == 0 ? null : decimal(r, 20_000_000L, 4);
    LocalDate entry = LocalDate.of(2026, 3, 2 + r.nextInt(27));
    LocalDate export = entry.minusDays(r.nextInt(40));
    // a rate valid from the day the regime looks up (first of the month for EU and GB), and
    // another from the next day, so a wrong lookup day gives another value
    LocalDate day = regime.fxDate().select(export, entry);
    BigDecimal rate = decimal(r, 2_000_000_000L, 6 + r.nextInt(4)).add(new BigDecimal("0.01"));
    ExchangeRates rates =
        currency.equals(regime.currency())
            ? ExchangeRates.none()
            : ExchangeRates.of(
                ExchangeRate.of(currency, regime.currency(), rate, day, day, "test"),
                ExchangeRate.of(
                    currency,
                    regime.currency(),
                    rate.add(BigDecimal.ONE),
                    day.plusDays(1),
                    null,
                    "test"));
    ShipmentLine.Builder b =
        ShipmentLine.builder(ProductCode.parse("6109.10.00"), "CN")
            .value(invoice, currency)
            .incoterm(term)
            .transportMode(TransportMode.OCEAN)
            .entryDate(entry)
            .exportDate(export);
    if (freight != null) {
      b.freight(freight);
    }
    if (insurance != null) {
      b.insurance(insurance);
    }
    ShipmentLine line = b.build();
    long f = 1;
    int fs = 0;
    if (!currency.equals(regime.currency())) {
      PlanTable.Factor factor =
          new PlanTable(java.util.Map.of(), java.util.Map.of(), rates, null)
              .factor(currency, regime.currency(), day);
      f = factor.unscaled();
      fs = factor.scale();
    }
    FixedPoint.Scratch sc = new FixedPoint.Scratch();

    boolean fast =
        FixedPoint.valuation(
            regime,
            term,
            Fixed.unscaled(invoice.setScale(4, RoundingMode.UNNECESSARY), 4),
            freight == null ? Fixed.ABSENT : unscaled(freight),
            insurance == null ? Fixed.ABSENT : unscaled(insurance),
            f,
            fs,
            sc);

    List<Assumption> assumptions = new ArrayList<>();
    if (!fast) {
      // the exact path words why: freight and insurance above the invoice, or a missing input
      assertThatThrownBy(() -> LineValuer.value(0, line, regime, rates, assumptions))
          .isInstanceOf(AssessmentException.class);
      return;
    }
    LineValuation v = LineValuer.value(0, line, regime, rates, assumptions);
    assertThat(sc.customs).isEqualTo(unscaled(v.customsValue()));
    assertThat(sc.cif).isEqualTo(v.cif() == null ? Fixed.ABSENT : unscaled(v.cif()));
    BigDecimal goods = v.fob() != null ? v.fob() : v.cif();
    assertThat(sc.goods).isEqualTo(goods == null ? Fixed.ABSENT : unscaled(goods));
  }
}
