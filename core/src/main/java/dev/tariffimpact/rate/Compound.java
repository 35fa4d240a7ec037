package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sum of several rates, such as {@code 11¢/kg + 20%}. Nested compounds are flattened, so {@code
 * (a + b) + c} equals {@code a + b + c}.
 *
 * <p>Example: {@code 0.11 USD/kg + 20%} on 100 kg worth 50 USD is 11 + 10 = 21 USD.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parts two or more rates, in order
 */
public record Compound(List<Rate> parts) implements Rate {

  /**
   * Validates and flattens.
   *
   * @throws NullPointerException if the list or a part is null
   * @throws IllegalArgumentException if fewer than two parts remain
   */
  public Compound {
    Objects.requireNonNull(parts, "parts");
    List<Rate> flat = new ArrayList<>();
    for (Rate r : parts) {
      Objects.requireNonNull(r, "part");
      if (r instanceof Compound c) {
        flat.addAll(c.parts());
      } else {
        flat.add(r);
      }
    }
    parts = Canonical.atLeastTwo(flat, "A compound rate");
  }

  /**
   * Returns the sum of the given rates.
   *
   * @param parts two or more rates
   * @return the compound rate
   */
  public static Compound of(Rate... parts) {
    return new Compound(List.of(parts));
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return Canonical.union(parts);
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Rate r : parts) {
      sum = sum.add(r.amount(ctx));
    }
    return sum;
  }

  /** Linear when every part is: the percents add up, the per-unit parts are kept in order. */
  @Override
  public java.util.Optional<LinearRate> linear() {
    LinearRate sum = new LinearRate(BigDecimal.ZERO, List.of());
    for (Rate part : parts) {
      java.util.Optional<LinearRate> l = part.linear();
      if (l.isEmpty()) {
        return l;
      }
      sum = sum.plus(l.get());
    }
    return java.util.Optional.of(sum);
  }

  @Override
  public boolean isComputable() {
    return parts.stream().allMatch(Rate::isComputable);
  }

  @Override
  public RateKind kind() {
    return RateKind.COMPOUND;
  }

  /** Prints {@code 0.11 USD/kg + 20%}. */
  @Override
  public String toString() {
    return parts.stream().map(Canonical::operand).collect(Collectors.joining(" + "));
  }
}
