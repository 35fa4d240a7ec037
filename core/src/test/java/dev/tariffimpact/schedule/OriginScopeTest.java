package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginScopeTest {

  @ParameterizedTest(name = "''{0}'' contains {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*               | IN | true",
        "* except CA, MX | IN | true",
        "* except CA, MX | MX | false",
        "* except ca,mx  | CA | false",
        "IN              | IN | true",
        "IN              | CN | false",
        "in, cn          | CN | true",
      })
  void containsFollowsTheText(String text, String country, boolean expected) {
    assertThat(OriginScope.parse(text).contains(country)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' prints as ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "*                | *",
        "* except MX, CA  | * except CA, MX",
        "in, CN           | CN, IN",
      })
  void printsCanonicalTextThatParsesBack(String text, String printed) {
    OriginScope scope = OriginScope.parse(text);
    assertThat(scope).hasToString(printed);
    assertThat(OriginScope.parse(scope.toString())).isEqualTo(scope);
  }

  @ParameterizedTest(name = "''{0}'' is rejected naming ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "* except CA, XX | XX",
        "IND             | IND",
        "IN, ZZ          | ZZ",
        "IN except CN    | except",
        "''              | name a country",
      })
  void unknownCountriesAndBadTextAreRejected(String text, String named) {
    assertThatThrownBy(() -> OriginScope.parse(text))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining(named);
  }

  @Test
  void containsRejectsAnUnknownOrigin() {
    assertThatThrownBy(() -> OriginScope.all().contains("EU"))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'EU'");
  }

  @Test
  void factoriesValidate() {
    assertThat(OriginScope.allExcept(java.util.List.of("ca"))).hasToString("* except CA");
    assertThat(OriginScope.of("IN").countries()).containsExactly("IN");
    assertThat(OriginScope.all().isEveryCountry()).isTrue();
    assertThatThrownBy(() -> OriginScope.of("XX")).hasMessageContaining("'XX'");
  }
}
