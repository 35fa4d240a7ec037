package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line entered on another day than a scenario's date is assessed with the measures of that date
 * (a what-if, which {@code quote} lists as an assumption): the batch counts it as the note {@code
 * entry-date-differs}, per aggregate and per scenario. Fixture scenarios: "before" dated
 * 2025-09-15, "after" dated 2026-03-01, for both importers.
 */
class BatchNotesTest {

  private static final String HEADER =
      "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
          + "incoterm,mode,entry_date,export_date\n";

  /**
   * E1 (US) on the "before" date, E2 (US) on the "after" date, E3 (IN) on neither, E4 (IN) on the
   * "after" date. Under "before": E2, E3, E4 differ (3 lines, 1 US + 2 IN); under "after": E1 and
   * E3 (2 lines, 1 US + 1 IN).
   */
  private static final String LINES =
      HEADER
          + "E1,US,IN,6109.10.00,1000.00,USD,5,doz.,12,10.00,1.00,,AIR,2025-09-15,\n"
          + "E2,US,IN,6109.10.00,1000.00,USD,5,doz.,12,10.00,1.00,,AIR,2026-03-01,\n"
          + "E3,IN,US,0802.12,925.02,USD,73.531,kg,,,,FOB,OCEAN,2025-10-04,2025-08-26\n"
          + "E4,IN,US,0802.12,925.02,USD,73.531,kg,,,,FOB,OCEAN,2026-03-01,2026-02-01\n";

  private static BatchResult run(String csv, Path dir, GroupBy... by) throws IOException {
    Path in = dir.resolve("s.csv");
    Files.writeString(in, csv, StandardCharsets.UTF_8);
    return BatchFixtures.engine(BatchOptions.builder().groupBy(by).build())
        .build()
        .run(BatchInput.csv(in), dir.resolve("out"));
  }

  @Test
  void linesEnteredOnAnotherDayThanTheScenarioAreCountedPerScenario(@TempDir Path dir)
      throws IOException {
    BatchResult r = run(LINES, dir);

    assertThat(r.assessed()).isEqualTo(4);
    assertThat(r.notes())
        .containsExactly(
            Map.entry("before", Map.of(BatchNote.ENTRY_DATE_DIFFERS, 3L)),
            Map.entry("after", Map.of(BatchNote.ENTRY_DATE_DIFFERS, 2L)));
  }

  @Test
  void eachAggregateCountsItsOwnLines(@TempDir Path dir) throws IOException {
    BatchResult r = run(LINES, dir, GroupBy.IMPORTER);

    // before: US E2; IN E3, E4. after: US E1; IN E3.
    assertThat(notesOf(r, "before", "US")).isEqualTo(1L);
    assertThat(notesOf(r, "before", "IN")).isEqualTo(2L);
    assertThat(notesOf(r, "after", "US")).isEqualTo(1L);
    assertThat(notesOf(r, "after", "IN")).isEqualTo(1L);
    String json = Files.readString(dir.resolve("out/aggregates.json"));
    assertThat(json).contains("\"notes\" : {\n    \"entry-date-differs\" : 2\n  }");
    // an object in JSON only: the CSV columns do not change
    assertThat(Files.readString(dir.resolve("out/aggregates.csv"))).doesNotContain("notes");
  }

  private static long notesOf(BatchResult r, String scenario, String importer) {
    return r.aggregates().stream()
        .filter(a -> a.scenario().equals(scenario) && importer.equals(a.importer()))
        .findFirst()
        .orElseThrow()
        .notes()
        .getOrDefault(BatchNote.ENTRY_DATE_DIFFERS, 0L);
  }

  @Test
  void linesOnTheScenarioDateHaveNoNote(@TempDir Path dir) throws IOException {
    BatchResult r =
        run(
            HEADER + "E1,US,IN,6109.10.00,1000.00,USD,5,doz.,12,10.00,1.00,,AIR,2025-09-15,\n",
            dir);

    // the line is on the "before" date: a note under "after" only
    assertThat(r.notes().get("before")).isEmpty();
    assertThat(r.notes().get("after")).containsExactly(Map.entry(BatchNote.ENTRY_DATE_DIFFERS, 1L));
    assertThat(Files.readString(dir.resolve("out/aggregates.json")))
        .contains("\"scenario\" : \"before\"")
        .contains("\"notes\" : { }");
  }

  @Test
  void anAggregateRefusesMoreNotedLinesThanItHas() {
    Aggregate a =
        Aggregate.of(
            "before",
            "USD",
            null,
            null,
            null,
            null,
            2,
            java.math.BigDecimal.ONE,
            java.math.BigDecimal.ZERO,
            java.math.BigDecimal.ZERO,
            java.math.BigDecimal.ZERO,
            null,
            2,
            java.math.BigDecimal.ZERO,
            null,
            null,
            null);
    assertThat(a.withNotes(Map.of(BatchNote.ENTRY_DATE_DIFFERS, 0L)).notes()).isEmpty();
    assertThat(a.withNotes(Map.of(BatchNote.ENTRY_DATE_DIFFERS, 2L)))
        .isNotEqualTo(a)
        .hasToString(a.toString().replace("]", ", notes={ENTRY_DATE_DIFFERS=2}]"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> a.withNotes(Map.of(BatchNote.ENTRY_DATE_DIFFERS, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry-date-differs: 3 lines, outside 0..2");
  }

  @Test
  void eachAssessmentNoteKindHasTheBatchNoteOfItsCode() {
    for (dev.tariffimpact.customs.NoteKind kind : dev.tariffimpact.customs.NoteKind.values()) {
      assertThat(BatchNote.of(kind).code()).isEqualTo(kind.code());
      assertThat(BatchNote.of(kind).description()).isEqualTo(kind.description());
    }
    // entry-date-differs, which only a batch has, keeps its code and comes first
    assertThat(BatchNote.values()).hasSize(dev.tariffimpact.customs.NoteKind.values().length + 1);
    assertThat(BatchNote.values()[0].code()).isEqualTo("entry-date-differs");
  }
}
