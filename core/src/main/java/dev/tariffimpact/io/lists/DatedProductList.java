package dev.tariffimpact.io.lists;

import dev.tariffimpact.classification.ProductCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One legal product list with its provenance and dated entries, as bundled in {@code
 * data/us/lists/}.
 *
 * <p>Example: {@code ieepa-annex2} holds {@code 8471} (all of heading 8471) with no dates of its
 * own; {@code contains(ProductCode.parse("8471.30.01.00"), date)} is true on any date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param info the index row
 * @param entries the entries in file order (sorted by code)
 */
public record DatedProductList(ListInfo info, List<DatedCode> entries) {

  /**
   * Copies and checks the count.
   *
   * @throws IllegalArgumentException if the index row counts a different number of entries
   */
  public DatedProductList {
    Objects.requireNonNull(info, "info");
    entries = List.copyOf(entries);
    if (entries.size() != info.codes()) {
      throw new IllegalArgumentException(
          "list "
              + info.id()
              + ": index.csv counts "
              + info.codes()
              + " codes, the file has "
              + entries.size());
    }
  }

  /**
   * Tells whether the list holds a product on a date.
   *
   * @param product the product (a code shorter than an entry is not held)
   * @param date the entry date
   * @return true if an entry covers the product on that date
   */
  public boolean contains(ProductCode product, LocalDate date) {
    Objects.requireNonNull(product, "product");
    for (DatedCode e : entries) {
      if (e.covers(product, date)) {
        return true;
      }
    }
    return false;
  }
}
