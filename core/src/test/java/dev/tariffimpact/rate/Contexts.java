package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Builds {@link RateContext}s from a compact test notation, so the tables stay readable: {@code
 * "USD; value=1000; q=250 kg; cq:lead content=40 kg; cv:case=100; used=800 kg; fx:EUR=90"}.
 */
final class Contexts {
  private Contexts() {}

  static RateContext parse(String spec) {
    String[] items = spec.split(";");
    Currency ccy = Currency.getInstance(items[0].strip());
    BigDecimal value = BigDecimal.ZERO;
    for (String item : items) {
      if (item.strip().startsWith("value=")) {
        value = new BigDecimal(item.strip().substring("value=".length()));
      }
    }
    RateContext.Builder b = RateContext.builder(ccy, value);
    for (int i = 1; i < items.length; i++) {
      String item = items[i].strip();
      int eq = item.indexOf('=');
      String key = item.substring(0, eq);
      String val = item.substring(eq + 1);
      if (key.equals("value")) {
        continue;
      } else if (key.equals("q")) {
        b.quantity(quantity(val));
      } else if (key.equals("used")) {
        b.quotaUsed(quantity(val));
      } else if (key.startsWith("cq:")) {
        b.componentQuantity(key.substring(3), quantity(val));
      } else if (key.startsWith("cv:")) {
        b.componentValue(key.substring(3), new BigDecimal(val));
      } else if (key.startsWith("fx:")) {
        Currency from = Currency.getInstance(key.substring(3));
        BigDecimal factor = new BigDecimal(val);
        b.converter(
            (f, t) -> {
              if (f.equals(from) && t.equals(ccy)) {
                return factor;
              }
              throw new dev.tariffimpact.TariffImpactException("no rate " + f + "->" + t);
            });
      } else {
        throw new IllegalArgumentException("bad context item " + item);
      }
    }
    return b.build();
  }

  /** {@code "250 kg"}: the number, a space, then any unit spelling. */
  static Quantity quantity(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    return Quantity.of(t.substring(0, space), Unit.parse(t.substring(space + 1)));
  }
}
