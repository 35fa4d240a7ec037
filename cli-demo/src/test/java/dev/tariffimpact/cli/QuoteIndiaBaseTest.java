package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code quote} for importer IN says what each levy is charged on, as a bill of entry does: BCD,
 * AIDC and Health Cess on the assessable value (AV), SWS on BCD + AIDC, IGST on AV plus the customs
 * duties. The figures are worked by hand below.
 */
class QuoteIndiaBaseTest {

  /**
   * Crude soybean oil 1507.10 entered 2025-10-01, FOB INR 10,000, freight 800, insurance 50:
   *
   * <pre>
   * AV   = 10000 + 800 + 50                          = 10850.00
   * BCD  = 10% of AV (50/2017, as 45/2025 S.No. 41)  =  1085.00
   * AIDC = 5% of AV (11/2021 S.No. 8)                =   542.50
   * SWS  = 10% of (BCD + AIDC) = 10% of 1627.50      =   162.75
   * IGST = 5% of (AV + BCD + AIDC + SWS)
   *      = 5% of 12640.25 = 632.0125                 =   632.01
   * </pre>
   */
  @Test
  void eachIndianLevyShowsItsBaseAndWhatTheBaseIs() {
    CliRun run =
        CliRun.of(
            "quote",
            "--importer",
            "IN",
            "--origin",
            "US",
            "--code",
            "1507.10",
            "--value",
            "10000",
            "--net-kg",
            "100",
            "--freight",
            "800",
            "--insurance",
            "50",
            "--date",
            "2025-10-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("kind +base of +base +rate +amount")
        .containsPattern("BASE_DUTY +AV +10850\\.00 +10% +1085\\.00")
        .containsPattern("ADDITIONAL_DUTY +AV +10850\\.00 +5% +542\\.50")
        .containsPattern("SURCHARGE_ON_DUTY +BCD \\+ AIDC +1627\\.50 +10% +162\\.75")
        .containsPattern("TAX +AV \\+ customs duties +12640\\.25 +5% +632\\.01");
  }

  /**
   * Endoscopes 9018.90.44 claiming IGST 9/2025 Sch. I S.No. 473 (5%), same values: Health Cess is
   * charged on AV and is a customs duty in the IGST base, but it is not in the SWS base.
   *
   * <pre>
   * BCD  = 7.5% of 10850.00 =   813.75
   * HC   = 5% of 10850.00   =   542.50
   * IGST = 5% of (10850.00 + 813.75 + 542.50) = 5% of 12206.25 = 610.3125 = 610.31
   * </pre>
   */
  @Test
  void healthCessIsOnTheAssessableValueAndInTheIgstBase() {
    CliRun run =
        CliRun.of(
            "quote",
            "--importer",
            "IN",
            "--origin",
            "US",
            "--code",
            "90189044",
            "--value",
            "10000",
            "--net-kg",
            "100",
            "--freight",
            "800",
            "--insurance",
            "50",
            "--date",
            "2025-10-01",
            "--claim",
            "in-9-2025-I-473");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("in-health-cess-90189044 .*ADDITIONAL_DUTY +AV +10850\\.00 +5% +542\\.50")
        .containsPattern("TAX +AV \\+ customs duties +12206\\.25 +5% +610\\.31");
  }

  @Test
  void aUsQuoteKeepsItsTableWithoutTheColumn() {
    CliRun run =
        CliRun.of(
            "quote",
            "--importer",
            "US",
            "--origin",
            "IN",
            "--code",
            "6109.10.00",
            "--value",
            "10000",
            "--quantity",
            "400",
            "--unit",
            "doz",
            "--date",
            "2025-09-15");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("kind").doesNotContain("base of");
  }
}
