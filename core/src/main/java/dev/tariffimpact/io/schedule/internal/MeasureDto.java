package dev.tariffimpact.io.schedule.internal;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One measure of a schedule file, exactly as written.
 *
 * @param id measure id
 * @param title title
 * @param legalBasis legal basis
 * @param kind a MeasureKind name
 * @param base a DutyBase name
 * @param scope scope text, or an object with include / includeLists / exclude / excludeLists
 * @param origins origin scope text
 * @param validFrom ISO date
 * @param validTo ISO date or null
 * @param rate canonical rate text
 * @param excludes ids or kind names
 * @param excludedBy ids or kind names
 * @param replaces ids or kind names
 * @param dutyBaseMeasures ids or kind names
 * @param chapter99 chapter 99 heading text
 * @param status a MeasureStatus name
 * @param provenance source, confidence, note
 * @param family legal family name, or null
 * @param claim the claim a conditional measure needs, or null
 * @param inTransit the in-transit safe harbour, or null
 * @param total top-up ({@code atLeast}) or cap ({@code atMost}) in percent, or null
 */
public record MeasureDto(
    String id,
    String title,
    String legalBasis,
    String kind,
    String base,
    JsonNode scope,
    String origins,
    String validFrom,
    String validTo,
    String rate,
    List<String> excludes,
    List<String> excludedBy,
    List<String> replaces,
    List<String> dutyBaseMeasures,
    String chapter99,
    String status,
    ProvenanceDto provenance,
    String family,
    String claim,
    InTransitDto inTransit,
    TotalDto total) {}
