package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The BundledDataset API: names, errors listing the known names, categories, rates, regimes. */
class BundledDatasetTest {

  private static final BundledDataset DATA = BundledDataset.load();
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency INR = Currency.getInstance("INR");

  @Test
  void loadReturnsOneSharedInstance() {
    assertThat(BundledDataset.load()).isSameAs(DATA);
  }

  @Test
  void scenarioByNameWithItsDateAndStatus() {
    assertThat(DATA.scenario("us-in-2025-08-peak").asOf()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(DATA.scenario("us-in-2026-framework-18").asOf())
        .isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(DATA.scenario("us-in-2026-s122").asOf()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(DATA.scenario("us-in-2026-current").asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(DATA.scenario("us-in-2026-current").coverageEnd())
        .contains(LocalDate.of(2026, 11, 30));
    assertThat(DATA.coverageEnd("US")).contains(LocalDate.of(2026, 11, 30));
    assertThat(DATA.scenario("in-us-2026-current").asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(DATA.scenario("in-us-2026-03-01").schedule().importer()).isEqualTo("IN");
    assertThat(DATA.scenario("in-us-mfn-2025").schedule().importer()).isEqualTo("IN");
    assertThat(DATA.scenario("in-us-framework-illustrative").note()).contains("HYPOTHETICAL");
    assertThat(DATA.scenarios()).hasSize(DATA.scenarioNames().size());
  }

  @Test
  void unknownScenarioIsAnErrorListingTheKnownNames() {
    assertThatThrownBy(() -> DATA.scenario("us-in-2027"))
        .isInstanceOf(BundledDataException.class)
        .isInstanceOf(TariffImpactException.class)
        .hasMessageContaining("'us-in-2027'")
        .hasMessageContaining("us-in-2025-08-peak")
        .hasMessageContaining("in-us-framework-illustrative");
    assertThatThrownBy(() -> DATA.scenario(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void categoriesPerSide() {
    assertThat(DATA.categories("US").categoryOf(ProductCode.parse("6109.10.00")))
        .map(Category::name)
        .contains("textiles-and-apparel");
    assertThat(DATA.categories("IN").categoryOf(ProductCode.parse("0802.12")))
        .map(Category::name)
        .contains("tree-nuts");
    assertThat(DATA.categories("US").categories()).hasSize(12);
    assertThat(DATA.categories("IN").categories()).hasSize(8);
    assertThatThrownBy(() -> DATA.categories("EU"))
        .isInstanceOf(BundledDataException.class)
        .hasMessageContaining("'EU'")
        .hasMessageContaining("US, IN");
  }

  @Test
  void exchangeRatesAreCbicTablesThenTheAssumedFlatRateEachWithItsAssumption() {
    // india/customs-exchange-rates.csv: the table in force 2025-09-05..2025-09-18 gives USD 89.00
    ExchangeRate usdInr = DATA.exchangeRates().rate(USD, INR, LocalDate.of(2025, 9, 15));
    assertThat(usdInr.rate()).isEqualByComparingTo("89.00");
    assertThat(usdInr.source())
        .isEqualTo(
            "CBIC customs exchange rate for imports, ICEGATE ERAM 2025-09-05"
                + " (in force 2025-09-05..2025-09-18)");
    assertThat(usdInr.assumption().orElseThrow().text())
        .startsWith(
            "Exchange rate USD->INR 89.00 (2025-09-05..2025-09-18) is unverified: confidence R;");
    // after the last table (2026-10-01) only the flat assumed rate of exchange-rates.csv is left
    ExchangeRate flat = DATA.exchangeRates().rate(USD, INR, LocalDate.of(2026, 10, 15));
    assertThat(flat.rate()).isEqualByComparingTo("85.00");
    assertThat(flat.assumption().orElseThrow().text())
        .startsWith(
            "Exchange rate USD->INR 85.00 (2026-10-02..2026-12-31) is unverified: confidence U;")
        .contains("ASSUMPTION (U)");
    // 5 rows of exchange-rates.csv + 59 CBIC tables x (USD, EUR, GBP) = 5 + 177 = 182, none of
    // them verified against the Gazette
    assertThat(DATA.exchangeRates().rates()).hasSize(182).allMatch(r -> r.assumption().isPresent());
  }

  @Test
  void aScenarioListsOnlyTheRatesInForceOnItsDate() {
    // 2025-10-01 falls in the CBIC table of 2025-09-19..2025-10-02: that one USD rate is listed,
    // not the other 58 tables nor the flat 85.00 of 2026-10-02..2026-12-31
    List<String> rates =
        DATA.assumptions("in-us-mfn-2025").stream()
            .map(a -> a.text())
            .filter(t -> t.startsWith("Exchange rate USD->INR"))
            .toList();
    assertThat(rates).hasSize(1);
    assertThat(rates.get(0)).startsWith("Exchange rate USD->INR 88.85 (2025-09-19..2025-10-02)");
  }

  @Test
  void regimesPerImporter() {
    assertThat(DATA.importers()).containsExactly("US", "IN");
    assertThat(DATA.regime("US")).isSameAs(CustomsRegime.US);
    assertThat(DATA.regime("IN")).isSameAs(CustomsRegime.IN);
    assertThatThrownBy(() -> DATA.regime("GB"))
        .isInstanceOf(BundledDataException.class)
        .hasMessageContaining("'GB'")
        .hasMessageContaining("US, IN");
  }

  @Test
  void anyAssessorUsingABundledRateListsItsAssumption() {
    ShipmentLine line =
        ShipmentLine.builder("1507.10", "US")
            .value("1000", "USD")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.AIR)
            .entryDate(LocalDate.of(2025, 10, 1))
            .build();
    // A plain Assessor over the bundled rates, not only BundledDataset.assess, lists the rate.
    Assessment listed =
        Assessor.of(CustomsRegime.IN, DATA.exchangeRates())
            .assess(Entry.of("IN", line), DATA.scenario("in-us-mfn-2025"));
    assertThat(listed.assumptions())
        .filteredOn(a -> a.text().startsWith("Exchange rate USD->INR 88.85"))
        .hasSize(1);
    // crude soybean oil, CBIC table of 2025-09-19..2025-10-02: AV 1,000 x 88.85 = 88,850.00;
    // BCD 10% 8,885.00; AIDC 5% 4,442.50; SWS 10% x 13,327.50 = 1,332.75; IGST 5% x (88,850.00
    // + 8,885.00 + 4,442.50 + 1,332.75 = 103,510.25) = 5,175.5125 -> 5,175.51;
    // total 19,835.76, payable 19,836
    assertThat(listed.totalCharges()).isEqualByComparingTo(new BigDecimal("19835.76"));
    assertThat(listed.payable()).isEqualByComparingTo("19836");
  }

  @Test
  void bundledSchedulesByFileName() {
    assertThat(DATA.scheduleFiles())
        .containsExactly(
            "us-india.json",
            "us-india-framework-18.json",
            "us-india-s301-proposed.json",
            "india-us.json.gz",
            "india-us-framework-illustrative.json");
    assertThat(DATA.schedule("us-india.json").currency()).isEqualTo(USD);
    assertThat(DATA.schedule("india-us.json.gz").currency()).isEqualTo(INR);
    assertThatThrownBy(() -> DATA.schedule("eu.json"))
        .isInstanceOf(BundledDataException.class)
        .hasMessageContaining("us-india.json");
  }
}
