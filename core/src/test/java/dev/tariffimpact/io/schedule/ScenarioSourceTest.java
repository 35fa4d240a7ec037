package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario resolution: bundled data, catalogues with groups, schedules with overlays, regimes. */
class ScenarioSourceTest {

  private static final ScenarioSource BUNDLED = ScenarioSource.bundled();

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ScenarioSourceTest.class.getResource("/sources/" + name).toURI());
  }

  private static ShipmentLine tShirts(String value, String currency, String entryDate) {
    return ShipmentLine.builder("6109.10.00", "IN")
        .value(value, currency)
        .incoterm(Incoterm.CIF)
        .transportMode(TransportMode.OCEAN)
        .entryDate(LocalDate.parse(entryDate))
        .build();
  }

  @Test
  void bundledScenariosGroupsAndDatesResolveByName() {
    assertThat(ScenarioSource.bundled()).isSameAs(BUNDLED);
    assertThat(BUNDLED.scenario("us-in-2026-s122").asOf()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(BUNDLED.groups())
        .extracting(ScenarioCatalogJson.Group::name)
        .containsExactly("2025-peak", "2026-framework", "2026-s122", "2026-current");
    assertThat(BUNDLED.isGroup("2025-peak")).isTrue();
    assertThat(BUNDLED.isGroup("us-in-2025-08-peak")).isFalse();
    assertThat(BUNDLED.group("2026-framework"))
        .extracting(Scenario::name)
        .containsExactly("us-in-2026-framework-18", "in-us-framework-illustrative");
    Scenario march = BUNDLED.asOf("US", LocalDate.of(2026, 3, 1));
    assertThat(march.name()).isEqualTo("US@2026-03-01");
    assertThat(march.schedule()).isSameAs(BUNDLED.scheduleFiles().get("us-india.json"));
    assertThat(march.overlays()).isEmpty();
    assertThat(BUNDLED.importers()).containsExactly("US", "IN");
    // data/scenarios.json headlineFor: the US demo table shows Section 122, India's the framework
    // (India's duties are the same MFN in 2026-s122 as in the base).
    assertThat(BUNDLED.headline("US")).map(ScenarioCatalogJson.Group::name).hasValue("2026-s122");
    assertThat(BUNDLED.headline("IN"))
        .map(ScenarioCatalogJson.Group::name)
        .hasValue("2026-framework");
    assertThat(BUNDLED.headline("GB")).isEmpty();
  }

  @Test
  void unknownNamesAreErrorsListingTheKnownOnes() {
    assertThatThrownBy(() -> BUNDLED.scenario("us-in-2027"))
        .isInstanceOf(ScenarioSourceException.class)
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("'us-in-2027'")
        .hasMessageContaining("us-in-2025-08-peak, us-in-2026-framework-18");
    assertThatThrownBy(() -> BUNDLED.group("2030"))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("2025-peak, 2026-framework");
    assertThatThrownBy(() -> BUNDLED.asOf("GB", LocalDate.of(2026, 3, 1)))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("'GB'")
        .hasMessageContaining("US, IN");
  }

  @Test
  void regimesForEveryBuiltInImporterWithTheVatRateWhereOneApplies() {
    assertThat(BUNDLED.regime("US", null)).isSameAs(CustomsRegime.US);
    assertThat(BUNDLED.regime("GB", null)).isSameAs(CustomsRegime.GB);
    assertThat(BUNDLED.regime("GB", new BigDecimal("5")).defaultTax().percent())
        .isEqualByComparingTo("5");
    CustomsRegime eu = BUNDLED.regime("EU", new BigDecimal("21"));
    assertThat(eu.importer()).isEqualTo("EU");
    assertThat(eu.defaultTax().percent()).isEqualByComparingTo("21");
    assertThatThrownBy(() -> BUNDLED.regime("EU", null))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("VAT");
    assertThatThrownBy(() -> BUNDLED.regime("US", new BigDecimal("20")))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("EU and GB only");
    assertThatThrownBy(() -> BUNDLED.regime("JP", null))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("'JP'");
  }

  @Test
  void aGbAndEuCatalogueRunsUnderTheBuiltInRegimesNotTheBundledData() throws Exception {
    ScenarioSource files =
        ScenarioSource.fromFiles(List.of(fixture("gb-eu-scenarios.json")))
            .withExchangeRates(ExchangeRates.none());
    assertThat(files.scenarios())
        .extracting(Scenario::name)
        .containsExactly("gb-2026", "gb-2026-surcharge", "eu-2026");
    assertThat(files.importers()).containsExactly("GB", "EU");
    assertThat(files.group("europe-2026"))
        .extracting(s -> s.schedule().importer())
        .containsExactly("GB", "EU");

    Assessment gb =
        Assessor.of(files.regime("GB", null), files.exchangeRates())
            .assess(
                Entry.of("GB", tShirts("1000.00", "GBP", "2026-03-17")), files.scenario("gb-2026"));
    // duty 12% x 1,000.00 = 120.00; VAT 20% x (1,000.00 + 120.00) = 224.00; total 344.00
    assertThat(gb.dutyTotal()).isEqualByComparingTo("120.00");
    assertThat(gb.totalCharges()).isEqualByComparingTo("344.00");

    Assessment surcharge =
        Assessor.of(files.regime("GB", null), files.exchangeRates())
            .assess(
                Entry.of("GB", tShirts("1000.00", "GBP", "2026-07-01")),
                files.scenario("gb-2026-surcharge"));
    // overlay: 12% 120.00 + 5% 50.00 = 170.00; VAT 20% x 1,170.00 = 234.00; total 404.00
    assertThat(surcharge.dutyTotal()).isEqualByComparingTo("170.00");
    assertThat(surcharge.totalCharges()).isEqualByComparingTo("404.00");

    Assessment eu =
        Assessor.of(files.regime("EU", new BigDecimal("21")), files.exchangeRates())
            .assess(
                Entry.of("EU", tShirts("1000.00", "EUR", "2026-03-17")), files.scenario("eu-2026"));
    // duty 12% x 1,000.00 = 120.00; VAT 21% x 1,120.00 = 235.20; total 355.20
    assertThat(eu.totalCharges()).isEqualByComparingTo("355.20");
  }

  @Test
  void scheduleFilesAreReadAsOfADateTheFirstTheBaseTheLaterOnesOverlays() throws Exception {
    ScenarioSource files =
        ScenarioSource.fromFiles(List.of(fixture("gb.json"), fixture("gb-surcharge.json")));
    assertThat(files.scenarios()).isEmpty();
    Scenario july = files.asOf("GB", LocalDate.of(2026, 7, 1));
    assertThat(july.name()).isEqualTo("gb.json@2026-07-01");
    assertThat(july.overlays()).extracting(m -> m.id()).containsExactly("gb-test-surcharge");
    // Without --rates the bundled example rates stay in use (they are listed as assumptions).
    assertThat(files.exchangeRates()).isSameAs(BUNDLED.exchangeRates());
    assertThatThrownBy(() -> files.asOf("US", LocalDate.of(2026, 7, 1)))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("importers with a schedule: GB");
    assertThatThrownBy(() -> files.scenario("gb-2026"))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("known: none");
  }

  @Test
  void aDateNeedsAScheduleFileNotOnlyCatalogues() throws Exception {
    ScenarioSource catalogue = ScenarioSource.fromFiles(List.of(fixture("gb-eu-scenarios.json")));
    assertThatThrownBy(() -> catalogue.asOf("GB", LocalDate.of(2026, 3, 1)))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("only scenario catalogues");
  }

  @Test
  void anOverlayForAnotherImporterOrAFileOfNeitherFormatIsRefused(@TempDir Path dir)
      throws Exception {
    assertThatThrownBy(
            () -> ScenarioSource.fromFiles(List.of(fixture("gb.json"), fixture("eu.json"))))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("eu.json is for EU/EUR")
        .hasMessageContaining("gb.json is for GB/GBP");
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"format\": \"something-else\"}");
    assertThatThrownBy(() -> ScenarioSource.fromFiles(List.of(other)))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("other.json")
        .hasMessageContaining("$.format")
        .hasMessageContaining("tariff-impact/scenarios");
  }

  @Test
  void assumptionsOfAScenarioListItsUnverifiedMeasuresAndRates() throws Exception {
    ScenarioSource files = ScenarioSource.fromFiles(List.of(fixture("gb-eu-scenarios.json")));
    Scenario surcharge = files.scenario("gb-2026-surcharge");
    // The regime's own assumptions, then the U overlay; no bundled rate converts into GBP.
    assertThat(files.assumptions(surcharge, files.regime("GB", null)))
        .startsWith(CustomsRegime.GB.assumptions().toArray(Assumption[]::new))
        .hasSize(CustomsRegime.GB.assumptions().size() + 1)
        .last()
        .satisfies(
            a ->
                assertThat(a.text())
                    .isEqualTo(
                        "Hypothetical surcharge on T-shirts (gb-test-surcharge, 5%) is unverified"));
    // The same overlay is not in force on the base scenario's date: nothing of it is listed.
    assertThat(files.assumptions(files.scenario("gb-2026"), CustomsRegime.GB))
        .isEqualTo(CustomsRegime.GB.assumptions());
  }

  @Test
  void twoCataloguesNamingOneScenarioOrTwoSchedulesOfOneNameAreRefused(@TempDir Path dir)
      throws Exception {
    Path copy = Files.createDirectory(dir.resolve("copy"));
    for (String f : List.of("gb.json", "gb-surcharge.json", "eu.json", "gb-eu-scenarios.json")) {
      Files.copy(fixture(f), copy.resolve(f));
    }
    assertThatThrownBy(
            () ->
                ScenarioSource.fromFiles(
                    List.of(fixture("gb-eu-scenarios.json"), copy.resolve("gb-eu-scenarios.json"))))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("Scenario 'gb-2026' is defined twice");
    assertThatThrownBy(
            () -> ScenarioSource.fromFiles(List.of(fixture("gb.json"), copy.resolve("gb.json"))))
        .isInstanceOf(ScenarioSourceException.class)
        .hasMessageContaining("Two schedule files are named gb.json");
  }
}
