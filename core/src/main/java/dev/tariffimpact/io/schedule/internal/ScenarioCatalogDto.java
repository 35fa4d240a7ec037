package dev.tariffimpact.io.schedule.internal;

import java.util.List;

/**
 * A scenario catalogue file, exactly as written.
 *
 * @param format must be {@code "tariff-impact/scenarios"}
 * @param version must be 1
 * @param scenarios the scenarios
 * @param groups the scenario groups, may be null
 */
public record ScenarioCatalogDto(
    String format, Integer version, List<ScenarioDto> scenarios, List<ScenarioGroupDto> groups) {}
