package dev.tariffimpact.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The option blocks several commands share ({@link FormatOption}, {@link ScenarioOptions}, {@link
 * ContentDefaultOption}) are defined once, programmatically, because {@code quote} builds its model
 * without annotations (docs/architecture.md). A command declared with annotations gets them here,
 * where a {@code @Mixin} after its own options used to put them: after its options, before the
 * standard help options.
 */
final class SharedOptions {

  /** A command declared with annotations that uses shared option blocks. */
  interface User {
    /**
     * Adds the command's shared option blocks to its model, in usage-help order, and keeps them.
     *
     * @param command the command's model
     */
    void addSharedOptions(CommandSpec command);
  }

  private SharedOptions() {}

  /**
   * The command line of an annotated command, with its shared option blocks when it uses any.
   *
   * @param command the annotated command object
   * @return its command line
   */
  static CommandLine commandLine(Object command) {
    CommandLine cli = new CommandLine(command);
    if (command instanceof User user) {
      CommandSpec spec = cli.getCommandSpec();
      // -h and -V were added last by mixinStandardHelpOptions; keep them last.
      List<OptionSpec> help =
          spec.options().stream().filter(o -> o.usageHelp() || o.versionHelp()).toList();
      help.forEach(spec::remove);
      user.addSharedOptions(spec);
      help.forEach(spec::addOption);
    }
    return cli;
  }
}
