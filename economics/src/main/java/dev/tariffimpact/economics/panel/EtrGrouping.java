package dev.tariffimpact.economics.panel;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.CategoryCatalog;
import dev.tariffimpact.classification.ProductCode;
import java.util.Objects;

/**
 * How effective tariff rates are grouped: in total, by HS chapter, by origin or by category.
 *
 * <p>Example: {@code EtrGrouping.category(catalog).of(ProductCode.parse("610910"), "IN")} is {@code
 * "textiles-and-apparel"}.
 */
@FunctionalInterface
public interface EtrGrouping {

  /** The group of goods no category of the catalog covers. */
  String OTHER = "other";

  /**
   * Returns the group of a weight.
   *
   * @param code the product code
   * @param origin the origin
   * @return the group name
   */
  String of(ProductCode code, String origin);

  /**
   * One group for everything.
   *
   * @return the grouping, whose only group is {@code "total"}
   */
  static EtrGrouping total() {
    return (code, origin) -> "total";
  }

  /**
   * By HS chapter.
   *
   * @return the grouping, groups {@code "01"} to {@code "99"}
   */
  static EtrGrouping chapter() {
    return (code, origin) -> String.format("%02d", code.chapter());
  }

  /**
   * By country of origin.
   *
   * @return the grouping, groups ISO alpha-2 codes
   */
  static EtrGrouping origin() {
    return (code, origin) -> origin;
  }

  /**
   * By category of a catalog; goods in no category go to {@value #OTHER}.
   *
   * @param catalog the catalog, e.g. the bundled US categories
   * @return the grouping
   */
  static EtrGrouping category(CategoryCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return (code, origin) -> catalog.categoryOf(code).map(Category::name).orElse(OTHER);
  }
}
