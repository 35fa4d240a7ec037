package dev.tariffimpact.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportModeTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource({
    "ocean, OCEAN",
    "OCEAN, OCEAN",
    "Air, AIR",
    "road, ROAD",
    "rail, RAIL",
    "postal, POSTAL",
    "POSTAL, POSTAL",
    "courier, POSTAL",
    "' Courier ', POSTAL"
  })
  void theCliWordsAndTheBatchNamesReadAlike(String text, TransportMode mode) {
    assertThat(TransportMode.parse(text)).isEqualTo(mode);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"boat", "", "sea freight", "truck"})
  void otherWordsAreRefusedWithTheAcceptedOnes(String text) {
    assertThatThrownBy(() -> TransportMode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("ocean, air, road, rail, postal or courier");
  }
}
