package dev.tariffimpact.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the canonical form and of the parser's robustness. */
class RatePropertiesTest {

  private static final List<Currency> CURRENCIES =
      List.of("USD", "EUR", "INR", "GBP").stream().map(Currency::getInstance).toList();

  @Property(tries = 2000)
  void canonicalTextParsesBackToAnEqualRate(@ForAll("rates") Rate rate) {
    String text = rate.toString();
    Rate back = RateParser.parse(text);
    assertThat(back).as(text).isEqualTo(rate);
    assertThat(back).hasToString(text);
  }

  @Property(tries = 500)
  void canonicalTextIsUnderstoodInEveryDialect(@ForAll("rates") Rate rate) {
    for (RateDialect d : RateDialect.values()) {
      assertThat(RateParser.parse(rate.toString(), d)).isEqualTo(rate);
    }
  }

  @Property(tries = 3000)
  void randomTextIsARateOrAParseError(@ForAll("noise") String text) {
    assertParsesOrFailsCleanly(text);
  }

  @Property(tries = 3000)
  void mutatedRateTextIsARateOrAParseError(@ForAll("mutants") String text) {
    assertParsesOrFailsCleanly(text);
  }

  private static void assertParsesOrFailsCleanly(String text) {
    assertParsesOrFailsCleanly(text, null);
    for (RateDialect d : RateDialect.values()) {
      assertParsesOrFailsCleanly(text, d);
    }
  }

  private static void assertParsesOrFailsCleanly(String text, RateDialect dialect) {
    try {
      Rate r = dialect == null ? RateParser.parse(text) : RateParser.parse(text, dialect);
      assertThat(r).isNotNull();
      // whatever parsed must print canonically and survive the round trip
      assertThat(RateParser.parse(r.toString())).isEqualTo(r);
    } catch (RateParseException e) {
      assertThat(e.text()).isEqualTo(text);
      assertThat(e.position()).isBetween(0, text.length());
    }
  }

  // ---- generators ----

  @Provide
  Arbitrary<Rate> rates() {
    return rate(3);
  }

  private Arbitrary<Rate> rate(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Arbitrary<Rate> sub = rate(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf()),
        net.jqwik.api.Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(Compound::new)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3).map(GreaterOf::new)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3).map(LesserOf::new)),
        net.jqwik.api.Tuple.of(1, bounded(sub)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub, quantities()).as(QuotaRate::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sub, names()).as(ComponentRate::new)),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(names(), sub.injectNull(0.5))
                .as((n, add) -> (Rate) new ReferenceRate(n, add))));
  }

  private Arbitrary<Rate> bounded(Arbitrary<Rate> sub) {
    return Combinators.combine(sub, sub.injectNull(0.4), sub.injectNull(0.4))
        .filter((r, f, c) -> f != null || c != null)
        .as(Bounded::new);
  }

  private Arbitrary<Rate> leaf() {
    return Arbitraries.oneOf(adValorem(), specific(), slidingScale(), reference());
  }

  private Arbitrary<Rate> adValorem() {
    return decimals().map(AdValorem::new);
  }

  private Arbitrary<Rate> specific() {
    return specifics().map(s -> s);
  }

  private Arbitrary<Specific> specifics() {
    Arbitrary<BigDecimal> per =
        Arbitraries.oneOf(
            Arbitraries.of(BigDecimal.ONE, BigDecimal.valueOf(100), BigDecimal.valueOf(1000)),
            decimals().filter(d -> d.signum() > 0));
    return Combinators.combine(
            decimals(), Arbitraries.of(CURRENCIES), per, Arbitraries.of(Unit.class))
        .as(Specific::new);
  }

  private Arbitrary<Rate> slidingScale() {
    return Combinators.combine(
            names(),
            quantities(),
            decimals(),
            decimals(),
            decimals().injectNull(0.3),
            Arbitraries.of(CURRENCIES),
            Arbitraries.of(Unit.class))
        .as(
            (name, ref, base, step, floor, ccy, unit) ->
                new SlidingScale(
                    name,
                    ref,
                    Specific.of(base, ccy, unit),
                    Specific.of(step, ccy, unit),
                    floor == null ? null : Specific.of(floor, ccy, unit)));
  }

  private Arbitrary<Rate> reference() {
    return names().map(ReferenceRate::of);
  }

  private Arbitrary<Quantity> quantities() {
    return Combinators.combine(decimals(), Arbitraries.of(Unit.class)).as(Quantity::new);
  }

  /** Non-negative decimals with up to 8 decimals, including zero and large values. */
  private Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("1000000"))
        .ofScale(8)
        .edgeCases(c -> c.includeOnly(BigDecimal.ZERO, BigDecimal.ONE));
  }

  /** Names and reference texts, including quotes, backslashes and non-ASCII letters. */
  private Arbitrary<String> names() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('é', '¢', '₹')
        .ofMinLength(1)
        .ofMaxLength(15)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("0123456789.,%¢$/+-() ;\"\\MINAXREFONGTLSQUOTAkgl eachpr.doz RsEURUSD₹")
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> mutants() {
    Arbitrary<String> seeds =
        Arbitraries.of(
            "Free",
            "6.5%",
            "2.2¢/kg",
            "$1.646/kg",
            "0.4¢/each + 7.2%",
            "5¢ each",
            "1.7¢/kg on lead content",
            "33 1/3%",
            "The duty provided in the applicable subheading + 25%",
            "Rs. 100 per kg",
            "30% or Rs. 250 per kg, whichever is higher",
            "9.10 % + 45.10 EUR / 100 kg MAX 18.90 % + 16.50 EUR / 100 kg",
            "3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a"
                + " degree in proportion) but not less than 3.143854¢/kg",
            "QUOTA(1000 kg; 5%; 20%)",
            "SCALE(\"polarization\"; 100 deg; 0.036606 USD/kg; 0.00020668 USD/kg)",
            "ON(\"case\"; 6%) + REF(\"x \\\" y\"; 2%)",
            "GREATER(30%; 250 INR/kg)");
    Arbitrary<Character> chars =
        Arbitraries.chars().with("0123456789.,%¢$/+-();\"\\ MINAXkgorwhichever".toCharArray());
    return Combinators.combine(
            seeds,
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 2),
            chars)
        .as(
            (seed, at, op, c) -> {
              int i = at % (seed.length() + 1);
              StringBuilder sb = new StringBuilder(seed);
              switch (op) {
                case 0 -> sb.insert(i, c);
                case 1 -> {
                  if (i < sb.length()) {
                    sb.deleteCharAt(i);
                  }
                }
                default -> {
                  if (i < sb.length()) {
                    sb.setCharAt(i, c);
                  }
                }
              }
              return sb.toString();
            });
  }
}
