package dev.tariffimpact.customs;

import dev.tariffimpact.rate.CurrencyConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A dated table of exchange rates: for each currency pair, rates valid over inclusive date ranges
 * that do not overlap.
 *
 * <p>Which date counts is the customs regime's choice ({@link FxDateRule}): the US uses the date of
 * exportation, India the date the bill of entry is filed, the EU and UK the first day of the entry
 * month (the rate published for that month).
 *
 * <p><b>Inverse pairs.</b> A lookup uses the explicit pair {@code from -> to} when the table has
 * it. Only if the table was built with {@link Builder#deriveInverses(Rounding)} and holds the
 * opposite pair {@code to -> from} does it answer {@code 1 / rate}, divided at the declared scale
 * and mode (for example 10 digits, HALF_EVEN); the derived rate's source says "inverse of ...".
 * {@link #withDerivedRates(Rounding)} adds cross rates through USD for pairs with neither (each
 * marked as derived and listed as an assumption). Without either opt-in a missing pair is a {@link
 * MissingExchangeRateException} naming the pair and the date.
 *
 * <p><b>Files.</b> {@code dev.tariffimpact.io.csv.ExchangeRateCsv} reads a table from its CSV form
 * ({@code from,to,rate,valid_from,valid_to,source[,confidence,note]}); this class holds no file
 * code.
 *
 * <p><b>Read on first use.</b> A table made by {@link #lazy} reads its rates at its first lookup: a
 * quote in the importer's own currency converts nothing and so reads no rates file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeRates {

  private static final ExchangeRates EMPTY = new ExchangeRates(new Pairs(Map.of()), null, null);

  /** The currency cross rates are derived through: the one most rates are published against. */
  private static final Currency PIVOT = Currency.getInstance("USD");

  private final Pairs byPair;
  private final Rounding inverseRounding;
  private final Currency pivot;

  private ExchangeRates(Pairs byPair, Rounding inverseRounding, Currency pivot) {
    this.byPair = byPair;
    this.inverseRounding = inverseRounding;
    this.pivot = pivot;
  }

  /**
   * Returns a table without rates: every conversion between two different currencies fails.
   *
   * @return the empty table
   */
  public static ExchangeRates none() {
    return EMPTY;
  }

  /**
   * Returns a table of the given rates, explicit pairs only.
   *
   * @param rates the rates, for example {@code ExchangeRate.of(USD, INR, 85.00, ...)}
   * @return the table
   * @throws IllegalArgumentException if two rates of one pair overlap in time
   */
  public static ExchangeRates of(ExchangeRate... rates) {
    Builder builder = builder();
    for (ExchangeRate rate : rates) {
      builder.add(rate);
    }
    return builder.build();
  }

  /**
   * Returns a table whose rates are read at its first lookup (or {@link #rates()}, {@link
   * #toString()}), once; until then nothing is read. A reading error surfaces there, from the
   * lookup, as the reader throws it.
   *
   * <p>Example: {@code ExchangeRates.lazy(() -> ExchangeRateCsv.read(Path.of("rates.csv")))}.
   *
   * @param table reads the table: its explicit rates are this table's (inverses and cross rates are
   *     opted into on the lazy table, with {@link #withDerivedRates})
   * @return the table, not yet read
   */
  public static ExchangeRates lazy(Supplier<ExchangeRates> table) {
    Objects.requireNonNull(table, "table");
    return new ExchangeRates(new Pairs(table), null, null);
  }

  /**
   * Starts a table.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static Currency currency(String code, String column) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          column + " must be an ISO 4217 currency code, was '" + code + "'");
    }
  }

  /**
   * Finds the rate for a pair on a day.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the day the regime's rule selects
   * @return the explicit rate, or (only when inverses are enabled) the derived inverse
   * @throws MissingExchangeRateException if neither applies on that day
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public ExchangeRate rate(Currency from, Currency to, LocalDate date) {
    return find(from, to, date).orElseThrow(() -> new MissingExchangeRateException(from, to, date));
  }

  /**
   * Finds the rate for a pair on a day, if known.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the day
   * @return the rate, empty when unknown
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public Optional<ExchangeRate> find(Currency from, Currency to, LocalDate date) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    if (from.equals(to)) {
      throw new IllegalArgumentException("from and to must differ, both were " + from);
    }
    Optional<ExchangeRate> direct = lookup(from, to, date);
    if (direct.isPresent() || inverseRounding == null) {
      return direct;
    }
    Optional<ExchangeRate> inverse = publishedOrInverse(from, to, date);
    if (inverse.isPresent() || pivot == null || from.equals(pivot) || to.equals(pivot)) {
      return inverse;
    }
    Optional<ExchangeRate> first = publishedOrInverse(from, pivot, date);
    Optional<ExchangeRate> second = publishedOrInverse(pivot, to, date);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DerivedRates.cross(first.get(), second.get(), inverseRounding));
  }

  private Optional<ExchangeRate> publishedOrInverse(Currency from, Currency to, LocalDate date) {
    Optional<ExchangeRate> direct = lookup(from, to, date);
    if (direct.isPresent()) {
      return direct;
    }
    return lookup(to, from, date).map(r -> DerivedRates.inverse(r, inverseRounding));
  }

  /**
   * Returns this table answering unpublished pairs too: the inverse of the opposite pair, and
   * otherwise the cross rate through USD (for example GBP->EUR = GBP->USD x USD->EUR, where
   * USD->EUR is itself the inverse of EUR->USD). Each derived rate says so in its source, and a
   * cross rate is listed as an assumption by every assessment that uses it.
   *
   * <p>Example: with EUR->USD 1.10 only, {@code find(USD, EUR, day)} gives {@code 0.9090909091}
   * ("inverse of EUR->USD 1.10 ..."), at the rounding given.
   *
   * @param rounding scale and mode of a derived rate, for example {@code Rounding.of(10,
   *     HALF_EVEN)}
   * @return a table with the same published rates that also derives the others
   */
  public ExchangeRates withDerivedRates(Rounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new ExchangeRates(byPair, rounding, PIVOT);
  }

  private Optional<ExchangeRate> lookup(Currency from, Currency to, LocalDate date) {
    List<ExchangeRate> rates = byPair.get().getOrDefault(key(from, to), List.of());
    for (ExchangeRate rate : rates) {
      if (rate.isValidOn(date)) {
        return Optional.of(rate);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a converter that answers with the rates valid on one day; the same currency converts
   * with factor 1.
   *
   * <p>Example: {@code rates.converter(LocalDate.of(2025, 9, 15)).factor(USD, INR)} is {@code
   * 85.00}.
   *
   * @param date the day the regime's {@link FxDateRule} selects
   * @return the converter; its {@code factor} throws {@link MissingExchangeRateException} naming
   *     the pair and the day when no rate applies
   */
  public CurrencyConverter converter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from, to) -> from.equals(to) ? BigDecimal.ONE : rate(from, to, date).rate();
  }

  /**
   * Returns every rate of the table, in insertion order per pair.
   *
   * @return the explicit rates
   */
  public List<ExchangeRate> rates() {
    List<ExchangeRate> all = new ArrayList<>();
    byPair.get().values().forEach(all::addAll);
    return List.copyOf(all);
  }

  private static String key(Currency from, Currency to) {
    return from.getCurrencyCode() + "/" + to.getCurrencyCode();
  }

  @Override
  public String toString() {
    return "ExchangeRates{pairs="
        + byPair.get().keySet()
        + ", inverses="
        + (inverseRounding == null ? "no" : inverseRounding)
        + (pivot == null ? "" : ", cross rates through " + pivot)
        + "}";
  }

  /** Collects rates; not thread-safe, use one builder per thread. */
  public static final class Builder {
    private final Map<String, List<ExchangeRate>> byPair = new HashMap<>();
    private Rounding inverseRounding;

    private Builder() {}

    /**
     * Adds a rate.
     *
     * @param rate the rate
     * @return this builder
     * @throws IllegalArgumentException if it overlaps a rate of the same pair already added
     */
    public Builder add(ExchangeRate rate) {
      Objects.requireNonNull(rate, "rate");
      List<ExchangeRate> rates =
          byPair.computeIfAbsent(key(rate.from(), rate.to()), k -> new ArrayList<>());
      for (ExchangeRate existing : rates) {
        if (existing.overlaps(rate)) {
          throw new IllegalArgumentException(
              "rates of one pair must not overlap in time: " + existing + " and " + rate);
        }
      }
      rates.add(rate);
      return this;
    }

    /**
     * Adds a rate from its parts.
     *
     * @param from for example USD
     * @param to for example INR
     * @param rate for example {@code "85.00"}
     * @param validFrom first day, inclusive, for example {@code "2025-09-01"}
     * @param validTo last day, inclusive, or null for open-ended
     * @param source publisher
     * @return this builder
     * @throws IllegalArgumentException if a currency code or date is invalid or the rate overlaps
     */
    public Builder add(
        String from, String to, String rate, String validFrom, String validTo, String source) {
      return add(
          ExchangeRate.of(
              currency(from, "from"),
              currency(to, "to"),
              dev.tariffimpact.io.DecimalGrammar.parse(rate),
              LocalDate.parse(validFrom),
              validTo == null ? null : LocalDate.parse(validTo),
              source));
    }

    /**
     * Lets lookups answer a missing pair with the inverse of the opposite pair, divided at the
     * given scale and mode.
     *
     * @param rounding for example {@code Rounding.of(10, HALF_EVEN)}
     * @return this builder
     */
    public Builder deriveInverses(Rounding rounding) {
      this.inverseRounding = Objects.requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the immutable table
     */
    public ExchangeRates build() {
      Map<String, List<ExchangeRate>> copy = new HashMap<>();
      byPair.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new ExchangeRates(new Pairs(Map.copyOf(copy)), inverseRounding, null);
    }
  }

  /**
   * The rates by pair, given or read once on first use; shared by a table and the tables {@link
   * #withDerivedRates} makes of it, so the file is read once for all of them.
   */
  private static final class Pairs {
    private Supplier<ExchangeRates> read;
    private Map<String, List<ExchangeRate>> byPair;

    Pairs(Map<String, List<ExchangeRate>> byPair) {
      this.byPair = byPair;
    }

    Pairs(Supplier<ExchangeRates> read) {
      this.read = read;
    }

    synchronized Map<String, List<ExchangeRate>> get() {
      if (byPair == null) {
        byPair = Objects.requireNonNull(read.get(), "lazy exchange rates").byPair.get();
        read = null;
      }
      return byPair;
    }
  }
}
