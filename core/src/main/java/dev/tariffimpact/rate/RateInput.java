package dev.tariffimpact.rate;

import java.util.Objects;

/**
 * One input a rate needs to be computed: the customs value, a quantity of some dimension, the value
 * or quantity of a named component, or the quota already used.
 *
 * <p>Example: {@code 1.7¢/kg on lead content} needs {@code new ComponentQuantity("lead content",
 * Dimension.MASS)}.
 */
public sealed interface RateInput {

  /**
   * Describes the input for people.
   *
   * @return for example {@code "quantity (mass)"} or {@code "value of component 'case'"}
   */
  String describe();

  /**
   * The customs value of the goods (the duty base the regime supplies).
   *
   * <p>This class is immutable and thread-safe.
   */
  record CustomsValue() implements RateInput {
    @Override
    public String describe() {
      return "customs value";
    }
  }

  /**
   * A quantity of the goods in some unit of a dimension.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param dimension what the quantity measures, for example {@link Dimension#MASS}
   */
  record QuantityIn(Dimension dimension) implements RateInput {
    /**
     * Validates.
     *
     * @throws NullPointerException if {@code dimension} is null
     */
    public QuantityIn {
      Objects.requireNonNull(dimension, "dimension");
    }

    @Override
    public String describe() {
      return "quantity (" + dimension.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /**
   * The value of a named component of the goods ("case", "strap, band or bracelet", "lead
   * content").
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param component the component name as written in the rate
   */
  record ComponentValue(String component) implements RateInput {
    /**
     * Validates.
     *
     * @throws NullPointerException if {@code component} is null
     * @throws IllegalArgumentException if it is blank
     */
    public ComponentValue {
      Objects.requireNonNull(component, "component");
      if (component.isBlank()) {
        throw new IllegalArgumentException("component name must not be blank");
      }
    }

    @Override
    public String describe() {
      return "value of component '" + component + "'";
    }
  }

  /**
   * A quantity of a named component ("lead content" in kg, "drained weight", "jewels").
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param component the component name as written in the rate
   * @param dimension what the quantity measures
   */
  record ComponentQuantity(String component, Dimension dimension) implements RateInput {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ComponentQuantity {
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(dimension, "dimension");
      if (component.isBlank()) {
        throw new IllegalArgumentException("component name must not be blank");
      }
    }

    @Override
    public String describe() {
      return "quantity ("
          + dimension.name().toLowerCase(java.util.Locale.ROOT)
          + ") of component '"
          + component
          + "'";
    }
  }

  /**
   * How much of a tariff-rate quota is already used before these goods.
   *
   * <p>This class is immutable and thread-safe.
   */
  record QuotaPosition() implements RateInput {
    @Override
    public String describe() {
      return "quota already used";
    }
  }
}
