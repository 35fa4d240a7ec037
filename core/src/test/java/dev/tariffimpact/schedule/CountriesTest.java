package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource({"IN, IN", "in, IN", "' us ', US", "Gb, GB"})
  void originsAreNormalisedToUpperCase(String text, String code) {
    assertThat(Countries.origin(text)).isEqualTo(code);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"XX", "IND", "", "EU", "U S"})
  void anythingElseIsAnInvalidOriginQuotingTheInput(String text) {
    assertThatThrownBy(() -> Countries.origin(text))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'" + text + "'")
        .extracting(e -> ((InvalidOriginException) e).input())
        .isEqualTo(text);
  }

  @Test
  void euIsAnImporterButNotACountryOfOrigin() {
    assertThat(Countries.isImporter("EU")).isTrue();
    assertThat(Countries.isImporter("US")).isTrue();
    assertThat(Countries.isImporter("us")).isFalse();
    assertThat(Countries.isCountry("EU")).isFalse();
    assertThatThrownBy(() -> Countries.origin("eu"))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("EU is an importer, not a country of origin");
  }

  @Test
  void requireCountryRefusesLowerCaseInsteadOfCorrectingIt() {
    assertThat(Countries.requireCountry("IN")).isEqualTo("IN");
    assertThatThrownBy(() -> Countries.requireCountry("in"))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'in'")
        .hasMessageContaining("upper case");
  }

  @Test
  void allIsTheSortedIsoSetAndAgreesWithTheChecks() {
    List<String> all = Countries.all();
    List<String> sorted = new ArrayList<>(all);
    Collections.sort(sorted);
    assertThat(all).isEqualTo(sorted).contains("IN", "US", "GB", "CN").doesNotContain("EU");
    assertThat(all).allMatch(Countries::isCountry);
    // ISO 3166-1 has 249 officially assigned codes; the JDK's list is of that order.
    assertThat(all.size()).isBetween(240, 260);
    assertThatThrownBy(() -> all.add("XX")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void originScopeAndSchedulesAskTheSameSet() {
    assertThat(OriginScope.country(" in ")).isEqualTo("IN");
    assertThatThrownBy(() -> OriginScope.parse("IN, XX"))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'XX'");
    assertThatThrownBy(
            () -> TariffSchedule.of("XX", java.util.Currency.getInstance("USD"), List.of()))
        .isInstanceOf(InvalidOriginException.class);
  }
}
