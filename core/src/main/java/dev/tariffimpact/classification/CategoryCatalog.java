package dev.tariffimpact.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, ordered list of categories with a stated rule for codes that fall into more than one.
 *
 * <p>A code may belong to several catalogs (a "sectors" catalog and a "FACTS exposure" catalog),
 * and within one catalog to several categories; the catalog's {@link Overlap} rule decides which of
 * them {@link #categoriesOf} returns:
 *
 * <pre>{@code
 * CategoryCatalog sectors = CategoryCatalog.of("sectors", Overlap.MOST_SPECIFIC, List.of(
 *     Category.of("textiles", "Textiles and apparel", CodeScope.parse("50-63")),
 *     Category.of("t-shirts", "Knit T-shirts", CodeScope.parse("6109"))));
 * sectors.categoryOf(ProductCode.parse("6109.10.00"));   // t-shirts (4 digits beat 2)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategoryCatalog {

  /** How a code covered by several categories of one catalog is resolved. */
  public enum Overlap {
    /** The first covering category in catalog order. */
    FIRST_MATCH,
    /**
     * The covering category with the longest {@link Category#matchLength}; among equally specific
     * ones the first in catalog order.
     */
    MOST_SPECIFIC,
    /** Every covering category, in catalog order (aggregates then count a code more than once). */
    ALL
  }

  private final String name;
  private final Overlap overlap;
  private final List<Category> categories;
  private final Map<String, Category> byName;

  private CategoryCatalog(String name, Overlap overlap, List<Category> categories) {
    this.name = name;
    this.overlap = overlap;
    this.categories = List.copyOf(categories);
    Map<String, Category> map = new LinkedHashMap<>();
    for (Category c : this.categories) {
      if (map.putIfAbsent(c.name(), c) != null) {
        throw new IllegalArgumentException(
            "Duplicate category '" + c.name() + "' in catalog '" + name + "'");
      }
    }
    this.byName = map;
  }

  /**
   * Returns a catalog.
   *
   * @param name the catalog name, non-blank, e.g. {@code "sectors"}
   * @param overlap how overlapping categories resolve
   * @param categories the categories in order (order matters for {@link Overlap#FIRST_MATCH} and
   *     ties)
   * @return the catalog
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or two categories share a name
   */
  public static CategoryCatalog of(String name, Overlap overlap, List<Category> categories) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(categories, "categories");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Catalog name must be non-blank: '" + name + "'");
    }
    return new CategoryCatalog(name, overlap, categories);
  }

  /**
   * Returns the catalog name.
   *
   * @return for example {@code "sectors"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the overlap rule.
   *
   * @return the rule stated when the catalog was built
   */
  public Overlap overlap() {
    return overlap;
  }

  /**
   * Returns the categories in catalog order.
   *
   * @return an unmodifiable list
   */
  public List<Category> categories() {
    return categories;
  }

  /**
   * Finds a category by name.
   *
   * @param categoryName for example {@code "textiles"}
   * @return the category, or empty if the catalog has none of that name
   */
  public Optional<Category> category(String categoryName) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(categoryName, "categoryName")));
  }

  /**
   * Returns the categories of a code under this catalog's overlap rule.
   *
   * <p>Example: under {@link Overlap#ALL}, {@code 6109.10.00} is in both "textiles" (50-63) and
   * "t-shirts" (6109); under {@link Overlap#MOST_SPECIFIC} only in "t-shirts".
   *
   * @param code the product code
   * @return at most one category for FIRST_MATCH and MOST_SPECIFIC, every covering one for ALL;
   *     empty if none covers the code
   */
  public List<Category> categoriesOf(ProductCode code) {
    Objects.requireNonNull(code, "code");
    switch (overlap) {
      case FIRST_MATCH:
        for (Category c : categories) {
          if (c.contains(code)) {
            return List.of(c);
          }
        }
        return List.of();
      case MOST_SPECIFIC:
        Category best = null;
        int bestLength = -1;
        for (Category c : categories) {
          int length = c.matchLength(code);
          if (length > bestLength) {
            best = c;
            bestLength = length;
          }
        }
        return best == null ? List.of() : List.of(best);
      case ALL:
      default:
        List<Category> all = new ArrayList<>();
        for (Category c : categories) {
          if (c.contains(code)) {
            all.add(c);
          }
        }
        return List.copyOf(all);
    }
  }

  /**
   * Returns the single category of a code: the first of {@link #categoriesOf}.
   *
   * @param code the product code
   * @return the category, or empty if none covers the code
   */
  public Optional<Category> categoryOf(ProductCode code) {
    List<Category> found = categoriesOf(code);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public String toString() {
    return "CategoryCatalog[" + name + ", " + overlap + ", " + categories.size() + " categories]";
  }
}
