package dev.tariffimpact.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeScopeTest {

  private static ProductCode code(String text) {
    return ProductCode.parse(text);
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "50-63                         | 6109.10.00.12 | true",
        "50-63                         | 5001.00.00    | true",
        "50-63                         | 6310.90.00    | true",
        "50-63                         | 4911.99       | false",
        "50-63                         | 6401          | false",
        "8471-8473                     | 8472.90       | true",
        "8471-8473                     | 8474.10       | false",
        "6403 except 6403.99.90        | 6403.99.60    | true",
        "6403 except 6403.99.90        | 6403.99.90.45 | false",
        "50-63 except 5601, 6309       | 6309.00.00    | false",
        "50-63 except 5601, 6309       | 5602.10       | true",
        "*                             | 0101.21       | true",
        "* except 98-99                | 9903.01.25    | false",
        "* except 98-99                | 9701.10       | true",
        "0802.11, 0802.12              | 0802.12.00    | true",
        "0802.11, 0802.12              | 0802.31       | false"
      })
  void inclusionAndExclusion(String scope, String code, boolean expected) {
    assertThat(CodeScope.parse(scope).contains(code(code))).isEqualTo(expected);
  }

  @Test
  void aChapterIsNotWithinAHeadingRange() {
    // A scope of headings 8471-8473 says nothing about chapter 84 as a whole.
    assertThat(CodeScope.parse("8471-8473").contains(code("84"))).isFalse();
  }

  @Test
  void matchLengthIsTheMostSpecificInclude() {
    CodeScope scope = CodeScope.parse("61, 6109, 6109.10.00");
    assertThat(scope.matchLength(code("6109.10.00.12"))).isEqualTo(8);
    assertThat(scope.matchLength(code("6109.90.10"))).isEqualTo(4);
    assertThat(scope.matchLength(code("6110.20.20"))).isEqualTo(2);
    assertThat(scope.matchLength(code("6210"))).isEqualTo(-1);
    assertThat(CodeScope.parse("50-63, 6109").matchLength(code("6109.10"))).isEqualTo(4);
    assertThat(CodeScope.all().matchLength(code("0101"))).isZero();
  }

  @Test
  void exclusionsWinOverMoreSpecificInclusions() {
    CodeScope scope = CodeScope.parse("6109.10.00 except 61");
    assertThat(scope.contains(code("6109.10.00.12"))).isFalse();
    assertThat(scope.matchLength(code("6109.10.00.12"))).isEqualTo(-1);
  }

  @Test
  void productListScopeCoversEachCodeAndItsChildren() {
    CodeScope list = CodeScope.ofCodes(List.of(code("3004.90.92"), code("8517.13.00.00")));
    assertThat(list.contains(code("3004.90.92.10"))).isTrue();
    assertThat(list.contains(code("8517.13.00.00"))).isTrue();
    assertThat(list.contains(code("8517.13"))).isFalse();
    assertThat(list.contains(code("3004.90.91"))).isFalse();
  }

  @Test
  void textFormRoundTrips() {
    for (String text :
        List.of("50-63", "6403 except 6403.99.90", "* except 98-99", "*", "0802.11, 0802.12")) {
      CodeScope scope = CodeScope.parse(text);
      assertThat(scope).hasToString(text);
      assertThat(CodeScope.parse(scope.toString())).isEqualTo(scope).hasSameHashCodeAs(scope);
    }
  }

  @Test
  void malformedScopesNameTheItem() {
    assertThatThrownBy(() -> CodeScope.parse("50-63, 61x9"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("61x9");
    assertThatThrownBy(() -> CodeScope.parse("63-50"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("on or after");
    assertThatThrownBy(() -> CodeScope.parse("61-6109"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> CodeScope.parse(" except 61"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("at least one");
  }
}
