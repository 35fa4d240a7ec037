package dev.tariffimpact.io.schedule.internal;

/**
 * A total limit of a schedule file, exactly as written.
 *
 * @param atLeast percent the measure tops the total up to, or null
 * @param atMost percent the total may not exceed, or null
 */
public record TotalDto(String atLeast, String atMost) {}
