package dev.tariffimpact.classification;

import java.util.Objects;

/**
 * A named set of products, used both to write schedules ("textiles and apparel: chapters 50-63")
 * and to aggregate results by the same name.
 *
 * <p>Example: {@code Category.of("textiles", "Textiles and apparel", CodeScope.parse("50-63"))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the short name, non-blank, without surrounding white space, e.g. {@code textiles}
 * @param description what the category covers, for people; may be empty, never null
 * @param scope the products of the category
 */
public record Category(String name, String description, CodeScope scope) {

  /**
   * Validates the category.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or has surrounding white space
   */
  public Category {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scope, "scope");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "Category name must be non-blank without surrounding white space: '" + name + "'");
    }
  }

  /**
   * Returns a category.
   *
   * @param name for example {@code "footwear"}
   * @param description for example {@code "Footwear, gaiters and parts"}
   * @param scope for example {@code CodeScope.parse("64")}
   * @return the category
   * @throws IllegalArgumentException if the name is blank
   */
  public static Category of(String name, String description, CodeScope scope) {
    return new Category(name, description, scope);
  }

  /**
   * Tells whether the category covers a code.
   *
   * @param code the product code
   * @return true if the scope contains the code
   */
  public boolean contains(ProductCode code) {
    return scope.contains(code);
  }

  /**
   * Returns how specifically the category covers a code (see {@link CodeScope#matchLength}).
   *
   * @param code the product code
   * @return the length of the longest include covering the code, 0 for {@code *}, -1 if not covered
   */
  public int matchLength(ProductCode code) {
    return scope.matchLength(code);
  }
}
