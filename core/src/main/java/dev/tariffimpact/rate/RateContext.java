package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rate is computed against: the currency wanted, the customs value, the quantities of the
 * goods (at most one per {@link Dimension}, converted automatically within it), values and
 * quantities of named components, the quota already used and a currency converter.
 *
 * <p>Example:
 *
 * <pre>{@code
 * RateContext ctx = RateContext.builder(Currency.getInstance("USD"), new BigDecimal("1000"))
 *     .quantity(Quantity.of("250", Unit.KG))
 *     .componentQuantity("lead content", Quantity.of("40", Unit.KG))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateContext {

  private final Currency currency;
  private final BigDecimal customsValue;
  private final Map<Dimension, Quantity> quantities;
  private final Map<String, BigDecimal> componentValues;
  private final Map<String, Map<Dimension, Quantity>> componentQuantities;
  private final Quantity quotaUsed;
  private final CurrencyConverter converter;
  // Null for the goods themselves; the component's name when a ComponentRate computes its inner
  // rate.
  private final String component;

  private RateContext(Builder b) {
    this.currency = b.currency;
    this.customsValue = b.customsValue;
    this.quantities = Collections.unmodifiableMap(new EnumMap<>(b.quantities));
    this.componentValues = Map.copyOf(b.componentValues);
    Map<String, Map<Dimension, Quantity>> cq = new HashMap<>();
    b.componentQuantities.forEach(
        (k, v) -> cq.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
    this.componentQuantities = Map.copyOf(cq);
    this.quotaUsed = b.quotaUsed;
    this.converter = b.converter;
    this.component = null;
  }

  private RateContext(RateContext root, String component) {
    this(root, root.customsValue, component);
  }

  private RateContext(RateContext root, BigDecimal customsValue, String component) {
    this.currency = root.currency;
    this.customsValue = customsValue;
    this.quantities = root.quantities;
    this.componentValues = root.componentValues;
    this.componentQuantities = root.componentQuantities;
    this.quotaUsed = root.quotaUsed;
    this.converter = root.converter;
    this.component = component;
  }

  /**
   * Starts a context.
   *
   * @param currency the currency every amount is computed in, for example USD
   * @param customsValue the customs value in that currency, at least zero
   * @return a builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is negative
   */
  public static Builder builder(Currency currency, BigDecimal customsValue) {
    return new Builder(currency, customsValue);
  }

  /**
   * Returns the currency amounts are computed in.
   *
   * @return for example USD
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the same context with another customs value: what an assessor needs when each layer
   * applies to a different base (customs value, value plus duties, a duty amount) while quantities,
   * components and converter stay those of the line. Cheaper than building the context again.
   *
   * <p>Example: {@code ctx.withCustomsValue(new BigDecimal("1650.00"))} for a surcharge on a duty.
   *
   * @param customsValue the value percentages apply to, in {@link #currency()}, not negative
   * @return the context, this one if the value is the same instance
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is negative
   */
  public RateContext withCustomsValue(BigDecimal customsValue) {
    Objects.requireNonNull(customsValue, "customsValue");
    if (customsValue.signum() < 0) {
      throw new IllegalArgumentException("customs value must not be negative: " + customsValue);
    }
    if (customsValue == this.customsValue) {
      return this;
    }
    return new RateContext(this, customsValue, component);
  }

  /**
   * Returns the customs value of the goods.
   *
   * @return the value in {@link #currency()}
   */
  public BigDecimal customsValue() {
    return customsValue;
  }

  /**
   * Returns the quantity of the goods in a dimension.
   *
   * @param dimension for example {@link Dimension#MASS}
   * @return the quantity as given, or empty
   */
  public Optional<Quantity> quantity(Dimension dimension) {
    return Optional.ofNullable(quantities.get(Objects.requireNonNull(dimension, "dimension")));
  }

  /**
   * Returns the value of a named component.
   *
   * @param name for example {@code "case"}
   * @return the value in {@link #currency()}, or empty
   */
  public Optional<BigDecimal> componentValue(String name) {
    return Optional.ofNullable(componentValues.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the quantity of a named component in a dimension.
   *
   * @param name for example {@code "lead content"}
   * @param dimension for example {@link Dimension#MASS}
   * @return the quantity, or empty
   */
  public Optional<Quantity> componentQuantity(String name, Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    Map<Dimension, Quantity> m = componentQuantities.get(Objects.requireNonNull(name, "name"));
    return Optional.ofNullable(m == null ? null : m.get(dimension));
  }

  /**
   * Returns how much of the quota was used before these goods.
   *
   * @return the used quantity, or empty
   */
  public Optional<Quantity> quotaUsed() {
    return Optional.ofNullable(quotaUsed);
  }

  /**
   * Returns the currency converter.
   *
   * @return the converter, or empty
   */
  public Optional<CurrencyConverter> converter() {
    return Optional.ofNullable(converter);
  }

  // ---- package-private helpers used by the rate records ----
  // A helper that may fail takes the rate for its message: the canonical text is printed only on
  // failure, not on every computation.

  /**
   * The same context seen from a named component: its value and quantities stand for the goods'.
   */
  RateContext forComponent(String name) {
    return new RateContext(this, name);
  }

  /** The value a percentage applies to: the customs value, or the component's value. */
  BigDecimal value(Rate rate) {
    if (component == null) {
      return customsValue;
    }
    BigDecimal v = componentValues.get(component);
    if (v == null) {
      throw new MissingInputException(new RateInput.ComponentValue(component), rate.toString());
    }
    return v;
  }

  /** The quantity a specific rate applies to, in {@code unit}: of the goods or of the component. */
  BigDecimal quantityIn(Unit unit, Rate rate) {
    Quantity q;
    if (component == null) {
      q = quantities.get(unit.dimension());
      if (q == null) {
        throw new MissingInputException(
            new RateInput.QuantityIn(unit.dimension()), rate.toString());
      }
    } else {
      q = componentQuantity(component, unit.dimension()).orElse(null);
      if (q == null) {
        throw new MissingInputException(
            new RateInput.ComponentQuantity(component, unit.dimension()), rate.toString());
      }
    }
    return q.in(unit);
  }

  /** The quantity of the goods themselves (quotas count the goods, never a component). */
  Quantity goodsQuantity(Dimension dimension, Rate rate) {
    Quantity q = quantities.get(dimension);
    if (q == null) {
      throw new MissingInputException(new RateInput.QuantityIn(dimension), rate.toString());
    }
    return q;
  }

  /** Converts an amount of {@code from} into this context's currency. */
  BigDecimal toContextCurrency(BigDecimal amount, Currency from, Rate rate) {
    if (from.equals(currency)) {
      return amount;
    }
    if (converter == null) {
      throw new CurrencyConversionException(from, currency, rate.toString());
    }
    BigDecimal factor = converter.factor(from, currency);
    if (factor == null) {
      throw new CurrencyConversionException(from, currency, rate.toString());
    }
    return amount.multiply(factor);
  }

  /**
   * Builds a {@link RateContext}. Not thread-safe.
   *
   * <p>Example: {@code RateContext.builder(usd, value).quantity(Quantity.of("10",
   * Unit.KG)).build()}.
   */
  public static final class Builder {
    private final Currency currency;
    private final BigDecimal customsValue;
    private final Map<Dimension, Quantity> quantities = new EnumMap<>(Dimension.class);
    private final Map<String, BigDecimal> componentValues = new HashMap<>();
    private final Map<String, Map<Dimension, Quantity>> componentQuantities = new HashMap<>();
    private Quantity quotaUsed;
    private CurrencyConverter converter;

    private Builder(Currency currency, BigDecimal customsValue) {
      this.currency = Objects.requireNonNull(currency, "currency");
      this.customsValue = Objects.requireNonNull(customsValue, "customsValue");
      if (customsValue.signum() < 0) {
        throw new IllegalArgumentException("customs value must not be negative: " + customsValue);
      }
    }

    /**
     * Sets the quantity of the goods in its unit's dimension.
     *
     * @param q for example {@code 250 kg}
     * @return this builder
     * @throws IllegalArgumentException if a quantity of that dimension was already given
     */
    public Builder quantity(Quantity q) {
      Objects.requireNonNull(q, "q");
      if (quantities.putIfAbsent(q.unit().dimension(), q) != null) {
        throw new IllegalArgumentException(
            "a quantity of dimension " + q.unit().dimension() + " was already given: " + q);
      }
      return this;
    }

    /**
     * Sets the value of a named component.
     *
     * @param name for example {@code "case"}
     * @param value its value in the context currency, at least zero
     * @return this builder
     * @throws IllegalArgumentException if the value is negative or the name was already given
     */
    public Builder componentValue(String name, BigDecimal value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (value.signum() < 0) {
        throw new IllegalArgumentException(
            "value of component '" + name + "' must not be negative: " + value);
      }
      if (componentValues.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("value of component '" + name + "' given twice");
      }
      return this;
    }

    /**
     * Sets the quantity of a named component (one per dimension).
     *
     * @param name for example {@code "lead content"}
     * @param q for example {@code 40 kg}
     * @return this builder
     * @throws IllegalArgumentException if that component already has a quantity of the dimension
     */
    public Builder componentQuantity(String name, Quantity q) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(q, "q");
      Map<Dimension, Quantity> m =
          componentQuantities.computeIfAbsent(name, k -> new EnumMap<>(Dimension.class));
      if (m.putIfAbsent(q.unit().dimension(), q) != null) {
        throw new IllegalArgumentException(
            "quantity (" + q.unit().dimension() + ") of component '" + name + "' given twice");
      }
      return this;
    }

    /**
     * Sets how much of the quota was used before these goods.
     *
     * @param q for example {@code 900 t}
     * @return this builder
     */
    public Builder quotaUsed(Quantity q) {
      this.quotaUsed = Objects.requireNonNull(q, "q");
      return this;
    }

    /**
     * Sets the converter for rates in other currencies.
     *
     * @param c the converter
     * @return this builder
     */
    public Builder converter(CurrencyConverter c) {
      this.converter = Objects.requireNonNull(c, "c");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the immutable context
     */
    public RateContext build() {
      return new RateContext(this);
    }
  }
}
