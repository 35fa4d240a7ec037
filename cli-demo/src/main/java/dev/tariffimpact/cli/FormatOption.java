package dev.tariffimpact.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json|csv} option, shared by the commands that print results. */
final class FormatOption {

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;
}
