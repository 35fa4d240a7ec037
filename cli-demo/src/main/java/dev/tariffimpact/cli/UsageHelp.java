package dev.tariffimpact.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Usage help that can be copied: the width follows the terminal, and the footer (the examples) is
 * printed as written, never wrapped, so a long example line stays one line to paste.
 */
final class UsageHelp {

  private UsageHelp() {}

  static void configure(CommandLine cli) {
    cli.setUsageHelpAutoWidth(true);
    List<CommandLine> all = new ArrayList<>();
    collect(cli, all);
    UnwrappedFooter footer = new UnwrappedFooter();
    for (CommandLine c : all) {
      c.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, footer);
    }
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} to a model built by hand, as picocli's {@code
   * mixinStandardHelpOptions} would (same names, descriptions and place), without reading its
   * annotated mixin.
   */
  static void addStandardOptions(CommandSpec command) {
    command.addOption(
        OptionSpec.builder("-h", "--help")
            .type(boolean.class)
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    command.addOption(
        OptionSpec.builder("-V", "--version")
            .type(boolean.class)
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  private static void collect(CommandLine cli, List<CommandLine> all) {
    all.add(cli);
    for (CommandLine sub : cli.getSubcommands().values()) {
      collect(sub, all);
    }
  }

  /**
   * The footer lines as written. A named class, not a lambda: see {@link ArgumentConverters} (a
   * lambda of this Java 5 interface would keep picocli's help renderers out of the start-up
   * archive).
   */
  private static final class UnwrappedFooter implements IHelpSectionRenderer {
    @Override
    public String render(Help help) {
      String[] footer = help.commandSpec().usageMessage().footer();
      return footer.length == 0
          ? ""
          : String.join(System.lineSeparator(), footer) + System.lineSeparator();
    }
  }
}
