package dev.tariffimpact.io.lists;

import dev.tariffimpact.classification.ProductCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a dated product list: an HTS provision (4 to 10 digits, covering every code below
 * it) with the first and last entry date on which the list holds it.
 *
 * <p>Example: {@code 73269086} from 2025-08-18 (a Section 232 steel derivative added that day),
 * open-ended; it covers {@code 7326.90.86.88} on 2025-08-18 but not on 2025-08-17.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the provision, digits only, 4 to 10 digits, for example {@code 39269099}
 * @param start the first entry date (inclusive); empty when the list has no date of its own (the
 *     dates of the layer that uses the list then apply)
 * @param end the last entry date (inclusive); empty when open-ended
 */
public record DatedCode(String code, Optional<LocalDate> start, Optional<LocalDate> end) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the code is not 4 to 10 digits or the end precedes the
   *     start
   */
  public DatedCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!code.matches("\\d{4,10}")) {
      throw new IllegalArgumentException("list code '" + code + "' is not 4 to 10 digits");
    }
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(
          "list code " + code + ": end " + end.get() + " precedes start " + start.get());
    }
  }

  /**
   * Tells whether this entry holds a product on a date.
   *
   * @param product the product, at any length; a code shorter than the entry is not covered (a
   *     heading query is not answered by one of its subheadings)
   * @param date the entry date
   * @return true if the product's digits start with the entry's and the date is within its dates
   */
  public boolean covers(ProductCode product, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return product.digits().startsWith(code)
        && start.map(s -> !date.isBefore(s)).orElse(true)
        && end.map(e -> !date.isAfter(e)).orElse(true);
  }
}
