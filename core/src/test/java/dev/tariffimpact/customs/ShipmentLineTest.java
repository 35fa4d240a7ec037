package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.InvalidOriginException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShipmentLineTest {

  private static ShipmentLine.Builder base() {
    return ShipmentLine.builder("6109.10.00", "IN")
        .value("10000.00", "USD")
        .transportMode(TransportMode.OCEAN)
        .entryDate(date("2025-09-15"));
  }

  @Test
  void defaultsIncotermFobAndExportDateToTheEntryDate() {
    ShipmentLine line = base().build();
    assertThat(line.incoterm()).isEqualTo(Incoterm.FOB);
    assertThat(line.exportDate()).isEqualTo(date("2025-09-15"));
    assertThat(line.freight()).isEmpty();
    assertThat(line.insurance()).isEmpty();
    assertThat(line.currency().getCurrencyCode()).isEqualTo("USD");
  }

  @Test
  void textConveniencesAndTheDefaultTransportModeMatchTheCli() {
    ShipmentLine line =
        ShipmentLine.builder("0802.12", "US")
            .value("10000", "USD")
            .freight("500.00", "USD")
            .insurance("50", "USD")
            .netKg("1500")
            .entryDate(date("2025-10-01"))
            .build();
    assertThat(line.transportMode()).isEqualTo(TransportMode.OCEAN);
    assertThat(line.freight()).contains(dec("500.00"));
    assertThat(line.insurance()).contains(dec("50"));
    assertThat(line.quantity(Dimension.MASS)).contains(Quantity.of("1500", Unit.KG));
  }

  @Test
  void freightInAnotherCurrencyThanTheInvoiceIsRefused() {
    ShipmentLine.Builder b = base().freight("450", "EUR");
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("freight must be in the invoice currency USD, was EUR");
    assertThatThrownBy(() -> base().insurance("ten", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("insurance 'ten' is not a decimal number");
    assertThatThrownBy(() -> base().freight("-1", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("freight must not be negative");
  }

  @Test
  void holdsQuantitiesOnePerDimension() {
    ShipmentLine line =
        base()
            .quantity(Quantity.of("1200", Unit.EACH))
            .quantity(Quantity.of("250", Unit.KG))
            .build();
    assertThat(line.quantity(Dimension.MASS)).contains(Quantity.of("250", Unit.KG));
    assertThat(line.quantity(Dimension.VOLUME)).isEmpty();
    assertThatThrownBy(
            () -> base().quantity(Quantity.of("1", Unit.KG)).quantity(Quantity.of("1", Unit.T)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MASS");
  }

  @Test
  void negativeValueIsRejectedQuotingIt() {
    assertThatThrownBy(() -> base().value("-1.00", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be negative, was -1.00");
    assertThatThrownBy(() -> base().freight(dec("-5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("freight");
  }

  @Test
  void unknownCurrencyIsAnErrorNamingTheCode() {
    assertThatThrownBy(() -> base().value("10.00", "USX"))
        .isInstanceOf(UnknownCurrencyException.class)
        .hasMessageContaining("'USX'")
        .extracting(e -> ((UnknownCurrencyException) e).code())
        .isEqualTo("USX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "in", "IND", ""})
  void originMustBeAnIsoAlpha2Code(String origin) {
    // One exception type for a bad origin, wherever it is given (see Countries).
    assertThatThrownBy(() -> ShipmentLine.builder("6109.10.00", origin))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'" + origin + "'")
        .extracting(e -> ((InvalidOriginException) e).input())
        .isEqualTo(origin);
  }

  @Test
  void productCodeMustParse() {
    assertThatThrownBy(() -> ShipmentLine.builder("61O9", "IN"))
        .isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void requiredPartsAndDateOrderAreChecked() {
    assertThatThrownBy(
            () -> ShipmentLine.builder("6109", "IN").transportMode(TransportMode.AIR).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> base().exportDate(date("2025-09-16")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("export date");
  }

  @Test
  void equalLinesAreEqualAndPrintTheirParts() {
    assertThat(base().build()).isEqualTo(base().build()).hasSameHashCodeAs(base().build());
    assertThat(base().build()).isNotEqualTo(base().freight(dec("1")).build());
    assertThat(base().build().toString())
        .isEqualTo(
            "ShipmentLine{code=6109.10.00, origin=IN, value=10000.00 USD FOB, mode=OCEAN,"
                + " entry=2025-09-15}");
  }

  @Test
  void entryRequiresLinesOfOneEntryDate() {
    ShipmentLine a = base().build();
    ShipmentLine b = base().entryDate(date("2025-09-16")).build();
    assertThatThrownBy(() -> Entry.of("US", List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 has 2025-09-16");
    assertThatThrownBy(() -> Entry.of("US", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Entry.of("XX", a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XX'");
    Entry entry = Entry.of("US", a);
    assertThat(entry.type()).isEqualTo(EntryType.FORMAL);
    assertThat(entry.entryDate()).isEqualTo(date("2025-09-15"));
    assertThat(entry).isEqualTo(Entry.of("US", List.of(a)));
  }

  @Test
  void incotermsSayWhatTheInvoiceIncludes() {
    assertThat(Incoterm.FOB.includesFreight()).isFalse();
    assertThat(Incoterm.CFR.includesFreight()).isTrue();
    assertThat(Incoterm.CFR.includesInsurance()).isFalse();
    assertThat(Incoterm.CIF.includesInsurance()).isTrue();
    assertThat(Incoterm.DDP.includesFreight()).isTrue();
  }
}
