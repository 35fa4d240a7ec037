package dev.tariffimpact.bench;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.hts.HtsLine;
import dev.tariffimpact.io.hts.HtsReader;
import dev.tariffimpact.io.hts.HtsTable;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
    return TariffSchedule.of("US", Workload.USD, mfn(HtsReader.read(csv), code -> true));
  }

  /**
   * The MFN measures of the lines of a table whose code {@code keep} accepts: one {@code BASE_DUTY}
   * measure (id {@code hts-mfn-<code>}, every origin, always valid) per line with its own General
   * rate in a shape the SQL peer can express, in the order of the table.
   *
   * @param table the HTS table
   * @param keep which codes to keep, for example those no curated line already covers
   * @return the measures
   */
  public static List<Measure> mfn(HtsTable table, Predicate<ProductCode> keep) {
    List<Measure> measures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (HtsLine line : table.lines()) {
      if (!line.hasOwnRate()
          || line.general().isEmpty()
          || !sqlShape(line.general().get())
          || !keep.test(line.code())
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
    return measures;
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
