package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.MeasureStatus;
import dev.tariffimpact.schedule.OriginScope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryCsvTest {

  private static final CategoryCsv.Settings US =
      CategoryCsv.Settings.of("US", Currency.getInstance("USD"));

  private static BigDecimal percent(CompiledSchedule s, String code) {
    List<Measure> m = s.applicable(ProductCode.parse(code), "IN");
    assertThat(m).hasSize(1);
    return ((AdValorem) m.get(0).rate()).percent();
  }

  @Test
  void compilesToACatalogAndTwoSchedules() {
    CategoryCsv.Schedules result =
        CategoryCsv.read(Path.of("src/test/resources/schedule/categories.csv"), US);
    assertThat(result.catalog().categories())
        .extracting(Category::name)
        .containsExactly("textiles", "t-shirts", "leather and footwear");
    assertThat(result.before().measures())
        .extracting(Measure::id)
        .containsExactly("category-textiles", "category-t-shirts", "category-leather-and-footwear");
    assertThat(result.after().measure("category-t-shirts").orElseThrow().status())
        .isEqualTo(MeasureStatus.HYPOTHETICAL);
    assertThat(result.before().measure("category-t-shirts").orElseThrow().kind())
        .isEqualTo(MeasureKind.BASE_DUTY);

    LocalDate any = LocalDate.parse("2026-01-01");
    CompiledSchedule before = CompiledSchedule.of(result.before(), any);
    CompiledSchedule after = CompiledSchedule.of(result.after(), any);
    // The t-shirt row (4 digits) beats the textiles row (2 digits), as in the catalog.
    assertThat(percent(before, "6109.10.00")).isEqualByComparingTo("10");
    assertThat(percent(after, "6109.10.00")).isEqualByComparingTo("50");
    assertThat(percent(after, "6110.20.20")).isEqualByComparingTo("25");
    assertThat(percent(before, "6403.99.60")).isEqualByComparingTo("0");
    assertThat(percent(after, "4202.21")).isEqualByComparingTo("18");
    assertThat(after.applicable(ProductCode.parse("6406.10"), "IN")).isEmpty();
    assertThat(result.catalog().categoryOf(ProductCode.parse("6109.10.00")).orElseThrow().name())
        .isEqualTo("t-shirts");
  }

  @Test
  void settingsChooseOriginsAndKind() {
    CategoryCsv.Schedules result =
        CategoryCsv.parse(
            "category,scope,before_rate,after_rate\ntextiles,50-63,Free,18%\n",
            "x.csv", US.withOrigins(OriginScope.of("IN")).withKind(MeasureKind.ADDITIONAL_DUTY));
    Measure m = result.after().measures().get(0);
    assertThat(m.origins()).isEqualTo(OriginScope.of("IN"));
    assertThat(m.kind()).isEqualTo(MeasureKind.ADDITIONAL_DUTY);
    assertThat(m.provenance().source()).isEqualTo("x.csv row 2");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "textiles,50-63,10%,25%                                | cats.csv: row 1: the header must be",
        "category,scope,before_rate\\ntextiles,50-63,10%       | cats.csv: row 1: the header must be",
        "category,scope,before_rate,after_rate\\nt,61,10%,25%,x | cats.csv: row 2: expected 4 cells, found 5",
        "category,scope,before_rate,after_rate\\nt,61,10%,25%\\n\\nu,61O9,1%,2% | cats.csv: row 4, scope: Invalid product code",
        "category,scope,before_rate,after_rate\\nt,61,,25%     | cats.csv: row 2, before_rate: is empty; write Free",
        "category,scope,before_rate,after_rate\\nt,61,10%,25 pc | cats.csv: row 2, after_rate: Cannot parse rate '25 pc'",
        "category,scope,before_rate,after_rate\\nT shirts,61,1%,2%\\nt-shirts,62,1%,2% | cats.csv: row 3, category: 't-shirts' repeats the category of row 2",
        "category,scope,before_rate,after_rate\\n,61,1%,2%     | cats.csv: row 2, category: is empty",
        "''                                                     | cats.csv: row 1: the header",
      })
  void errorsNameTheFileAndRow(String csv, String expected) {
    assertThatThrownBy(() -> CategoryCsv.parse(csv.replace("\\n", "\n"), "cats.csv", US))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageStartingWith(expected);
  }

  private static java.util.Map<String, dev.tariffimpact.classification.CategoryCatalog> catalogs(
      String csv) {
    return CategoryCsv.readCatalogs(
        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "cats.csv");
  }

  @Test
  void aCatalogueTableGivesOneMostSpecificCatalogPerSide() {
    var bySide =
        catalogs(
            "category,side,scope,rationale,judgement,source\n"
                + "textiles,US,50-63,\"HS Section XI, whole\",j,s\n"
                + "t-shirts,US,6109,narrower,j,s\n"
                + "tree-nuts,IN,0801-0802,almonds and walnuts,j,s\n");
    assertThat(bySide.keySet()).containsExactly("US", "IN");
    assertThat(bySide.get("US").categories())
        .extracting(Category::name)
        .containsExactly("textiles", "t-shirts");
    // MOST_SPECIFIC: 6109 is in both rows and the longer prefix wins.
    assertThat(bySide.get("US").categoryOf(ProductCode.parse("6109.10.00")))
        .map(Category::name)
        .contains("t-shirts");
    assertThat(bySide.get("US").categoryOf(ProductCode.parse("5201")))
        .map(Category::name)
        .contains("textiles");
    assertThat(bySide.get("IN").categoryOf(ProductCode.parse("0802.12")))
        .map(Category::name)
        .contains("tree-nuts");
  }

  @Test
  void aCatalogueTableErrorNamesTheRow() {
    assertThatThrownBy(() -> catalogs("category,side,scope,rationale\nx,US,61O9,r\n"))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("cats.csv")
        .hasMessageContaining("row 2")
        .hasMessageContaining("61O9");
    assertThatThrownBy(() -> catalogs("category,scope\nx,6109\n"))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("[category, side, scope, rationale]");
  }
}
