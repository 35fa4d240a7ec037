package dev.tariffimpact.customs;

import static java.time.temporal.ChronoUnit.DAYS;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.Countries;
import dev.tariffimpact.schedule.Declaration;
import dev.tariffimpact.schedule.InvalidOriginException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One line of a customs entry: a product, its origin, its invoice value and currency, the
 * quantities a specific rate may need, freight and insurance or an incoterm, the transport mode and
 * the dates.
 *
 * <pre>{@code
 * ShipmentLine line = ShipmentLine.builder("6109.10.00", "IN")
 *     .value("10000.00", "USD")
 *     .incoterm(Incoterm.FOB)
 *     .freight(new BigDecimal("600.00")).insurance(new BigDecimal("35.00"))
 *     .quantity(Quantity.of("1200", Unit.EACH))
 *     .transportMode(TransportMode.OCEAN)
 *     .entryDate(LocalDate.of(2025, 9, 15))
 *     .build();
 * }</pre>
 *
 * <p><b>Value, freight and insurance.</b> The value is the invoice price under the line's {@link
 * Incoterm} (FOB when not set). Freight and insurance are in the invoice currency and may be
 * unknown; see {@link Incoterm} for how FOB and CIF are derived, and {@link
 * CustomsRegime#freightDefaults()} for regimes that supply missing freight and insurance (India:
 * 20% and 1.125% of FOB).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShipmentLine {

  /** The transport mode of a line built without one: the CLI's default too. */
  public static final TransportMode DEFAULT_TRANSPORT_MODE = TransportMode.OCEAN;

  private final ProductCode code;
  private final String origin;
  private final BigDecimal value;
  private final Currency currency;
  private final Incoterm incoterm;
  private final BigDecimal freight;
  private final BigDecimal insurance;
  private final LineQuantities quantities;
  private final TransportMode transportMode;
  private final LocalDate entryDate;
  private final LocalDate exportDate;
  private final SortedSet<String> claims;

  private ShipmentLine(Builder b) {
    this.code = b.code;
    this.origin = b.origin;
    this.value = b.value;
    this.currency = b.currency;
    this.incoterm = b.incoterm;
    this.freight = b.freight;
    this.insurance = b.insurance;
    this.quantities = new LineQuantities(b.quantities, b.componentValues, b.componentQuantities);
    this.transportMode = b.transportMode;
    this.entryDate = b.entryDate;
    this.exportDate = b.exportDate == null ? b.entryDate : b.exportDate;
    this.claims = Declaration.claimNames(b.claims);
  }

  /** The same line entered on {@code date}, exported as many days before it as this one. */
  ShipmentLine enteredOn(LocalDate date) {
    return new ShipmentLine(this, date, exportDate.plusDays(DAYS.between(entryDate, date)));
  }

  private ShipmentLine(ShipmentLine l, LocalDate entryDate, LocalDate exportDate) {
    this.code = l.code;
    this.origin = l.origin;
    this.value = l.value;
    this.currency = l.currency;
    this.incoterm = l.incoterm;
    this.freight = l.freight;
    this.insurance = l.insurance;
    this.quantities = l.quantities;
    this.transportMode = l.transportMode;
    this.entryDate = Objects.requireNonNull(entryDate, "entryDate");
    this.exportDate = exportDate;
    this.claims = l.claims;
  }

  /**
   * Starts a line.
   *
   * @param code the product code text, for example {@code "6109.10.00"}
   * @param origin the ISO 3166 alpha-2 country of origin, for example {@code "IN"}
   * @return a builder
   * @throws dev.tariffimpact.classification.InvalidCodeException if the code does not parse
   * @throws InvalidOriginException if the origin is not an upper-case ISO 3166 alpha-2 code
   */
  public static Builder builder(String code, String origin) {
    Objects.requireNonNull(code, "code");
    return builder(ProductCode.parse(code), origin);
  }

  /**
   * Starts a line.
   *
   * @param code the product code
   * @param origin the ISO 3166 alpha-2 country of origin, for example {@code "IN"}
   * @return a builder
   * @throws InvalidOriginException if the origin is not an upper-case ISO 3166 alpha-2 code
   */
  public static Builder builder(ProductCode code, String origin) {
    Objects.requireNonNull(code, "code");
    return new Builder(code, Countries.requireCountry(origin));
  }

  /** {@return the product code, for example {@code 6109.10.00}} */
  public ProductCode code() {
    return code;
  }

  /** {@return the country of origin, ISO 3166 alpha-2, for example {@code "IN"}} */
  public String origin() {
    return origin;
  }

  /** {@return the invoice value under the line's incoterm, non-negative, in {@link #currency()}} */
  public BigDecimal value() {
    return value;
  }

  /** {@return the invoice currency (also of freight and insurance), for example USD} */
  public Currency currency() {
    return currency;
  }

  /** {@return the incoterm of the invoice value, {@link Incoterm#FOB} unless set} */
  public Incoterm incoterm() {
    return incoterm;
  }

  /** {@return the international freight in the invoice currency, empty when unknown} */
  public Optional<BigDecimal> freight() {
    return Optional.ofNullable(freight);
  }

  /**
   * {@return the insurance of the international carriage in the invoice currency, empty when
   * unknown}
   */
  public Optional<BigDecimal> insurance() {
    return Optional.ofNullable(insurance);
  }

  /** {@return the quantities, one per dimension, for example {@code [1200 each, 250 kg]}} */
  public List<Quantity> quantities() {
    return quantities.list();
  }

  /**
   * Returns the quantity of one dimension.
   *
   * @param dimension for example {@link Dimension#MASS}
   * @return the quantity, empty if not given
   */
  public Optional<Quantity> quantity(Dimension dimension) {
    return Optional.ofNullable(quantities.byDimension().get(dimension));
  }

  /**
   * {@return the named component values (for "on the case", "on lead content" rates), name to value
   * in the invoice currency}
   */
  public Map<String, BigDecimal> componentValues() {
    return quantities.componentValues();
  }

  /** {@return the named component quantities, name to its quantities} */
  public Map<String, List<Quantity>> componentQuantities() {
    return quantities.componentQuantities();
  }

  /** {@return the transport mode, for example {@link TransportMode#OCEAN}} */
  public TransportMode transportMode() {
    return transportMode;
  }

  /** {@return the entry date (US: entry summary / release; India: bill of entry filed)} */
  public LocalDate entryDate() {
    return entryDate;
  }

  /** {@return the date of exportation, equal to the entry date unless set} */
  public LocalDate exportDate() {
    return exportDate;
  }

  /**
   * Returns the conditional exemptions and preferences the importer claims for the line.
   *
   * <p>Example: {@code [civil-aircraft]} for an aircraft part entered under the civil-aircraft
   * exemption. A conditional exemption that is not claimed leaves the duty in place.
   *
   * @return the claim names, sorted; empty when nothing is claimed
   */
  public SortedSet<String> claims() {
    return claims;
  }

  /**
   * Returns what the line declares that can change which measures apply: its claims and, when it
   * precedes the entry date, its date of exportation (for in-transit safe harbours; an export date
   * equal to the entry date declares nothing, so a line without claims resolves as {@link
   * Declaration#NONE}).
   *
   * @return the declaration
   */
  public Declaration declaration() {
    LocalDate exported = exportDate.isBefore(entryDate) ? exportDate : null;
    return claims.isEmpty() && exported == null
        ? Declaration.NONE
        : Declaration.of(claims, exported);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShipmentLine l
        && code.equals(l.code)
        && origin.equals(l.origin)
        && value.equals(l.value)
        && currency.equals(l.currency)
        && incoterm == l.incoterm
        && Objects.equals(freight, l.freight)
        && Objects.equals(insurance, l.insurance)
        && quantities.equals(l.quantities)
        && transportMode == l.transportMode
        && entryDate.equals(l.entryDate)
        && exportDate.equals(l.exportDate)
        && claims.equals(l.claims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, origin, value, currency, transportMode, entryDate);
  }

  @Override
  public String toString() {
    return LineText.describe(this);
  }

  /** Collects the parts of a line; not thread-safe. */
  public static final class Builder {
    private final ProductCode code;
    private final String origin;
    private BigDecimal value;
    private Currency currency;
    private Incoterm incoterm = Incoterm.FOB;
    private BigDecimal freight;
    private BigDecimal insurance;
    private final Map<Dimension, Quantity> quantities = new EnumMap<>(Dimension.class);
    private final Map<String, BigDecimal> componentValues = new LinkedHashMap<>();
    private final Map<String, List<Quantity>> componentQuantities = new LinkedHashMap<>();
    private TransportMode transportMode;
    private final Set<String> claims = new TreeSet<>();
    private LocalDate entryDate;
    private LocalDate exportDate;
    private final Map<String, Currency> chargeCurrencies = new LinkedHashMap<>();

    private Builder(ProductCode code, String origin) {
      this.code = code;
      this.origin = origin;
    }

    /**
     * Sets the invoice value and currency.
     *
     * @param amount non-negative, for example {@code 10000.00}
     * @param currency the invoice currency
     * @return this builder
     * @throws IllegalArgumentException if the amount is negative
     */
    public Builder value(BigDecimal amount, Currency currency) {
      this.value = LineInputs.nonNegative(amount, "value");
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /**
     * Sets the invoice value and currency from text.
     *
     * @param amount a plain decimal, for example {@code "10000.00"}
     * @param currencyCode an ISO 4217 code, for example {@code "USD"}
     * @return this builder
     * @throws IllegalArgumentException if the amount is not a non-negative decimal
     * @throws UnknownCurrencyException if the currency code is unknown
     */
    public Builder value(String amount, String currencyCode) {
      return value(LineInputs.decimal(amount, "value"), LineInputs.currency(currencyCode));
    }

    /**
     * Sets the incoterm of the invoice value.
     *
     * @param incoterm for example {@link Incoterm#CIF}
     * @return this builder
     */
    public Builder incoterm(Incoterm incoterm) {
      this.incoterm = Objects.requireNonNull(incoterm, "incoterm");
      return this;
    }

    /**
     * Sets the international freight, in the invoice currency.
     *
     * @param amount non-negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder freight(BigDecimal amount) {
      this.freight = LineInputs.nonNegative(amount, "freight");
      return this;
    }

    /**
     * Sets the insurance, in the invoice currency.
     *
     * @param amount non-negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder insurance(BigDecimal amount) {
      this.insurance = LineInputs.nonNegative(amount, "insurance");
      return this;
    }

    /**
     * Sets the freight from text, naming its currency, which must be the invoice currency (checked
     * by {@link #build()}); for example {@code .value("10000", "USD").freight("450", "USD")}.
     *
     * @param amount a plain decimal, for example {@code "450.00"}
     * @param currencyCode the invoice currency, for example {@code "USD"}
     * @return this builder
     * @throws IllegalArgumentException if the amount is not a non-negative decimal
     * @throws UnknownCurrencyException if the currency code is unknown
     */
    public Builder freight(String amount, String currencyCode) {
      chargeCurrencies.put("freight", LineInputs.currency(currencyCode));
      return freight(LineInputs.decimal(amount, "freight"));
    }

    /**
     * Sets the insurance from text, naming its currency, which must be the invoice currency
     * (checked by {@link #build()}).
     *
     * @param amount a plain decimal, for example {@code "25.00"}
     * @param currencyCode the invoice currency, for example {@code "USD"}
     * @return this builder
     * @throws IllegalArgumentException if the amount is not a non-negative decimal
     * @throws UnknownCurrencyException if the currency code is unknown
     */
    public Builder insurance(String amount, String currencyCode) {
      chargeCurrencies.put("insurance", LineInputs.currency(currencyCode));
      return insurance(LineInputs.decimal(amount, "insurance"));
    }

    /**
     * Adds the net mass in kilograms, the quantity rates per kg need (the CLI's {@code --net-kg}).
     *
     * @param kilograms a plain decimal, for example {@code "1500"}
     * @return this builder
     * @throws IllegalArgumentException if not a non-negative decimal, or a mass was already given
     */
    public Builder netKg(String kilograms) {
      return quantity(Quantity.of(LineInputs.decimal(kilograms, "net mass"), Unit.KG));
    }

    /**
     * Adds a quantity; one per dimension.
     *
     * @param quantity for example {@code 250 kg}
     * @return this builder
     * @throws IllegalArgumentException if a quantity of the same dimension was already given
     */
    public Builder quantity(Quantity quantity) {
      LineInputs.putOnePerDimension(quantities, quantity);
      return this;
    }

    /**
     * Sets the value of a named component, in the invoice currency.
     *
     * @param name for example {@code "case"}
     * @param amount non-negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder componentValue(String name, BigDecimal amount) {
      Objects.requireNonNull(name, "name");
      componentValues.put(name, LineInputs.nonNegative(amount, "component value '" + name + "'"));
      return this;
    }

    /**
     * Adds a quantity of a named component.
     *
     * @param name for example {@code "lead"}
     * @param quantity for example {@code 2 kg}
     * @return this builder
     */
    public Builder componentQuantity(String name, Quantity quantity) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(quantity, "quantity");
      componentQuantities.computeIfAbsent(name, k -> new ArrayList<>()).add(quantity);
      return this;
    }

    /**
     * Sets the transport mode; {@link TransportMode#OCEAN} when not set, as in the CLI.
     *
     * @param mode for example {@link TransportMode#AIR}
     * @return this builder
     */
    public Builder transportMode(TransportMode mode) {
      this.transportMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the entry date.
     *
     * @param date for example 2025-09-15
     * @return this builder
     */
    public Builder entryDate(LocalDate date) {
      this.entryDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the date of exportation (defaults to the entry date).
     *
     * @param date on or before the entry date
     * @return this builder
     */
    public Builder exportDate(LocalDate date) {
      this.exportDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Claims a conditional exemption or preference for the line (repeatable).
     *
     * @param name the claim name, for example {@code civil-aircraft}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or has white space, commas or
     *     semicolons
     */
    public Builder claim(String name) {
      claims.addAll(Declaration.claimNames(List.of(name)));
      return this;
    }

    /**
     * Builds the line.
     *
     * @return the immutable line
     * @throws IllegalStateException if value or entry date is missing
     * @throws IllegalArgumentException if the export date is after the entry date, or freight or
     *     insurance was given in another currency than the value
     */
    public ShipmentLine build() {
      LineInputs.checkComplete(
          "ShipmentLine " + code + " from " + origin + ": ",
          value,
          currency,
          chargeCurrencies,
          entryDate,
          exportDate);
      if (transportMode == null) {
        transportMode = DEFAULT_TRANSPORT_MODE;
      }
      return new ShipmentLine(this);
    }
  }
}
