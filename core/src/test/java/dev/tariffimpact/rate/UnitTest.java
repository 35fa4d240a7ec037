package dev.tariffimpact.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource({
    // 2.5 t x 1000 = 2500 kg
    "2.5, T, KG, 2500",
    // 1500 g x 0.001 = 1.5 kg
    "1500, G, KG, 1.5",
    // 1 carat = 0.2 g: 0.0002 kg / 0.001 = 0.2
    "1, CARAT, G, 0.2",
    // 1 g = 0.001 / 0.0002 = 5 carats
    "1, G, CARAT, 5",
    // 1 barrel = 42 US gal = 42 x 3.785411784 = 158.987294928 l
    "1, BARREL, LITRE, 158.987294928",
    "1, GALLON, LITRE, 3.785411784",
    // 3 hl x 100 = 300 l
    "3, HECTOLITRE, LITRE, 300",
    // 2 m3 = 2000 l = 20 hl
    "2, M3, HECTOLITRE, 20",
    // 1 gross = 144 = 12 dozen
    "1, GROSS, DOZEN, 12",
    "3, DOZEN, EACH, 36",
    "5, THOUSAND, GROSS, 34.72222222222222222222222222222222",
    // 5 dozen pairs x 12 = 60 pairs
    "5, DOZEN_PAIRS, PAIR, 60",
    // 10 l of pure alcohol = 20 proof litres; 1 % vol/hl = 1 l pure alcohol = 2 proof litres
    "10, LITRE_PURE_ALCOHOL, PROOF_LITRE, 20",
    "1, PERCENT_VOL_HL, PROOF_LITRE, 2",
    // 1 hl of pure alcohol = 100 l pure alcohol = 200 proof litres
    "1, HECTOLITRE_PURE_ALCOHOL, LITRE_PURE_ALCOHOL, 100",
    "1, PROOF_GALLON, PROOF_LITRE, 3.785411784",
    "7, M, M, 7",
    // 2 thousand m = 2000 m = 2 km; 3 hundred = 300 = 25 dozen; 10000 cm2 = 1 m2; 1 thousand m3
    "2000, M, KM, 2",
    "3, HUNDRED, DOZEN, 25",
    "10000, CM2, M2, 1",
    "1, THOUSAND_M3, LITRE, 1000000",
    "7, M2, M2, 7",
    "4, CLEAN_KG, CLEAN_KG, 4",
  })
  void convertsExactly(String amount, Unit from, Unit to, String expected) {
    assertThat(from.convert(new BigDecimal(amount), to)).isEqualByComparingTo(expected);
  }

  @Test
  void nonTerminatingConversionKeeps34SignificantDigits() {
    // 2000 articles / 12 = 166.666..., DECIMAL128: 34 significant digits, last one rounded up
    assertThat(Unit.THOUSAND.convert(new BigDecimal("2"), Unit.DOZEN))
        .isEqualTo(new BigDecimal("166.6666666666666666666666666666667"));
    // 1 l / 158.987294928 l per barrel
    assertThat(Unit.LITRE.convert(BigDecimal.ONE, Unit.BARREL).precision()).isEqualTo(34);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "KG, LITRE",
    "CLEAN_KG, KG",
    "PROOF_LITRE, LITRE",
    "PAIR, EACH",
    "M, M2",
    "M3, M2",
  })
  void refusesToConvertAcrossDimensions(Unit from, Unit to) {
    assertThatThrownBy(() -> from.convert(BigDecimal.ONE, to))
        .isInstanceOf(IncompatibleUnitsException.class)
        .hasMessageContaining(from.symbol())
        .hasMessageContaining(to.symbol());
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
    "kg, KG",
    "KG, KG",
    "pcs, EACH",
    "each, EACH",
    "no., EACH",
    "No., EACH",
    "l, LITRE",
    "liter, LITRE",
    "litre, LITRE",
    "liters, LITRE",
    "pf.liter, PROOF_LITRE",
    "pf. liter, PROOF_LITRE",
    "pair, PAIR",
    "prs., PAIR",
    "doz., DOZEN",
    "t, T",
    "tonne, T",
    "m2, M2",
    "m3, M3",
    "bbl, BARREL",
    "gross, GROSS",
    "thousand, THOUSAND",
    "clean kg, CLEAN_KG",
    "carat, CARAT",
    "hl, HECTOLITRE",
    "doz.pr., DOZEN_PAIRS",
    "doz. prs., DOZEN_PAIRS",
    "m², M2",
    "lin. m, M",
    "gr.lines, LINE_GROSS",
    "pf.liters, PROOF_LITRE",
    "thousand m3, THOUSAND_M3",
    "'  g ', G",
  })
  void parsesCommonSpellings(String text, Unit expected) {
    assertThat(Unit.parse(text)).isEqualTo(expected);
  }

  @Test
  void unknownSpellingIsQuoted() {
    assertThatThrownBy(() -> Unit.parse("furlong"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'furlong'");
  }

  @Test
  void quantityIsNormalisedAndNonNegative() {
    assertThat(Quantity.of("2.50", Unit.KG)).isEqualTo(Quantity.of("2.5", Unit.KG));
    assertThat(Quantity.of("2.5", Unit.T).in(Unit.KG)).isEqualByComparingTo("2500");
    assertThat(Quantity.of("100", Unit.KG)).hasToString("100 kg");
    assertThatThrownBy(() -> Quantity.of("-1", Unit.KG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void everySymbolParsesBackToItsUnit() {
    for (Unit u : Unit.values()) {
      assertThat(Unit.parse(u.symbol())).as(u.name()).isEqualTo(u);
    }
  }
}
