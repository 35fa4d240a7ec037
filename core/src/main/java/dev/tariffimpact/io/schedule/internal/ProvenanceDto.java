package dev.tariffimpact.io.schedule.internal;

/**
 * The provenance of a measure, exactly as written.
 *
 * @param source public source
 * @param confidence V, R or U
 * @param note free text
 */
public record ProvenanceDto(String source, String confidence, String note) {}
