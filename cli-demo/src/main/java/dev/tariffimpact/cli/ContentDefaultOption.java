package dev.tariffimpact.cli;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.io.lists.MetalContentShares;
import picocli.CommandLine.Option;

/**
 * The {@code --content-default bea} option of {@code quote} and {@code batch}: opt in to the BEA
 * estimate of a metal content a line does not declare (core's {@code ContentDefault}).
 */
final class ContentDefaultOption {

  /** The estimates the option can name. */
  enum Source {
    /** The BEA shares of data/us/metal-content-shares-bea.csv.gz. */
    bea
  }

  @Option(
      names = "--content-default",
      paramLabel = "SOURCE",
      description =
          "bea: a metal content (steel, aluminum, copper) a Section 232 duty on content needs but"
              + " the line does not declare is estimated from the BEA share of its HTS10 code, shown"
              + " as an assumption (U) and a note. Without it a missing content is a named missing"
              + " input.")
  Source source;

  /** Whether the user opted in to an estimate. */
  boolean isSet() {
    return source != null;
  }

  /** The assessor with the chosen estimate, or unchanged. */
  Assessor apply(Assessor assessor) {
    return source == null
        ? assessor
        : assessor.withContentDefault(MetalContentShares.bundled().contentDefault());
  }

  /** The engine with the chosen estimate, or unchanged. */
  BatchEngine.Builder apply(BatchEngine.Builder engine) {
    return source == null
        ? engine
        : engine.contentDefault(MetalContentShares.bundled().contentDefault());
  }
}
