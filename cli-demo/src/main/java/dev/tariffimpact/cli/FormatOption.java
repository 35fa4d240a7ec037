package dev.tariffimpact.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --format table|json|csv} option, shared by the commands that print results. Defined
 * once, programmatically ({@link SharedOptions}): {@code quote} is built without annotations.
 */
final class FormatOption {

  private final OptionSpec option;

  private FormatOption(OptionSpec option) {
    this.option = option;
  }

  /** Adds {@code --format} to a command's model; the returned block reads its value. */
  static FormatOption addTo(CommandSpec command) {
    OptionSpec option =
        OptionSpec.builder("--format")
            .type(OutputFormat.class)
            .paramLabel("<format>")
            .defaultValue("table")
            .description("table, json or csv (default: ${DEFAULT-VALUE}).")
            .build();
    command.addOption(option);
    return new FormatOption(option);
  }

  /** The chosen format ({@code table} when not given). */
  OutputFormat format() {
    return option.getValue();
  }
}
