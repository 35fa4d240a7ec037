package dev.tariffimpact.io.schedule.internal;

import java.util.List;

/**
 * One scenario group of a catalogue, as written in the file.
 *
 * @param name the group name
 * @param description one sentence
 * @param scenarios the scenario names, at most one per importer
 * @param headlineFor the importers whose demo and report compare this group with the base
 */
public record ScenarioGroupDto(
    String name, String description, List<String> scenarios, List<String> headlineFor) {}
