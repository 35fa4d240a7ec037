package dev.tariffimpact.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
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
    for (CommandLine c : all) {
      c.getHelpSectionMap()
          .put(
              UsageMessageSpec.SECTION_KEY_FOOTER,
              help -> {
                String[] footer = help.commandSpec().usageMessage().footer();
                return footer.length == 0
                    ? ""
                    : String.join(System.lineSeparator(), footer) + System.lineSeparator();
              });
    }
  }

  private static void collect(CommandLine cli, List<CommandLine> all) {
    all.add(cli);
    cli.getSubcommands().values().forEach(sub -> collect(sub, all));
  }
}
