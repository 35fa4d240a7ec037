package dev.tariffimpact.io.schedule.internal;

import java.util.List;

/**
 * The top level of a schedule file, exactly as written; validated into the domain by {@code
 * ScheduleJson}. Every field is a plain string, number, list or record: no type information is read
 * from the file.
 *
 * @param format must be {@code "tariff-impact/schedule"}
 * @param version must be 1
 * @param importer ISO alpha-2 or EU
 * @param currency ISO 4217
 * @param description free text
 * @param overlay true if stacking rules may name measures of another file
 * @param measures the measures
 */
public record ScheduleFileDto(
    String format,
    Integer version,
    String importer,
    String currency,
    String description,
    Boolean overlay,
    List<MeasureDto> measures) {}
