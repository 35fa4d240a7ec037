package dev.tariffimpact.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentNoteTest {

  @Test
  void aLineNoteConcernsItsLineOnlyAndAnEntryNoteEveryLine() {
    AssessmentNote line = AssessmentNote.ofLine(NoteKind.IN_TRANSIT, 1, "line 2 (...): in transit");
    AssessmentNote entry = AssessmentNote.ofEntry(NoteKind.DE_MINIMIS, "US-DE-MINIMIS applied");

    assertThat(line.concerns(1)).isTrue();
    assertThat(line.concerns(0)).isFalse();
    assertThat(entry.lineIndex()).isEqualTo(AssessmentNote.ENTRY);
    assertThat(entry.concerns(0)).isTrue();
    assertThat(entry.concerns(7)).isTrue();
  }

  @Test
  void printsAsItsTextSoQuoteOutputDoesNotChange() {
    AssessmentNote n = AssessmentNote.ofLine(NoteKind.CLAIM_USED, 0, "line 1: claim x used");

    assertThat(n).hasToString("line 1: claim x used");
    assertThat(n.text()).isEqualTo("line 1: claim x used");
    assertThat(n.kind()).isEqualTo(NoteKind.CLAIM_USED);
  }

  @Test
  void equalWhenKindLineAndTextAre() {
    AssessmentNote a = AssessmentNote.ofLine(NoteKind.CLAIM_USED, 0, "t");

    assertThat(a)
        .isEqualTo(AssessmentNote.ofLine(NoteKind.CLAIM_USED, 0, "t"))
        .hasSameHashCodeAs(AssessmentNote.ofLine(NoteKind.CLAIM_USED, 0, "t"))
        .isNotEqualTo(AssessmentNote.ofLine(NoteKind.CLAIM_AVAILABLE, 0, "t"))
        .isNotEqualTo(AssessmentNote.ofLine(NoteKind.CLAIM_USED, 1, "t"))
        .isNotEqualTo(AssessmentNote.ofEntry(NoteKind.CLAIM_USED, "t"))
        .isNotEqualTo(AssessmentNote.ofLine(NoteKind.CLAIM_USED, 0, "u"));
  }

  @Test
  void refusesANegativeLineAndNulls() {
    assertThatThrownBy(() -> AssessmentNote.ofLine(NoteKind.CLAIM_USED, -1, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> AssessmentNote.ofLine(null, 0, "t"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> AssessmentNote.ofEntry(NoteKind.DE_MINIMIS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void kindCodesAreTheDocumentedKebabCaseContract() {
    List<String> codes = Arrays.stream(NoteKind.values()).map(NoteKind::code).toList();

    assertThat(codes)
        .containsExactly(
            "de-minimis",
            "in-transit",
            "claim-used",
            "claim-not-used",
            "claim-available",
            "content-split",
            "content-default",
            "no-import-tax",
            "origin-not-modelled")
        .allMatch(c -> c.matches("[a-z]+(-[a-z]+)*"));
  }
}
