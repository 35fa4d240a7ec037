package dev.tariffimpact.customs;

import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.schedule.Countries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one importing country assesses an entry, as data: currency, valuation basis, exchange-rate
 * date, rounding, default freight and insurance, entry fees with clamps, low-value rules, a default
 * import tax and the goods exempt from import taxes, and the unverified rules the results depend
 * on.
 *
 * <p>The order of assessment is the same for every regime: (1) base, preferential and additional
 * duties on the customs value; (2) surcharges on duty (on the duty amounts they name); (3) fees;
 * (4) taxes on the customs value plus duties. Adding a country is a new instance of this record
 * (see {@code docs/regimes.md}); the built-in ones are {@link #US}, {@link #IN}, {@link #GB} and
 * {@link #eu(BigDecimal)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param importer ISO 3166 alpha-2 code of the importing country, or {@code EU}
 * @param currency the currency duties are assessed and paid in
 * @param valuation what the customs value is (transaction value or CIF)
 * @param fxDate which day's exchange rate applies
 * @param rounding scale and mode of each kind of amount
 * @param freightDefaults freight and insurance as percentages of FOB when unknown, or null when
 *     they must be given
 * @param fees entry-level fees
 * @param lowValueRules low-value rules, the first in force and met wins
 * @param defaultTax the import tax charged on value plus duties when the schedule has no tax
 *     measure for a line (EU and UK VAT), or null
 * @param taxExemption goods on which no import tax is charged (India: alcoholic liquor), or null
 * @param assumptions unverified rules of this regime; every assessment under it lists them
 */
public record CustomsRegime(
    String importer,
    Currency currency,
    ValuationBasis valuation,
    FxDateRule fxDate,
    RoundingPolicy rounding,
    FreightDefaults freightDefaults,
    List<EntryFee> fees,
    List<LowValueRule> lowValueRules,
    DefaultTax defaultTax,
    TaxExemption taxExemption,
    List<Assumption> assumptions) {

  /**
   * Freight and insurance of a line as percentages of its FOB value, used when the line does not
   * give them (India: 20% and 1.125%, Customs Valuation Rules 2007 r.10(2)).
   *
   * @param freightPercent freight in percent of FOB
   * @param insurancePercent insurance in percent of FOB
   * @param source legal basis
   */
  public record FreightDefaults(
      BigDecimal freightPercent, BigDecimal insurancePercent, String source) {

    /**
     * Validates the defaults.
     *
     * @throws NullPointerException if an argument is null
     */
    public FreightDefaults {
      Objects.requireNonNull(freightPercent, "freightPercent");
      Objects.requireNonNull(insurancePercent, "insurancePercent");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * An import tax charged per line on customs value plus duties when the schedule gives none, for
   * example UK VAT 20%.
   *
   * @param id component id, for example {@code "GB-VAT"}
   * @param title for example {@code "Import VAT"}
   * @param percent the rate in percent
   * @param source legal basis
   */
  public record DefaultTax(String id, String title, BigDecimal percent, String source) {

    /**
     * Validates the tax.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the percent is negative
     */
    public DefaultTax {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(source, "source");
      if (percent.signum() < 0) {
        throw new IllegalArgumentException("percent must not be negative, was " + percent);
      }
    }
  }

  /**
   * Goods on which the regime charges no import tax, with the assumption that defines the scope.
   *
   * @param scope the products, for example {@code 2203-2206, 2208}
   * @param reason why, with the legal basis
   * @param assumption the scope choice, listed on every assessment that uses it
   */
  public record TaxExemption(CodeScope scope, String reason, Assumption assumption) {

    /**
     * Validates the exemption.
     *
     * @throws NullPointerException if an argument is null
     */
    public TaxExemption {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(assumption, "assumption");
    }
  }

  /**
   * Validates the regime and copies its lists.
   *
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if the importer is neither an ISO 3166 alpha-2 code nor EU
   */
  public CustomsRegime {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(valuation, "valuation");
    Objects.requireNonNull(fxDate, "fxDate");
    Objects.requireNonNull(rounding, "rounding");
    if (!isImporterCode(importer)) {
      throw new IllegalArgumentException(
          "importer must be an ISO 3166 alpha-2 code or EU, was '" + importer + "'");
    }
    fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
    lowValueRules = List.copyOf(Objects.requireNonNull(lowValueRules, "lowValueRules"));
    assumptions = List.copyOf(Objects.requireNonNull(assumptions, "assumptions"));
  }

  static boolean isImporterCode(String code) {
    return Countries.isImporter(code);
  }

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency INR = Currency.getInstance("INR");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency GBP = Currency.getInstance("GBP");

  /**
   * United States: transaction value without freight and insurance, FRBNY rate of the date of
   * exportation, MPF 0.3464% clamped per entry by fiscal year (informal entries $2.69 flat in
   * FY2026), HMF 0.125% on ocean lines, de minimis $800 until 2025-08-28 (suspended from
   * 2025-08-29), every amount rounded to the cent HALF_UP (an assumption).
   */
  public static final CustomsRegime US =
      new CustomsRegime(
          "US",
          USD,
          ValuationBasis.TRANSACTION_VALUE,
          FxDateRule.DATE_OF_EXPORTATION,
          RoundingPolicy.uniform(Rounding.CENTS_HALF_UP),
          null,
          List.of(
              new EntryFee(
                  "US-MPF",
                  "Merchandise Processing Fee",
                  new BigDecimal("0.3464"),
                  Set.of(),
                  List.of(
                      new FeeBand(
                          LocalDate.of(2024, 10, 1),
                          LocalDate.of(2025, 9, 30),
                          new BigDecimal("32.71"),
                          new BigDecimal("634.62"),
                          null,
                          "19 CFR 24.23; 89 FR (2024-07-22), FR Doc. 2024-15990"),
                      new FeeBand(
                          LocalDate.of(2025, 10, 1),
                          LocalDate.of(2026, 9, 30),
                          new BigDecimal("33.58"),
                          new BigDecimal("651.50"),
                          new BigDecimal("2.69"),
                          "90 FR 34665; CBP CSMS #65741993 (informal $2.69: R)")),
                  true,
                  "19 CFR 24.23"),
              new EntryFee(
                  "US-HMF",
                  "Harbor Maintenance Fee",
                  new BigDecimal("0.125"),
                  Set.of(TransportMode.OCEAN),
                  List.of(),
                  false,
                  "19 CFR 24.24(a)")),
          List.of(
              new LowValueRule(
                  "US-DE-MINIMIS",
                  "De minimis (section 321): no duty or fees",
                  new BigDecimal("800"),
                  null,
                  LocalDate.of(2025, 8, 28),
                  LowValueRule.Effect.NO_DUTY_NO_FEES,
                  null,
                  0,
                  null,
                  "19 U.S.C. 1321; suspended for all countries from 2025-08-29 by EO 14324")),
          null,
          null,
          List.of(
              Assumption.of(
                  "US: each duty and fee amount rounded to the cent, HALF_UP (no half-cent rule"
                      + " found); customs value kept in cents, not whole dollars",
                  "CBP Form 7501 instructions (confidence U)")));

  /**
   * India: assessable value = CIF (no 1% landing charge since 2017-09-26), freight 20% and
   * insurance 1.125% of FOB when unknown, CBIC rate of the bill-of-entry date, no entry fees, IGST
   * from the schedule's TAX measures except on alcoholic liquor for human consumption (HS 2203-2206
   * and 2208), components rounded to the paisa HALF_UP and the total payable to the rupee.
   */
  public static final CustomsRegime IN =
      new CustomsRegime(
          "IN",
          INR,
          ValuationBasis.CIF,
          FxDateRule.ENTRY_DATE,
          new RoundingPolicy(
              Rounding.CENTS_HALF_UP,
              Rounding.CENTS_HALF_UP,
              Rounding.CENTS_HALF_UP,
              Rounding.CENTS_HALF_UP,
              Rounding.of(0, RoundingMode.HALF_UP)),
          new FreightDefaults(
              new BigDecimal("20"),
              new BigDecimal("1.125"),
              "Customs Valuation (Determination of Value of Imported Goods) Rules 2007, r.10(2)"),
          List.of(),
          List.of(),
          null,
          new TaxExemption(
              CodeScope.parse("2203-2206, 2208"),
              "alcoholic liquor for human consumption is outside GST: no IGST on import",
              Assumption.of(
                  "India: 'alcoholic liquor for human consumption' taken as HS 2203-2206 and 2208"
                      + " (2207 ethyl alcohol is industrial and pays IGST; 2208 lines not for"
                      + " human consumption are treated as liquor)",
                  "Constitution art. 366(12A); scope chosen by tariff-impact (confidence U)")),
          List.of(
              Assumption.of(
                  "India: each duty and tax rounded to the paisa HALF_UP; the total payable rounded"
                      + " to the nearest rupee, 50 paise up",
                  "Customs Act 1962 s.154A (confidence U)")));

  /**
   * United Kingdom: CIF customs value, the monthly HMRC rate (first day of the entry month), import
   * VAT 20% on customs value plus duty, no duty on consignments of GBP 135 or less except excise
   * goods (alcohol HS 2203-2208, tobacco 2401-2403).
   */
  public static final CustomsRegime GB =
      new CustomsRegime(
          "GB",
          GBP,
          ValuationBasis.CIF,
          FxDateRule.FIRST_DAY_OF_ENTRY_MONTH,
          RoundingPolicy.uniform(Rounding.CENTS_HALF_UP),
          null,
          List.of(),
          List.of(
              new LowValueRule(
                  "GB-LOW-VALUE",
                  "Consignment of GBP 135 or less: no duty (VAT at point of sale)",
                  new BigDecimal("135"),
                  null,
                  null,
                  LowValueRule.Effect.NO_DUTY,
                  null,
                  0,
                  CodeScope.parse("2203-2208, 2401-2403"),
                  "HMRC guidance, goods sent from abroad (GBP 135 or less)")),
          new DefaultTax("GB-VAT", "Import VAT", new BigDecimal("20"), "HMRC: standard rate 20%"),
          null,
          List.of(
              Assumption.of(
                  "UK: each amount rounded to the penny, HALF_UP", "not verified (confidence U)"),
              Assumption.of(
                  "UK: for consignments of GBP 135 or less VAT is collected by the seller at the"
                      + " point of sale; it is shown here as import VAT on customs value plus duty",
                  "HMRC guidance (confidence U for the presentation)")));

  /**
   * European Union at a member state's VAT rate: CIF customs value, the monthly rate (first day of
   * the entry month), VAT on customs value plus duties, duty relief for consignments of EUR 150 or
   * less until 2026-06-30, a flat EUR 3 per tariff sub-heading per parcel from 2026-07-01.
   *
   * @param vatPercent the member state's standard VAT rate in percent, for example {@code 19}
   *     (Germany)
   * @return the regime
   * @throws NullPointerException if {@code vatPercent} is null
   * @throws IllegalArgumentException if it is negative
   */
  public static CustomsRegime eu(BigDecimal vatPercent) {
    Objects.requireNonNull(vatPercent, "vatPercent");
    return new CustomsRegime(
        "EU",
        EUR,
        ValuationBasis.CIF,
        FxDateRule.FIRST_DAY_OF_ENTRY_MONTH,
        RoundingPolicy.uniform(Rounding.CENTS_HALF_UP),
        null,
        List.of(),
        List.of(
            new LowValueRule(
                "EU-LV-RELIEF",
                "Consignment of EUR 150 or less: duty relief",
                new BigDecimal("150"),
                null,
                LocalDate.of(2026, 6, 30),
                LowValueRule.Effect.NO_DUTY,
                null,
                0,
                null,
                "Council Regulation (EC) 1186/2009 art. 23; ended 2026-07-01"),
            new LowValueRule(
                "EU-LV-FLAT",
                "Low-value parcel: flat EUR 3 per tariff sub-heading",
                new BigDecimal("150"),
                LocalDate.of(2026, 7, 1),
                null,
                LowValueRule.Effect.FLAT_DUTY_PER_SUBHEADING,
                new BigDecimal("3.00"),
                6,
                null,
                "EU Council, 2026-02-11 (confidence R)")),
        new DefaultTax(
            "EU-VAT",
            "Import VAT",
            vatPercent,
            "VAT Directive 2006/112/EC arts. 85-86; member state rate"),
        null,
        List.of(
            Assumption.of(
                "EU: each amount rounded to the cent, HALF_UP", "not verified (confidence U)"),
            Assumption.of(
                "EU: VAT base taken as customs value plus duties; incidental costs to the first"
                    + " destination in the member state are not added",
                "VAT Directive 2006/112/EC art. 86(1)(b) (simplification, confidence U)")));
  }

  /**
   * Returns the built-in regime of an importer.
   *
   * @param importer {@code US}, {@code IN} or {@code GB} (for the EU use {@link #eu(BigDecimal)},
   *     which needs the member state's VAT rate)
   * @return the regime
   * @throws IllegalArgumentException if there is no built-in regime for the importer
   */
  public static CustomsRegime of(String importer) {
    Objects.requireNonNull(importer, "importer");
    return switch (importer) {
      case "US" -> US;
      case "IN" -> IN;
      case "GB" -> GB;
      default ->
          throw new IllegalArgumentException(
              "no built-in regime for importer '"
                  + importer
                  + "' (built in: US, IN, GB; EU via CustomsRegime.eu(vatPercent))");
    };
  }

  /**
   * Returns this regime with another default import tax rate, for example UK VAT at 5%.
   *
   * @param percent the rate in percent
   * @return a copy with the default tax's percent replaced
   * @throws IllegalStateException if the regime has no default tax
   */
  public CustomsRegime withDefaultTaxPercent(BigDecimal percent) {
    if (defaultTax == null) {
      throw new IllegalStateException("regime " + importer + " has no default tax");
    }
    return new CustomsRegime(
        importer,
        currency,
        valuation,
        fxDate,
        rounding,
        freightDefaults,
        fees,
        lowValueRules,
        new DefaultTax(defaultTax.id(), defaultTax.title(), percent, defaultTax.source()),
        taxExemption,
        assumptions);
  }
}
