package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Printing of the canonical rate text (grammar in docs/rate-syntax.md). */
final class Canonical {
  private Canonical() {}

  static String number(BigDecimal value) {
    return Decimals.normalise(value).toPlainString();
  }

  /**
   * A rate inside a sum or a MIN/MAX expression: a bounded rate there needs parentheses, or its MIN
   * and MAX would bind to the enclosing expression.
   */
  static String operand(Rate r) {
    return r instanceof Bounded ? "(" + r + ")" : r.toString();
  }

  static String args(List<Rate> rates) {
    return rates.stream().map(Rate::toString).collect(Collectors.joining("; "));
  }

  static java.util.Set<RateInput> union(List<Rate> rates) {
    java.util.Set<RateInput> all = new java.util.LinkedHashSet<>();
    rates.forEach(r -> all.addAll(r.requiredInputs()));
    return java.util.Collections.unmodifiableSet(all);
  }

  static List<Rate> atLeastTwo(List<Rate> parts, String what) {
    java.util.Objects.requireNonNull(parts, "parts");
    List<Rate> copy = List.copyOf(parts);
    if (copy.size() < 2) {
      throw new IllegalArgumentException(what + " needs at least two rates, got " + copy);
    }
    return copy;
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Computes every rate's amount and folds them, e.g. with {@code BigDecimal::max}. */
  /** The linear views of all rates, or empty when one has none. */
  static java.util.Optional<List<LinearRate>> allLinear(List<Rate> rates) {
    List<LinearRate> terms = new java.util.ArrayList<>(rates.size());
    for (Rate r : rates) {
      java.util.Optional<LinearRate> l = r.linear();
      if (l.isEmpty()) {
        return java.util.Optional.empty();
      }
      terms.add(l.get());
    }
    return java.util.Optional.of(List.copyOf(terms));
  }

  static BigDecimal reduceAmounts(
      List<Rate> rates, RateContext ctx, java.util.function.BinaryOperator<BigDecimal> fold) {
    BigDecimal result = null;
    for (Rate r : rates) {
      BigDecimal a = r.amount(ctx);
      result = result == null ? a : fold.apply(result, a);
    }
    return result;
  }
}
