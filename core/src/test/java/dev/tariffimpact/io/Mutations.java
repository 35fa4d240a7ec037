package dev.tariffimpact.io;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile inputs for fuzzing the readers: random text, and valid files mutated by one to four edits
 * (a character replaced, a hostile token inserted, a range deleted or repeated).
 */
public final class Mutations {

  /** Tokens the hostile-input trial used: huge exponents, formulas, paths, bombs, bad encodings. */
  public static final List<String> TOKENS =
      List.of(
          "1e999999999",
          "1E+2147483647",
          "1e-999999999",
          "922337203685477.58",
          "NaN",
          "-Infinity",
          "١٠٠",
          " 100",
          "9".repeat(400),
          "\"",
          "\"\"",
          ",",
          "\n",
          "\r\n",
          "\u0000",
          "\uFEFF",
          "\uD800",
          "=cmd|' /C calc'!A0",
          "/etc/passwd",
          "../../../../etc/passwd",
          "{\"@class\":\"java.lang.Runtime\"}",
          "[".repeat(600),
          "(".repeat(300),
          "A".repeat(5000),
          "%",
          "¢/kg",
          " or ",
          " + ",
          "MAX ",
          "1/0",
          "null",
          "-");

  private Mutations() {}

  private record Edit(int kind, double at, double length, String token) {

    String apply(String s) {
      int n = s.length();
      int i = (int) (at * n);
      int j = Math.min(n, i + 1 + (int) (length * Math.min(64, n)));
      return switch (kind) {
        case 0 -> s.substring(0, i) + token + s.substring(i);
        case 1 -> i < n ? s.substring(0, i) + token.charAt(0) + s.substring(i + 1) : s + token;
        case 2 -> s.substring(0, i) + s.substring(j);
        default -> s.substring(0, j) + s.substring(i, j) + s.substring(j);
      };
    }
  }

  /**
   * Returns the valid texts mutated by one to four edits.
   *
   * @param valid texts the reader accepts
   * @return hostile variants
   */
  public static Arbitrary<String> of(List<String> valid) {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(TOKENS))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(valid), edit.list().ofMinSize(1).ofMaxSize(4))
        .as(
            (text, edits) -> {
              String s = text;
              for (Edit e : edits) {
                s = e.apply(s);
              }
              return s;
            });
  }

  /**
   * Returns random text: any characters, or the characters that matter to CSV, JSON and numbers.
   *
   * @return random strings up to 300 characters
   */
  public static Arbitrary<String> random() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings()
            .withChars("0123456789.,;:eE+-%\"{}[]\n\r \t#$¢/kgUSD")
            .ofMaxLength(300));
  }
}
