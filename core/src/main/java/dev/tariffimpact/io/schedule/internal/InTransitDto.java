package dev.tariffimpact.io.schedule.internal;

/**
 * An in-transit safe harbour of a schedule file, exactly as written.
 *
 * @param exportedOnOrBefore ISO date
 * @param enteredOnOrBefore ISO date
 */
public record InTransitDto(String exportedOnOrBefore, String enteredOnOrBefore) {}
