package dev.tariffimpact.cli;

import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Group;
import dev.tariffimpact.schedule.Scenario;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code scenarios}: the named scenarios with their one-sentence descriptions. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "List the bundled (or --schedule-given) scenarios with what each represents.",
    footer = {
      "",
      "Examples:",
      "  tariff-impact scenarios",
      "  tariff-impact scenarios --schedule my-scenarios.json --format json"
    })
final class ScenariosCommand implements Callable<Integer>, SharedOptions.User {

  @Spec private CommandSpec spec;

  private FormatOption output;

  private ScenarioOptions sources;

  @Override
  public void addSharedOptions(CommandSpec command) {
    output = FormatOption.addTo(command);
    sources = ScenarioOptions.addTo(command);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Table table = Table.of("name", "importer", "as of", "coverage end", "status", "description");
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode list = mapper.createArrayNode();
    for (Scenario s : sources.named()) {
      String end = s.coverageEnd().map(LocalDate::toString).orElse("-");
      table.row(s.name(), s.schedule().importer(), s.asOf(), end, s.note(), s.description());
      ObjectNode item = list.addObject();
      item.put("name", s.name());
      item.put("importer", s.schedule().importer());
      item.put("asOf", s.asOf().toString());
      item.put("coverageEnd", s.coverageEnd().map(LocalDate::toString).orElse(null));
      item.put("status", s.note());
      item.put("description", s.description());
    }
    switch (output.format()) {
      case json -> out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
      case csv -> out.print(table.toCsv());
      case table -> {
        out.print(table.toText());
        List<Group> groups = sources.source().groups();
        if (!groups.isEmpty()) {
          out.println();
          out.println("Groups (one scenario per importer; 'batch --scenario NAME' runs them):");
          for (Group g : groups) {
            out.println("  " + g.name() + ": " + String.join(" + ", g.scenarios()));
          }
        }
      }
    }
    return 0;
  }
}
