package dev.tariffimpact.rate;

import dev.tariffimpact.io.DecimalGrammar;
import dev.tariffimpact.io.InvalidDecimalException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses rate text: the canonical form printed by {@code Rate.toString()}, US HTS texts, Indian
 * tariff texts and EU/UK duty expressions. The grammar is documented in {@code
 * docs/rate-syntax.md}.
 *
 * <p>Examples: {@code parse("6.5%")}, {@code parse("2.2¢/kg")} (0.022 USD per kg), {@code
 * parse("30% or Rs. 250 per kg, whichever is higher")} (a {@link GreaterOf}), {@code parse("9.10 %
 * + 45.10 EUR / 100 kg MAX 18.90 % + 16.50 EUR / 100 kg")} (a {@link Bounded} with a ceiling),
 * {@code parse("The duty provided in the applicable subheading + 25%")} (a {@link ReferenceRate}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RateParser {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency INR = Currency.getInstance("INR");
  private static final int MAX_DEPTH = 32;

  /** The longest rate text parsed: 2,000 characters (the longest HTS text has a few hundred). */
  public static final int MAX_TEXT_LENGTH = 2000;

  private static final Pattern NUMBER =
      Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+");
  private static final Pattern MIXED_FRACTION = Pattern.compile("[ \\t]+(\\d+)/(\\d+)(?=\\s*[%¢])");

  /** Natural-language references recognised at the start of a text (lower case). */
  private static final List<String> REFERENCE_OPENINGS =
      List.of("the ", "see ", "no change", "a duty", "free, ", "as provided");

  /**
   * EU/UK agricultural components and additional duties on sugar and flour, fixed by the Meursing
   * table from the goods' composition: references, longest first.
   */
  private static final List<String> MEURSING_CODES =
      List.of("ADSZR", "ADFMR", "ADSZ", "ADFM", "EAR", "EA");

  private static final Pattern REFERENCE_ADDITION =
      Pattern.compile("(?s)(.*?)\\s*(?:\\+|\\bplus\\b)\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*");

  private static final String PLATE_CLAUSE =
      ", but if consisting in part of a plate or a set of plates the total duty shall not exceed"
          + " the duty for the complete movement";
  private static final String PLATE_CEILING =
      "the duty for the complete movement, if consisting in part of a plate or a set of plates";

  private RateParser() {}

  /**
   * Parses a rate in any dialect or the canonical form.
   *
   * @param text for example {@code "11¢/kg + 20%"}
   * @return the rate
   * @throws NullPointerException if {@code text} is null
   * @throws RateParseException carrying the text and the 0-based position of the failure
   */
  public static Rate parse(String text) {
    return new Parser(Objects.requireNonNull(text, "text"), null).parseAll();
  }

  /**
   * Parses a rate written in one dialect (the canonical form is accepted in every dialect).
   *
   * @param text for example {@code "Rs. 100 per kg"}
   * @param dialect for example {@link RateDialect#INDIA}
   * @return the rate
   * @throws NullPointerException if an argument is null
   * @throws RateParseException carrying the text and the 0-based position of the failure
   */
  public static Rate parse(String text, RateDialect dialect) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dialect, "dialect");
    return new Parser(text, dialect).parseAll();
  }

  /** One parse: the text, a cursor, and the dialect (null = any). */
  private static final class Parser {
    private final String s;
    private final RateDialect dialect;
    private int pos;
    private int depth;

    Parser(String s, RateDialect dialect) {
      this.s = s;
      this.dialect = dialect;
    }

    Rate parseAll() {
      if (s.length() > MAX_TEXT_LENGTH) {
        throw errorAt(MAX_TEXT_LENGTH, "rate text longer than " + MAX_TEXT_LENGTH + " characters");
      }
      try {
        skipWs();
        if (pos == s.length()) {
          throw error("empty rate text");
        }
        Rate r = reference();
        if (r == null) {
          r = alternatives();
          skipWs();
          if (pos < s.length()) {
            throw error("unexpected '" + s.charAt(pos) + "'");
          }
        }
        return r;
      } catch (IllegalArgumentException | ArithmeticException e) {
        // The records reject values the grammar lets through (for example "1 USD/0 kg").
        throw error(e.getMessage());
      }
    }

    // ---- natural-language references ----

    private Rate reference() {
      String lower = s.substring(pos).toLowerCase(Locale.ROOT);
      for (String opening : REFERENCE_OPENINGS) {
        if (lower.startsWith(opening)) {
          String body = s.substring(pos).strip();
          Matcher m = REFERENCE_ADDITION.matcher(body);
          if (m.matches() && !m.group(1).isBlank()) {
            return new ReferenceRate(m.group(1).strip(), new AdValorem(decimal(m.group(2), pos)));
          }
          return ReferenceRate.of(body);
        }
      }
      return null;
    }

    // ---- structure ----

    /** {@code bounded (" or " bounded)* ", whichever is higher|lower"}. */
    private Rate alternatives() {
      enter();
      List<Rate> options = new ArrayList<>();
      options.add(bounded());
      while (true) {
        int save = pos;
        skipWs();
        if (word("or")) {
          options.add(bounded());
        } else {
          pos = save;
          break;
        }
      }
      Rate result = options.get(0);
      int save = pos;
      skipWs();
      if (peek(',')) {
        pos++;
        skipWs();
      }
      if (word("whichever")) {
        skipWs();
        expectWord("is");
        skipWs();
        boolean higher;
        if (word("higher") || word("greater") || word("more")) {
          higher = true;
        } else if (word("lower") || word("less")) {
          higher = false;
        } else {
          throw error("expected 'higher' or 'lower' after 'whichever is'");
        }
        if (options.size() < 2) {
          throw error("'whichever is ...' needs alternatives joined by 'or'");
        }
        result = higher ? new GreaterOf(options) : new LesserOf(options);
      } else {
        pos = save;
        if (options.size() > 1) {
          throw error("alternatives joined by 'or' need ', whichever is higher' or 'lower'");
        }
      }
      depth--;
      return result;
    }

    /** {@code sum [MIN sum] [MAX sum]} in either order. */
    private Rate bounded() {
      Rate rate = sum();
      Rate floor = null;
      Rate ceiling = null;
      while (true) {
        int save = pos;
        skipWs();
        if (floor == null && keyword("MIN")) {
          floor = sum();
        } else if (ceiling == null && keyword("MAX")) {
          ceiling = sum();
        } else if (ceiling == null && regionIgnoreCase(PLATE_CLAUSE)) {
          pos += PLATE_CLAUSE.length();
          ceiling = ReferenceRate.of(PLATE_CEILING);
        } else {
          pos = save;
          break;
        }
      }
      return floor == null && ceiling == null ? rate : new Bounded(rate, floor, ceiling);
    }

    private Rate sum() {
      List<Rate> parts = new ArrayList<>();
      parts.add(termWithComponent());
      while (true) {
        int save = pos;
        skipWs();
        if (peek('+')) {
          pos++;
          parts.add(termWithComponent());
        } else {
          pos = save;
          break;
        }
      }
      return parts.size() == 1 ? parts.get(0) : new Compound(parts);
    }

    /** A term optionally followed by {@code on <component>} or {@code of <component>}. */
    private Rate termWithComponent() {
      Rate t = term();
      if (t instanceof AdValorem || t instanceof Specific) {
        int save = pos;
        skipWs();
        if (word("on") || word("of")) {
          int start = pos;
          String phrase = componentPhrase();
          if (phrase.isEmpty()) {
            throw errorAt(start, "expected a component name after 'on' or 'of'");
          }
          return new ComponentRate(t, phrase);
        }
        pos = save;
      }
      return t;
    }

    /** Reads a component name up to the next '+', ')', ';', MIN/MAX or clause, and tidies it. */
    private String componentPhrase() {
      int start = pos;
      int end = start;
      String lower = s.toLowerCase(Locale.ROOT);
      while (end < s.length()) {
        char c = s.charAt(end);
        if (c == '+'
            || c == ')'
            || c == ';'
            || lower.startsWith(" min ", end)
            || lower.startsWith(" max ", end)
            || lower.startsWith(", whichever", end)
            || lower.startsWith(", but if", end)) {
          break;
        }
        end++;
      }
      pos = end;
      String phrase = s.substring(start, end).strip().replaceAll("\\s+", " ");
      for (String prefix : List.of("the value of the ", "the value of ", "value of the ", "the ")) {
        if (phrase.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          phrase = phrase.substring(prefix.length());
          break;
        }
      }
      return phrase.strip();
    }

    private Rate term() {
      skipWs();
      if (pos >= s.length()) {
        throw error("expected a rate");
      }
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        Rate r = alternatives();
        skipWs();
        expect(')');
        return r;
      }
      if (word("Free") || word("Nil")) {
        return AdValorem.FREE;
      }
      if (startsWith("GREATER(")) {
        pos += "GREATER(".length();
        return new GreaterOf(argumentList());
      }
      if (startsWith("LESSER(")) {
        pos += "LESSER(".length();
        return new LesserOf(argumentList());
      }
      if (startsWith("ON(")) {
        pos += 3;
        String name = string();
        separator();
        Rate inner = alternatives();
        close();
        return new ComponentRate(inner, name);
      }
      if (startsWith("QUOTA(")) {
        pos += "QUOTA(".length();
        Quantity quota = quantity();
        separator();
        Rate in = alternatives();
        separator();
        Rate over = alternatives();
        close();
        return new QuotaRate(in, over, quota);
      }
      if (startsWith("SCALE(")) {
        pos += "SCALE(".length();
        String measure = string();
        separator();
        Quantity reference = quantity();
        separator();
        Specific base = specificArgument();
        separator();
        Specific step = specificArgument();
        Specific floor = null;
        skipWs();
        if (peek(';')) {
          pos++;
          floor = specificArgument();
        }
        close();
        return new SlidingScale(measure, reference, base, step, floor);
      }
      if (startsWith("REF(")) {
        pos += 4;
        String text = string();
        Rate addition = null;
        skipWs();
        if (peek(';')) {
          pos++;
          addition = alternatives();
        }
        close();
        return new ReferenceRate(text, addition);
      }
      if (allows(RateDialect.EU_UK)) {
        for (String code : MEURSING_CODES) {
          if (keyword(code)) {
            return ReferenceRate.of(code);
          }
        }
      }
      if (c == '$' && allows(RateDialect.US_HTS)) {
        pos++;
        skipWs();
        return specificTail(number(), USD);
      }
      if (allows(RateDialect.INDIA) && (word("Rs.") || word("Rs") || word("₹") || word("INR"))) {
        skipWs();
        return specificTail(number(), INR);
      }
      if (Character.isDigit(c) || c == '.') {
        BigDecimal n = number();
        n = mixedFraction(n);
        skipWs();
        if (peek('%')) {
          pos++;
          return new AdValorem(n);
        }
        if (word("percent")) {
          return new AdValorem(n);
        }
        if (peek('¢') && allows(RateDialect.US_HTS)) {
          pos++;
          return slidingScaleTail(specificTail(n.movePointLeft(2), USD));
        }
        Currency ccy = currencyCode();
        if (ccy != null) {
          return specificTail(n, ccy);
        }
        throw error("expected '%', '¢' or a currency code after the number");
      }
      throw error("expected a rate");
    }

    /** After the money amount: {@code /[n] unit}, {@code per [n] unit}, {@code each}. */
    private Rate specificTail(BigDecimal amount, Currency ccy) {
      skipWs();
      if (word("each")) {
        return Specific.of(amount, ccy, Unit.EACH);
      }
      if (word("for each")) {
        skipWs();
        int start = pos;
        String phrase = componentPhrase();
        if (phrase.isEmpty()) {
          throw errorAt(start, "expected what 'for each' counts");
        }
        return new ComponentRate(Specific.of(amount, ccy, Unit.EACH), phrase);
      }
      if (peek('/')) {
        pos++;
      } else if (!word("per")) {
        throw error("expected '/', 'per' or 'each' after the amount");
      }
      skipWs();
      if (word("jewels") || word("jewel")) {
        Specific perJewel = Specific.of(amount, ccy, Unit.EACH);
        int save = pos;
        skipWs();
        if (word("over")) {
          skipWs();
          BigDecimal over = number();
          return new ComponentRate(perJewel, "jewels over " + Canonical.number(over));
        }
        pos = save;
        return new ComponentRate(perJewel, "jewels");
      }
      BigDecimal per = BigDecimal.ONE;
      boolean perGiven = false;
      if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        per = number();
        perGiven = true;
        skipWs();
      }
      Unit unit = unitOrNull();
      if (unit == null) {
        if (perGiven && word("pins")) {
          unit = Unit.EACH;
        } else if (perGiven) {
          // "89.6¢/1000": a count of articles
          unit = Unit.EACH;
        } else {
          throw error("unknown unit");
        }
      }
      Rate rate = new Specific(amount, ccy, per, unit);
      if (regionIgnoreCase(", including weight of container")) {
        // Column 2 wording of the General column's "on contents and container"
        pos += ", including weight of container".length();
        return new ComponentRate(rate, "contents and container");
      }
      int save = pos;
      skipWs();
      if (peek('/')) {
        pos++;
        skipWs();
        if (word("net drained wt") || word("net drained weight")) {
          return new ComponentRate(rate, "drained weight");
        }
        if (word("net mas") || word("net mass")) {
          return rate; // net mass is the plain mass the unit already measures
        }
        throw error("unknown unit qualifier");
      }
      pos = save;
      return rate;
    }

    /**
     * US sugar: {@code A¢/kg less B¢/kg for each degree under N degrees ... but not less than
     * C¢/kg}.
     */
    private Rate slidingScaleTail(Rate base) {
      int save = pos;
      skipWs();
      if (!(base instanceof Specific b) || !word("less")) {
        pos = save;
        return base;
      }
      skipWs();
      Specific step = usSpecific();
      skipWs();
      expectWord("for each degree under");
      skipWs();
      BigDecimal reference = number();
      skipWs();
      expectWord("degrees");
      skipWs();
      if (regionIgnoreCase("(and fractions of a degree in proportion)")) {
        pos += "(and fractions of a degree in proportion)".length();
      }
      skipWs();
      if (peek(',')) {
        pos++;
        skipWs();
      }
      Specific floor = null;
      // One Column 2 text omits "than"; the meaning is the same.
      if (word("but not less than") || word("but not less")) {
        skipWs();
        floor = usSpecific();
      }
      return new SlidingScale("polarization", Quantity.of(reference, Unit.DEGREE), b, step, floor);
    }

    private Specific usSpecific() {
      int start = pos;
      BigDecimal n = number();
      skipWs();
      expect('¢');
      Rate r = specificTail(n.movePointLeft(2), USD);
      if (r instanceof Specific sp) {
        return sp;
      }
      throw errorAt(start, "expected a plain specific rate such as 0.020668¢/kg");
    }

    // ---- canonical function helpers ----

    private List<Rate> argumentList() {
      List<Rate> args = new ArrayList<>();
      args.add(alternatives());
      while (true) {
        skipWs();
        if (peek(';')) {
          pos++;
          args.add(alternatives());
        } else {
          break;
        }
      }
      close();
      if (args.size() < 2) {
        throw error("expected at least two rates separated by ';'");
      }
      return args;
    }

    private Specific specificArgument() {
      int start = pos;
      Rate r = alternatives();
      if (r instanceof Specific sp) {
        return sp;
      }
      throw errorAt(start, "expected a specific rate such as 0.036606 USD/kg");
    }

    private Quantity quantity() {
      skipWs();
      BigDecimal n = number();
      skipWs();
      Unit u = unitOrNull();
      if (u == null) {
        throw error("unknown unit");
      }
      return Quantity.of(n, u);
    }

    private String string() {
      skipWs();
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            break;
          }
          sb.append(s.charAt(pos++));
        } else {
          sb.append(c);
        }
      }
      throw error("unterminated string");
    }

    private void separator() {
      skipWs();
      expect(';');
    }

    private void close() {
      skipWs();
      expect(')');
    }

    // ---- lexical helpers ----

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw error("rate nested deeper than " + MAX_DEPTH + " levels");
      }
    }

    private boolean allows(RateDialect d) {
      return dialect == null || dialect == d;
    }

    private void skipWs() {
      while (pos < s.length()
          && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == '\u00a0')) {
        pos++;
      }
    }

    private boolean peek(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private boolean startsWith(String literal) {
      return s.startsWith(literal, pos);
    }

    private boolean regionIgnoreCase(String literal) {
      return s.regionMatches(true, pos, literal, 0, literal.length());
    }

    /** Case-insensitive word (or phrase) ending at a word boundary; consumes it if present. */
    private boolean word(String w) {
      if (!regionIgnoreCase(w)) {
        return false;
      }
      int end = pos + w.length();
      char last = w.charAt(w.length() - 1);
      if (Character.isLetterOrDigit(last)
          && end < s.length()
          && Character.isLetterOrDigit(s.charAt(end))) {
        return false;
      }
      pos = end;
      return true;
    }

    /** Upper-case keyword (MIN, MAX) ending at a word boundary. */
    private boolean keyword(String k) {
      if (!startsWith(k)) {
        return false;
      }
      int end = pos + k.length();
      if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
        return false;
      }
      pos = end;
      return true;
    }

    private void expectWord(String w) {
      if (!word(w)) {
        throw error("expected '" + w + "'");
      }
    }

    private BigDecimal number() {
      Matcher m = NUMBER.matcher(s).region(pos, s.length());
      if (!m.lookingAt()) {
        throw error("expected a number");
      }
      BigDecimal value = decimal(m.group().replace(",", ""), pos);
      pos = m.end();
      return value;
    }

    /** A number of the rate text, bounded as every decimal input is ({@link DecimalGrammar}). */
    private BigDecimal decimal(String digits, int at) {
      try {
        return DecimalGrammar.parse(digits);
      } catch (InvalidDecimalException e) {
        throw errorAt(at, "number " + e.getMessage());
      }
    }

    /** US {@code 33 1/3%}: a whole number followed by a fraction. */
    private BigDecimal mixedFraction(BigDecimal whole) {
      Matcher m = MIXED_FRACTION.matcher(s).region(pos, s.length());
      if (!m.lookingAt()) {
        return whole;
      }
      BigDecimal denominator = decimal(m.group(2), m.start(2));
      if (denominator.signum() == 0) {
        throw errorAt(m.start(2), "fraction with zero denominator");
      }
      pos = m.end();
      return whole.add(Decimals.divide(decimal(m.group(1), m.start(1)), denominator));
    }

    private Currency currencyCode() {
      if (pos + 3 > s.length()) {
        return null;
      }
      String code = s.substring(pos, pos + 3);
      if (!code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')
          || (pos + 3 < s.length() && Character.isLetterOrDigit(s.charAt(pos + 3)))) {
        return null;
      }
      try {
        Currency c = Currency.getInstance(code);
        pos += 3;
        return c;
      } catch (IllegalArgumentException unknown) {
        throw error("unknown currency code '" + code + "'");
      }
    }

    /** Longest known unit spelling at the cursor, ending at a word boundary. */
    private Unit unitOrNull() {
      for (String spelling : Unit.spellingsLongestFirst()) {
        if (word(spelling)) {
          return Unit.bySpelling(spelling);
        }
      }
      return null;
    }

    private RateParseException error(String reason) {
      return errorAt(Math.min(pos, s.length()), reason);
    }

    private RateParseException errorAt(int at, String reason) {
      return new RateParseException(s, at, reason);
    }
  }
}
