package dev.tariffimpact.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.CategoryCsv;
import dev.tariffimpact.io.schedule.ProductLists;
import dev.tariffimpact.io.schedule.ReferencePolicy;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson;
import dev.tariffimpact.io.schedule.ScheduleFileException;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.rate.RateParseException;
import dev.tariffimpact.rate.RateParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of every reader this project owns with random and mutated inputs (issue #14): each either
 * reads the input or throws its one documented exception, whose message is one line and quotes at
 * most {@link Excerpt#MAX_CHARS} characters of any input line. Inputs are bounded (a few kilobytes
 * of mutations over small valid files), so every try is bounded in time and memory; a hang or an
 * OutOfMemoryError fails the build.
 */
class ReaderFuzzTest {

  private static final Path SCHEDULES = resource("schedule");
  private static Path scratch;

  @BeforeContainer
  static void createScratch() throws IOException {
    scratch = Files.createTempDirectory("reader-fuzz");
  }

  @AfterContainer
  static void removeScratch() throws IOException {
    try (var files = Files.list(scratch)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(scratch);
  }

  private static Path resource(String name) {
    try {
      return Path.of(ReaderFuzzTest.class.getResource("/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A documented failure: one line, no input quoted at length. */
  private static void assertTidy(RuntimeException e) {
    String m = e.getMessage();
    assertThat(m).isNotNull().doesNotContain("\n").doesNotContain("\r");
    // no run of more than 40 characters from the hostile tokens leaks into a message
    assertThat(m).doesNotContain("A".repeat(Excerpt.MAX_CHARS + 1));
    assertThat(m).doesNotContain("9".repeat(Excerpt.MAX_CHARS + 1));
    assertThat(m).doesNotContain("[".repeat(Excerpt.MAX_CHARS + 1));
  }

  // ---- decimals ----

  @Provide
  Arbitrary<String> decimals() {
    return Arbitraries.oneOf(
        Mutations.random(),
        Mutations.of(List.of("0", "100", "1250.50", "-3.25", "1.5e3", "+7", ".5", "5.", "1E-3")));
  }

  @Property(tries = 3000)
  void decimalsParseWithinTheBoundsOrFailWithTheirException(@ForAll("decimals") String text) {
    BigDecimal value;
    try {
      value = DecimalGrammar.parse(text);
    } catch (InvalidDecimalException e) {
      assertTidy(e);
      return;
    }
    // the grammar is a subset of Java's decimal syntax: the same number, within the bounds
    assertThat(value).isEqualByComparingTo(new BigDecimal(text.strip()));
    assertThat(value.precision() - value.scale()).isLessThanOrEqualTo(18);
    assertThat(value.scale()).isBetween(0, 64);
    assertThat(text.strip()).matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  }

  // ---- exchange-rate files ----

  @Provide
  Arbitrary<String> rateFiles() {
    String valid = read(resource("customs/rates-valid.csv"));
    String withConfidence =
        "from,to,rate,valid_from,valid_to,source,confidence,note\n"
            + "USD,INR,85.00,2025-04-01,2026-12-31,x,U,\"a, note\"\n";
    return Arbitraries.oneOf(
        Mutations.random().map(s -> "from,to,rate,valid_from,valid_to,source\n" + s),
        Mutations.of(List.of(valid, withConfidence)));
  }

  @Property(tries = 600)
  void exchangeRateFilesLoadOrFailWithTheirException(@ForAll("rateFiles") String text)
      throws IOException {
    Path file = Files.createTempFile(scratch, "rates", ".csv");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
    try {
      ExchangeRates rates = ExchangeRateCsv.read(file);
      assertThat(rates.rates()).allSatisfy(r -> assertThat(r.rate().signum()).isPositive());
    } catch (TariffImpactException e) {
      assertTidy(e);
    } finally {
      Files.delete(file);
    }
  }

  // ---- schedule JSON, scenario catalogues, category CSV, product lists ----

  @Provide
  Arbitrary<String> schedules() {
    return Arbitraries.oneOf(
        Mutations.random(),
        Mutations.of(
            List.of(
                read(SCHEDULES.resolve("us-india.json")),
                read(SCHEDULES.resolve("us-india-framework.json")))));
  }

  @Property(tries = 800)
  void schedulesParseOrFailWithTheirException(@ForAll("schedules") String json) {
    try {
      ScheduleJson.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "fuzz.json",
          SCHEDULES,
          ReferencePolicy.CONFINED);
    } catch (ScheduleFileException e) {
      assertTidy(e);
    }
  }

  @Provide
  Arbitrary<String> catalogues() {
    return Arbitraries.oneOf(
        Mutations.random(), Mutations.of(List.of(read(SCHEDULES.resolve("scenarios.json")))));
  }

  @Property(tries = 300)
  void cataloguesParseOrFailWithTheirException(@ForAll("catalogues") String json) {
    try {
      ScenarioCatalogJson.load(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "fuzz.json",
          relative -> {
            // the schedules of the test folder only, as a confined catalogue reads them
            Path file = SCHEDULES.resolve(relative).normalize();
            if (!file.startsWith(SCHEDULES) || !Files.isRegularFile(file)) {
              throw new TariffImpactException("no schedule '" + Excerpt.of(relative) + "'");
            }
            return ScheduleJson.read(file, ReferencePolicy.CONFINED);
          });
    } catch (ScheduleFileException e) {
      assertTidy(e);
    }
  }

  @Provide
  Arbitrary<String> categoryTables() {
    return Arbitraries.oneOf(
        Mutations.random().map(s -> "category,scope,before_rate,after_rate\n" + s),
        Mutations.of(List.of(read(SCHEDULES.resolve("categories.csv")))));
  }

  @Property(tries = 800)
  void categoryTablesParseOrFailWithTheirException(@ForAll("categoryTables") String csv) {
    try {
      CategoryCsv.parse(
          csv, "fuzz.csv", CategoryCsv.Settings.of("US", Currency.getInstance("USD")));
    } catch (ScheduleFileException e) {
      assertTidy(e);
    }
  }

  @Provide
  Arbitrary<String> productLists() {
    return Arbitraries.oneOf(
        Mutations.random(),
        Mutations.of(
            List.of(
                read(SCHEDULES.resolve("lists/annex2-sample.csv")),
                read(SCHEDULES.resolve("lists/s122-sample.csv")))));
  }

  @Property(tries = 500)
  void productListsParseOrFailWithTheirException(@ForAll("productLists") String text) {
    try {
      assertThat(ProductLists.parse(text, "fuzz.csv")).isNotEmpty();
    } catch (ScheduleFileException e) {
      assertTidy(e);
    }
  }

  // ---- rate text, product codes and scopes ----

  @Provide
  Arbitrary<String> rateTexts() {
    return Arbitraries.oneOf(
        Mutations.random(),
        Mutations.of(
            List.of(
                "6.5%",
                "Free",
                "2.2¢/kg",
                "11¢/kg + 20%",
                "30% or Rs. 250 per kg, whichever is higher",
                "9.10 % + 45.10 EUR / 100 kg MAX 18.90 % + 16.50 EUR / 100 kg",
                "33 1/3%",
                "QUOTA(1000 kg; 5%; 20%)",
                "The duty provided in the applicable subheading + 25%")));
  }

  @Property(tries = 3000)
  void rateTextsParseOrFailWithTheirException(@ForAll("rateTexts") String text) {
    try {
      assertThat(RateParser.parse(text)).isNotNull();
    } catch (RateParseException e) {
      assertTidy(e);
    }
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.oneOf(
        Mutations.random(),
        Mutations.of(List.of("6109.10.00", "61", "6109100012", "50-63 except 5601", "*, 61")));
  }

  @Property(tries = 3000)
  void codesAndScopesParseOrFailWithTheirException(@ForAll("codes") String text) {
    try {
      assertThat(ProductCode.parse(text).digits()).matches("(\\d\\d){1,5}");
    } catch (InvalidCodeException e) {
      assertTidy(e);
    }
    try {
      assertThat(CodeScope.parse(text)).isNotNull();
    } catch (InvalidCodeException e) {
      assertTidy(e);
    }
  }
}
