package dev.tariffimpact.bench;

import dev.tariffimpact.io.hts.HtsLine;
import dev.tariffimpact.io.hts.HtsReader;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A US MFN schedule built from the official USITC HTS (2025 basic edition, read with {@link
 * HtsReader}): one {@code BASE_DUTY} measure per line with its own General rate, for the rate
 * shapes the SQL peer can express (ad valorem, specific in USD, compounds of those); the other
 * lines (greater-of, component, reference rates, other currencies) are left out and counted.
 */
public final class HtsSchedule {

  /** Where the reference file lives, relative to the repository root. */
  public static final String RELATIVE = "us-hts/hts_2025_basic_edition.csv";

  private HtsSchedule() {}

  /**
   * Finds the HTS file: {@code -Dtariffimpact.shared.reference} (set by the build) or {@code
   * ../shared/reference} from the working directory.
   *
   * @return the file when present
   */
  public static Optional<Path> find() {
    String root = System.getProperty("tariffimpact.shared.reference", "../shared/reference");
    Path file = Path.of(root).resolve(RELATIVE);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * Builds the MFN schedule.
   *
   * @param csv the HTS CSV
   * @return the schedule (importer US, USD)
   */
  public static TariffSchedule mfn(Path csv) {
    List<Measure> measures = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (HtsLine line : HtsReader.read(csv).lines()) {
      if (!line.hasOwnRate()
          || line.general().isEmpty()
          || !sqlShape(line.general().get())
          || !seen.add(line.code().toString())) {
        continue;
      }
      measures.add(
          Measure.builder("hts-mfn-" + line.code())
              .title("MFN " + line.code())
              .kind(MeasureKind.BASE_DUTY)
              .scope(line.code().toString())
              .origins("*")
              .validity(Validity.always())
              .rate(line.general().get())
              .provenance("USITC HTS 2025 basic edition, General column", Confidence.V)
              .build());
    }
    return TariffSchedule.of("US", Workload.USD, measures);
  }

  static boolean sqlShape(Rate rate) {
    if (rate instanceof AdValorem) {
      return true;
    }
    if (rate instanceof Specific s) {
      return s.currency().equals(Workload.USD);
    }
    if (rate instanceof Compound c) {
      return c.parts().stream().allMatch(HtsSchedule::sqlShape);
    }
    return false;
  }
}
