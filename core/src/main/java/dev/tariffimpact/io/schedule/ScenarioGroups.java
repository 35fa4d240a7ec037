package dev.tariffimpact.io.schedule;

import dev.tariffimpact.io.schedule.ScenarioCatalogJson.Group;
import dev.tariffimpact.io.schedule.internal.ScenarioGroupDto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the optional {@code groups} of a scenario catalogue. */
final class ScenarioGroups {

  private ScenarioGroups() {}

  /**
   * Checks each group: a unique name that is not also a scenario name, known scenarios, at most one
   * scenario per importer, and a {@code headlineFor} that names importers of the group's scenarios,
   * each the headline of one group at most.
   */
  static List<Group> read(
      List<ScenarioGroupDto> dtos, Map<String, String> importerByName, String file) {
    if (dtos == null) {
      return List.of();
    }
    Set<String> names = new HashSet<>();
    Map<String, String> headlines = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      String p = "$.groups[" + i + "]";
      ScenarioGroupDto dto = dtos.get(i);
      if (dto == null || dto.name() == null || dto.name().isBlank()) {
        throw new ScheduleFileException(
            file, p + ".name", "is required and must be non-blank", null);
      }
      if (importerByName.containsKey(dto.name())) {
        throw new ScheduleFileException(
            file, p + ".name", "'" + dto.name() + "' is already a scenario name", null);
      }
      if (!names.add(dto.name())) {
        throw new ScheduleFileException(
            file, p + ".name", "duplicate group '" + dto.name() + "'", null);
      }
      List<String> members = dto.scenarios() == null ? List.of() : dto.scenarios();
      if (members.isEmpty()) {
        throw new ScheduleFileException(file, p + ".scenarios", "must name a scenario", null);
      }
      Map<String, String> byImporter = new HashMap<>();
      for (int j = 0; j < members.size(); j++) {
        String member = members.get(j);
        String importer = importerByName.get(member);
        if (importer == null) {
          throw new ScheduleFileException(
              file,
              p + ".scenarios[" + j + "]",
              "no scenario '" + members.get(j) + "' in this catalogue",
              null);
        }
        String other = byImporter.putIfAbsent(importer, member);
        if (other != null) {
          throw new ScheduleFileException(
              file,
              p + ".scenarios[" + j + "]",
              "'"
                  + member
                  + "' and '"
                  + other
                  + "' are both for importer "
                  + importer
                  + "; a group holds one scenario per importer",
              null);
        }
      }
      String description = dto.description() == null ? "" : dto.description();
      if (description.indexOf('\n') >= 0) {
        throw new ScheduleFileException(
            file, p + ".description", "must be one sentence on one line", null);
      }
      List<String> headlineFor = dto.headlineFor() == null ? List.of() : dto.headlineFor();
      for (int j = 0; j < headlineFor.size(); j++) {
        String importer = headlineFor.get(j);
        String at = p + ".headlineFor[" + j + "]";
        if (!byImporter.containsKey(importer)) {
          throw new ScheduleFileException(
              file,
              at,
              "'" + importer + "' is not the importer of a scenario of this group " + members,
              null);
        }
        String other = headlines.putIfAbsent(importer, dto.name());
        if (other != null) {
          throw new ScheduleFileException(
              file,
              at,
              "importer " + importer + " is already the headline of '" + other + "'",
              null);
        }
      }
      groups.add(new Group(dto.name(), description, members, headlineFor));
    }
    return List.copyOf(groups);
  }
}
