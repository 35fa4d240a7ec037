package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Rate;
import dev.tariffimpact.rate.RateDialect;
import dev.tariffimpact.rate.RateKind;
import dev.tariffimpact.rate.RateParseException;
import dev.tariffimpact.rate.RateParser;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reads the full 2025 US HTS and checks the classification of every General rate text against
 * counts taken independently: a hand-written CSV splitter and regular expressions over the raw
 * text, not the parser under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtsFullScheduleTest {

  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
  private static final Pattern REFERENCE = Pattern.compile("(The |See |No change|A duty|Free, ).*");
  private static final Pattern SPECIFIC =
      Pattern.compile("(\\$\\d+(\\.\\d+)?|\\d+(\\.\\d+)?¢)(\\s*each|/.+)");

  private HtsTable table;
  private Map<String, String> ownTextByCode;
  private List<String> column2Texts;

  @BeforeAll
  void read() throws IOException {
    Path csv = SharedReference.require("us-hts/hts_2025_basic_edition.csv");
    table = HtsReader.read(csv);
    ownTextByCode = new HashMap<>();
    column2Texts = new ArrayList<>();
    List<List<String>> rows = splitCsv(Files.readString(csv, StandardCharsets.UTF_8));
    for (List<String> row : rows.subList(1, rows.size())) {
      String text = row.get(4).strip();
      if (!text.isEmpty()) {
        ownTextByCode.put(row.get(0), text);
      }
      String column2 = row.get(6).strip();
      if (!column2.isEmpty()) {
        column2Texts.add(column2);
      }
    }
  }

  @Test
  void everyGeneralTextIsClassifiedAndNoneIsUnparsed() {
    List<RateClassification> all = table.classify();
    assertThat(ownTextByCode).hasSize(13_611);
    assertThat(all).hasSize(13_611);
    List<RateClassification> unparsed =
        all.stream().filter(c -> c.status() instanceof RateStatus.Unparsed).toList();
    unparsed.forEach(
        c ->
            System.out.println(
                "UNPARSED " + c.code() + ": " + ((RateStatus.Unparsed) c.status()).reason()));
    assertThat(unparsed).isEmpty();
    for (RateClassification c : all) {
      assertThat(c.text()).isEqualTo(ownTextByCode.get(c.code().toString()));
    }
  }

  @Test
  void countsByKindMatchAnIndependentRegexCount() {
    Map<RateKind, Integer> expected = new EnumMap<>(RateKind.class);
    for (String t : ownTextByCode.values()) {
      expected.merge(regexKind(t), 1, Integer::sum);
    }
    // The counts, written out: they sum to 13,611.
    assertThat(expected)
        .isEqualTo(
            Map.of(
                RateKind.FREE, 5_960,
                RateKind.AD_VALOREM, 6_212,
                RateKind.SPECIFIC, 719,
                RateKind.COMPOUND, 415,
                RateKind.REFERENCE, 240,
                RateKind.COMPONENT, 51,
                RateKind.SLIDING_SCALE, 12,
                RateKind.BOUNDED, 2));
    assertThat(table.countsByKind()).isEqualTo(expected);
  }

  @Test
  void countsByStatusMatchAnIndependentRegexCount() {
    int references = 0;
    int needsInput = 0;
    for (String t : ownTextByCode.values()) {
      if (REFERENCE.matcher(t).matches() || t.contains(", but if consisting")) {
        references++; // includes the two watch-movement ceilings that refer to another duty
      } else if (t.matches(".*( on | of |jewel| less ).*")) {
        needsInput++; // component values or quantities, jewels, sugar degrees
      }
    }
    assertThat(references).isEqualTo(242);
    assertThat(needsInput).isEqualTo(175);
    assertThat(table.countsByStatus())
        .isEqualTo(Map.of("COMPUTABLE", 13_194, "NEEDS_INPUT", 175, "REFERENCE", 242));
  }

  @Test
  void everyAdValoremAndFreeTextParsesToItsExactRate() {
    int checked = 0;
    for (HtsLine line : table.lines()) {
      if (!line.hasOwnRate()) {
        continue;
      }
      String t = line.generalText();
      Matcher m = PERCENT.matcher(t);
      if (t.equals("Free")) {
        assertThat(line.general()).as(line.code().toString()).contains(AdValorem.FREE);
        checked++;
      } else if (m.matches()) {
        assertThat(line.general())
            .as(line.code().toString())
            .contains(new AdValorem(new BigDecimal(m.group(1))));
        checked++;
      }
    }
    // 5,960 Free + 6,212 ad valorem
    assertThat(checked).isEqualTo(12_172);
  }

  @Test
  void column2TextsParseExceptFourThatHoldNoReadableRate() {
    List<String> failed = new ArrayList<>();
    for (String t : column2Texts) {
      try {
        Rate r = RateParser.parse(t, RateDialect.US_HTS);
        assertThat(RateParser.parse(r.toString())).as(t).isEqualTo(r);
      } catch (RateParseException e) {
        failed.add(t);
      }
    }
    // a unit the HTS does not define, a stray '/', a missing space and a lone ':'
    assertThat(failed).containsOnly("10¢/pack + 20%", "37% /", "86.1¢/m2of recording surface", ":");
  }

  @Test
  void knownLinesFromTheFactsFile() {
    assertRate("6109.10.00", "16.5%");
    assertRate("6109.10.00.12", "16.5%"); // inherited from 6109.10.00
    assertRate("6110.20.20", "16.5%");
    assertRate("6403.99.60", "8.5%");
    assertRate("2905.11.20", "5.5%");
    assertRate("3926.90.99", "5.3%");
    assertRate("0802.12.00", "0.24 USD/kg"); // 24¢/kg
    assertRate("9403.60.80", "Free");
    assertThat(line("6109.10.00.12").inherited()).isTrue();
    assertThat(line("6109.10.00.12").unitsOfQuantity()).containsExactly("doz.", "kg");
    assertThat(line("6109.10.00.12").knownUnits()).containsExactly(Unit.DOZEN, Unit.KG);
    assertThat(line("6109.10.00").description()).isEqualTo("Of cotton");
  }

  @Test
  void statisticalLinesInheritTheirEightDigitParent() {
    int inherited = 0;
    for (HtsLine l : table.lines()) {
      if (l.inherited()) {
        inherited++;
        HtsLine parent = line(l.code().truncate(8).toString());
        assertThat(l.general()).isEqualTo(parent.general());
        assertThat(l.generalText()).isEqualTo(parent.generalText());
      }
    }
    // 19,731 statistical lines, 8,172 with their own rate, one (9802.00.91.00) without a parent
    // rate: 19,731 - 8,172 - 1 = 11,558
    assertThat(inherited).isEqualTo(11_558);
  }

  private void assertRate(String code, String canonical) {
    Rate r = line(code).general().orElseThrow();
    assertThat(r).as(code).hasToString(canonical);
  }

  private HtsLine line(String code) {
    return table.line(ProductCode.parse(code)).orElseThrow();
  }

  private static RateKind regexKind(String t) {
    if (t.equals("Free")) {
      return RateKind.FREE;
    }
    if (PERCENT.matcher(t).matches()) {
      return RateKind.AD_VALOREM;
    }
    if (REFERENCE.matcher(t).matches()) {
      return RateKind.REFERENCE;
    }
    if (t.contains(" less ") && t.contains("for each degree")) {
      return RateKind.SLIDING_SCALE;
    }
    if (t.contains(", but if consisting")) {
      return RateKind.BOUNDED;
    }
    if (t.contains("+")) {
      return RateKind.COMPOUND;
    }
    if (t.matches(".* (on|of) .*")) {
      return RateKind.COMPONENT;
    }
    if (SPECIFIC.matcher(t).matches()) {
      return RateKind.SPECIFIC;
    }
    throw new AssertionError("shape not foreseen by the test: " + t);
  }

  /** A plain RFC 4180 splitter (quotes, doubled quotes, line breaks inside quotes). */
  private static List<List<String>> splitCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
