package dev.tariffimpact.cli;

import dev.tariffimpact.batch.BatchEngine;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.io.lists.MetalContentShares;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --content-default bea} option of {@code quote} and {@code batch}: opt in to the BEA
 * estimate of a metal content a line does not declare (core's {@code ContentDefault}). Defined
 * once, programmatically ({@link SharedOptions}).
 */
final class ContentDefaultOption {

  /** The estimates the option can name. */
  enum Source {
    /** The BEA shares of data/us/metal-content-shares-bea.csv.gz. */
    bea
  }

  private final OptionSpec option;

  private ContentDefaultOption(OptionSpec option) {
    this.option = option;
  }

  /** Adds {@code --content-default} to a command's model; the returned block reads its value. */
  static ContentDefaultOption addTo(CommandSpec command) {
    OptionSpec option =
        OptionSpec.builder("--content-default")
            .type(Source.class)
            .paramLabel("SOURCE")
            .description(
                "bea: a metal content (steel, aluminum, copper) a Section 232 duty on content needs"
                    + " but the line does not declare is estimated from the BEA share of its HTS10"
                    + " code, shown as an assumption (U) and a note. Without it a missing content is"
                    + " a named missing input.")
            .build();
    command.addOption(option);
    return new ContentDefaultOption(option);
  }

  /** Whether the user opted in to an estimate. */
  boolean isSet() {
    return option.getValue() != null;
  }

  /** The assessor with the chosen estimate, or unchanged. */
  Assessor apply(Assessor assessor) {
    return isSet()
        ? assessor.withContentDefault(MetalContentShares.bundled().contentDefault())
        : assessor;
  }

  /** The engine with the chosen estimate, or unchanged. */
  BatchEngine.Builder apply(BatchEngine.Builder engine) {
    return isSet() ? engine.contentDefault(MetalContentShares.bundled().contentDefault()) : engine;
  }
}
