package dev.tariffimpact.io.schedule.internal;

import java.util.List;

/**
 * One scenario of a catalogue file, exactly as written.
 *
 * @param name scenario name
 * @param description one sentence
 * @param schedule schedule file, relative to the catalogue
 * @param asOf ISO date
 * @param overlays overlay schedule files, relative to the catalogue
 * @param status status note
 * @param coverageEnd the last day the scenario's data is complete (ISO date), or null
 */
public record ScenarioDto(
    String name,
    String description,
    String schedule,
    String asOf,
    List<String> overlays,
    String status,
    String coverageEnd) {}
