package dev.tariffimpact.cli;

import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Group;
import dev.tariffimpact.schedule.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
final class ScenariosCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private FormatOption output;

  @Mixin private ScenarioOptions sources;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Table table = Table.of("name", "importer", "as of", "status", "description");
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode list = mapper.createArrayNode();
    for (Scenario s : sources.named()) {
      table.row(s.name(), s.schedule().importer(), s.asOf(), s.note(), s.description());
      ObjectNode item = list.addObject();
      item.put("name", s.name());
      item.put("importer", s.schedule().importer());
      item.put("asOf", s.asOf().toString());
      item.put("status", s.note());
      item.put("description", s.description());
    }
    switch (output.format) {
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
