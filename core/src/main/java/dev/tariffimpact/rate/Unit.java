package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of quantity with its exact factor to the base unit of its {@link Dimension}.
 *
 * <p>Example: {@code Unit.T.convert(new BigDecimal("2.5"), Unit.KG)} is {@code 2500}; {@code
 * Unit.parse("pf.liter")} is {@link #PROOF_LITRE}.
 */
public enum Unit {
  /** Kilogram. */
  KG(Dimension.MASS, "kg", "1", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"),
  /** Gram. */
  G(Dimension.MASS, "g", "0.001", "g", "gm", "gms", "gram", "grams", "gramme", "grammes"),
  /** Metric ton (tonne), 1000 kg. */
  T(Dimension.MASS, "t", "1000", "t", "ton", "tons", "tonne", "tonnes", "mt", "metric ton"),
  /** Metric carat, 0.2 g. */
  CARAT(Dimension.MASS, "carat", "0.0002", "carat", "carats", "ct", "cts", "c/k"),
  /** Thousand cubic metres (HTS {@code thousand m3}). */
  THOUSAND_M3(Dimension.VOLUME, "thousand m3", "1000000", "thousand m3"),
  /** Litre. */
  LITRE(Dimension.VOLUME, "l", "1", "l", "liter", "liters", "litre", "litres", "ltr"),
  /** Hectolitre, 100 litres. */
  HECTOLITRE(Dimension.VOLUME, "hl", "100", "hl", "hectoliter", "hectolitre", "hectolitres"),
  /** Cubic metre, 1000 litres. */
  M3(Dimension.VOLUME, "m3", "1000", "m3", "m³", "cubic meter", "cubic metre"),
  /** US gallon, 3.785411784 litres exactly. */
  GALLON(Dimension.VOLUME, "gal", "3.785411784", "gal", "gallon", "gallons"),
  /** Petroleum barrel, 42 US gallons = 158.987294928 litres exactly. */
  BARREL(Dimension.VOLUME, "bbl", "158.987294928", "bbl", "barrel", "barrels"),
  /** US proof litre. */
  PROOF_LITRE(
      Dimension.PROOF_VOLUME,
      "pf.l",
      "1",
      "pf.l",
      "pf.liter",
      "pf. liter",
      "pf.liters",
      "pf. liters",
      "pf.litre",
      "proof liter",
      "proof litre",
      "proof liters",
      "proof litres"),
  /** US proof gallon, 3.785411784 proof litres. */
  PROOF_GALLON(Dimension.PROOF_VOLUME, "pf.gal", "3.785411784", "pf.gal", "proof gallon"),
  /** Litre of pure (100%) alcohol, two proof litres. */
  LITRE_PURE_ALCOHOL(
      Dimension.PROOF_VOLUME, "l alc. 100%", "2", "l alc. 100%", "lpa", "litre pure alcohol"),
  /** Hectolitre of pure alcohol (EU/UK {@code hl alc. 100%}), 200 proof litres. */
  HECTOLITRE_PURE_ALCOHOL(Dimension.PROOF_VOLUME, "hl alc. 100%", "200", "hl alc. 100%"),
  /** EU/UK "% vol/hl": one percent by volume in one hectolitre, i.e. one litre of pure alcohol. */
  PERCENT_VOL_HL(Dimension.PROOF_VOLUME, "% vol/hl", "2", "% vol/hl", "% vol / hl"),
  /** One article. */
  EACH(
      Dimension.COUNT,
      "each",
      "1",
      "each",
      "no.",
      "no",
      "pcs",
      "pc",
      "pcs.",
      "piece",
      "pieces",
      "p/st",
      "article",
      "head",
      "unit",
      "units"),
  /** Twelve articles. */
  DOZEN(Dimension.COUNT, "doz.", "12", "doz.", "doz", "dozen", "dozens"),
  /** Gross, 144 articles. */
  GROSS(Dimension.COUNT, "gross", "144", "gross", "gr."),
  /** Hundred articles. */
  HUNDRED(Dimension.COUNT, "hundred", "100", "hundred", "hundreds"),
  /** Thousand articles. */
  THOUSAND(Dimension.COUNT, "thousand", "1000", "thousand", "thousands", "thou- sand", "1000 p/st"),
  /** One pair. */
  PAIR(Dimension.PAIRS, "pr.", "1", "pr.", "pr", "pair", "pairs", "prs.", "pa"),
  /** Twelve pairs. */
  DOZEN_PAIRS(
      Dimension.PAIRS,
      "doz.pr.",
      "12",
      "doz.pr.",
      "doz. pr.",
      "doz. prs.",
      "doz.prs.",
      "dozen pairs"),
  /** Metre. */
  M(Dimension.LENGTH, "m", "1", "m", "meter", "meters", "metre", "metres", "lin. m"),
  /** Kilometre (HTS {@code thousand m}). */
  KM(Dimension.LENGTH, "km", "1000", "km", "thousand m", "kilometre", "kilometer"),
  /** Square centimetre. */
  CM2(Dimension.AREA, "cm2", "0.0001", "cm2", "cm²"),
  /** Square metre. */
  M2(Dimension.AREA, "m2", "1", "m2", "m²", "square meter", "square metre", "sq. m"),
  /** Clean kilogram of wool or hair. */
  CLEAN_KG(Dimension.CLEAN_MASS, "clean kg", "1", "clean kg", "clean kilogram", "clean kgs"),
  /** Line-gross of buttons: button size in lines times gross (HTS {@code gr.lines}). */
  LINE_GROSS(Dimension.LINE_GROSS, "line/gross", "1", "line/gross", "line/ gross", "gr.lines"),
  /** Degree of polarization (sugar). */
  DEGREE(Dimension.POLARIZATION, "deg", "1", "deg", "degree", "degrees");

  private static final Map<String, Unit> BY_SPELLING = new HashMap<>();
  private static final List<String> SPELLINGS_LONGEST_FIRST;

  static {
    for (Unit u : values()) {
      for (String s : u.spellings) {
        Unit previous = BY_SPELLING.put(s.toLowerCase(Locale.ROOT), u);
        if (previous != null) {
          throw new ExceptionInInitializerError("spelling " + s + " used twice");
        }
      }
    }
    List<String> all = new ArrayList<>(BY_SPELLING.keySet());
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    SPELLINGS_LONGEST_FIRST = List.copyOf(all);
  }

  private final Dimension dimension;
  private final String symbol;
  private final BigDecimal factor;
  private final String[] spellings;

  Unit(Dimension dimension, String symbol, String factor, String... spellings) {
    this.dimension = dimension;
    this.symbol = symbol;
    this.factor = new BigDecimal(factor);
    this.spellings = spellings;
  }

  /**
   * Returns what this unit measures.
   *
   * @return for example {@link Dimension#MASS} for {@link #T}
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * Returns the canonical symbol used in canonical rate text.
   *
   * @return for example {@code "kg"}, {@code "pf.l"}, {@code "doz.pr."}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the exact number of base units of the dimension in one of this unit.
   *
   * @return for example {@code 1000} for {@link #T}, {@code 158.987294928} for {@link #BARREL}
   */
  public BigDecimal factor() {
    return factor;
  }

  /**
   * Converts an amount of this unit into {@code target}.
   *
   * <p>Example: {@code Unit.DOZEN.convert(BigDecimal.valueOf(3), Unit.EACH)} is {@code 36}. The
   * result is exact when its decimal expansion terminates, otherwise rounded to 34 significant
   * digits ({@link java.math.MathContext#DECIMAL128}), e.g. litres into barrels.
   *
   * @param amount the amount in this unit
   * @param target the unit wanted
   * @return the amount in {@code target}
   * @throws NullPointerException if an argument is null
   * @throws IncompatibleUnitsException if {@code target} measures another dimension
   */
  public BigDecimal convert(BigDecimal amount, Unit target) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(target, "target");
    if (target.dimension != dimension) {
      throw new IncompatibleUnitsException(this, target);
    }
    if (target == this) {
      return amount;
    }
    return Decimals.divide(amount.multiply(factor), target.factor);
  }

  /**
   * Returns the exact number of {@code target} units in one of this unit, when its decimal
   * expansion terminates.
   *
   * <p>Example: {@code DOZEN.exactRatio(EACH)} is {@code 12}; {@code LITRE.exactRatio(BARREL)} is
   * empty (1 / 158.987294928 does not terminate).
   *
   * @param target a unit of the same dimension
   * @return the ratio without trailing zeros (scale at least 0), or empty
   * @throws NullPointerException if {@code target} is null
   * @throws IncompatibleUnitsException if {@code target} measures another dimension
   */
  public java.util.Optional<BigDecimal> exactRatio(Unit target) {
    Objects.requireNonNull(target, "target");
    if (target.dimension != dimension) {
      throw new IncompatibleUnitsException(this, target);
    }
    try {
      return java.util.Optional.of(Decimals.normalise(factor.divide(target.factor)));
    } catch (ArithmeticException nonTerminating) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Parses a common spelling, ignoring case and surrounding white space.
   *
   * <p>Example: {@code parse("Liters")} is {@link #LITRE}; {@code parse("doz.")} is {@link #DOZEN}.
   *
   * @param text for example {@code kg}, {@code pcs}, {@code each}, {@code no.}, {@code l}, {@code
   *     liter}, {@code pf.liter}, {@code pair}, {@code doz.}, {@code t}, {@code m2}, {@code bbl}
   * @return the unit
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException quoting the text if it is no known spelling
   */
  public static Unit parse(String text) {
    Objects.requireNonNull(text, "text");
    Unit u = BY_SPELLING.get(text.strip().toLowerCase(Locale.ROOT));
    if (u == null) {
      throw new IllegalArgumentException("Unknown unit '" + text + "'");
    }
    return u;
  }

  /** Known spellings in lower case, longest first, for the rate parser's longest match. */
  static List<String> spellingsLongestFirst() {
    return SPELLINGS_LONGEST_FIRST;
  }

  /** Looks up a lower-case spelling; null when unknown. */
  static Unit bySpelling(String lowerCase) {
    return BY_SPELLING.get(lowerCase);
  }
}
