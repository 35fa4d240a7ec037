package dev.tariffimpact.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.CategoryCatalog.Overlap;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryCatalogTest {

  private static final List<Category> SECTORS =
      List.of(
          Category.of("textiles", "Textiles and apparel", CodeScope.parse("50-63")),
          Category.of("t-shirts", "Knit T-shirts", CodeScope.parse("6109")),
          Category.of("footwear", "Footwear", CodeScope.parse("64 except 6406")),
          Category.of("everything", "All goods", CodeScope.all()));

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FIRST_MATCH   | 6109.10.00 | textiles",
        "MOST_SPECIFIC | 6109.10.00 | t-shirts",
        "ALL           | 6109.10.00 | textiles, t-shirts, everything",
        "FIRST_MATCH   | 6403.99.60 | footwear",
        "MOST_SPECIFIC | 6406.10    | everything",
        "ALL           | 6406.10    | everything",
        "MOST_SPECIFIC | 0802.12.00 | everything",
      })
  void overlapRuleDecides(Overlap overlap, String code, String expected) {
    CategoryCatalog catalog = CategoryCatalog.of("sectors", overlap, SECTORS);
    List<String> names =
        catalog.categoriesOf(ProductCode.parse(code)).stream().map(Category::name).toList();
    assertThat(String.join(", ", names)).isEqualTo(expected);
    assertThat(catalog.categoryOf(ProductCode.parse(code)).orElseThrow().name())
        .isEqualTo(names.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FIRST_MATCH", "MOST_SPECIFIC", "ALL"})
  void uncoveredCodeHasNoCategory(Overlap overlap) {
    CategoryCatalog catalog = CategoryCatalog.of("sectors", overlap, SECTORS.subList(0, 3));
    assertThat(catalog.categoriesOf(ProductCode.parse("0802.12"))).isEmpty();
    assertThat(catalog.categoryOf(ProductCode.parse("0802.12"))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void namesAreUniqueAndFindable() {
    CategoryCatalog catalog = CategoryCatalog.of("sectors", Overlap.ALL, SECTORS);
    assertThat(catalog.category("footwear").orElseThrow().scope())
        .isEqualTo(CodeScope.parse("64 except 6406"));
    assertThatThrownBy(
            () -> CategoryCatalog.of("x", Overlap.ALL, List.of(SECTORS.get(0), SECTORS.get(0))))
        .hasMessageContaining("'textiles'");
    assertThatThrownBy(() -> Category.of(" ", "", CodeScope.all()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
