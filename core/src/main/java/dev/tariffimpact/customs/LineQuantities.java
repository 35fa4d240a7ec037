package dev.tariffimpact.customs;

import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ShipmentLine} declares for quantity-based and component rates: one quantity per
 * dimension, and the values and quantities of named components. Immutable copies of what a builder
 * collected.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LineQuantities {

  private final Map<Dimension, Quantity> byDimension;
  // byDimension.values() as an immutable list, made once: every assessment of the line reads it.
  private final List<Quantity> list;
  private final Map<String, BigDecimal> componentValues;
  private final Map<String, List<Quantity>> componentQuantities;

  LineQuantities(
      Map<Dimension, Quantity> byDimension,
      Map<String, BigDecimal> componentValues,
      Map<String, List<Quantity>> componentQuantities) {
    this.byDimension = Collections.unmodifiableMap(new EnumMap<>(byDimension));
    this.list = List.copyOf(this.byDimension.values());
    this.componentValues = Collections.unmodifiableMap(new LinkedHashMap<>(componentValues));
    Map<String, List<Quantity>> cq = new LinkedHashMap<>();
    componentQuantities.forEach((k, v) -> cq.put(k, List.copyOf(v)));
    this.componentQuantities = Collections.unmodifiableMap(cq);
  }

  Map<Dimension, Quantity> byDimension() {
    return byDimension;
  }

  List<Quantity> list() {
    return list;
  }

  Map<String, BigDecimal> componentValues() {
    return componentValues;
  }

  Map<String, List<Quantity>> componentQuantities() {
    return componentQuantities;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineQuantities q
        && byDimension.equals(q.byDimension)
        && componentValues.equals(q.componentValues)
        && componentQuantities.equals(q.componentQuantities);
  }

  @Override
  public int hashCode() {
    return byDimension.hashCode();
  }
}
