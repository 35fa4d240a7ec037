package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The reader takes the cells of each CSV record and the unit lists from the streaming parsers, not
 * from a CsvMapper and JsonMapper as it did before: the cells, the unit lists and every error
 * message must be what the mappers gave. The mappers are the reference here.
 */
class HtsStreamingCellsTest {

  /** What the mapper read, cells per record, and the message it stopped with (or null). */
  private record Outcome(List<List<String>> records, String error) {}

  private static Outcome withMapper(String csv) {
    List<List<String>> records = new ArrayList<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> it =
        mapper.readerFor(String[].class).readValues(new StringReader(csv))) {
      while (it.hasNextValue()) {
        records.add(List.of(nullsAsText(it.nextValue())));
      }
      return new Outcome(records, null);
    } catch (JacksonException e) {
      return new Outcome(records, e.getOriginalMessage());
    }
  }

  private static Outcome streaming(String csv) {
    List<List<String>> records = new ArrayList<>();
    try (JsonParser p = HtsReader.csvParser(new StringReader(csv))) {
      for (String[] cells = HtsReader.record(p); cells != null; cells = HtsReader.record(p)) {
        records.add(List.of(nullsAsText(cells)));
      }
      return new Outcome(records, null);
    } catch (JacksonException e) {
      return new Outcome(records, e.getOriginalMessage());
    }
  }

  private static String[] nullsAsText(String[] cells) {
    if (cells == null) {
      return new String[] {"<no array>"};
    }
    String[] out = cells.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] == null ? "<null>" : out[i];
    }
    return out;
  }

  @Test
  void quotedMultiLineRaggedAndBlankRecordsGiveTheMappersCells() {
    String csv =
        "\uFEFFHTS Number,Indent\n"
            + "\"6109\",\"0\",\"T-shirts, \"\"fancy\"\"\nsecond line\"\n"
            + "\n"
            + "6109.10.00,1,,\r\n"
            + "one\n"
            + ",,\n"
            + "last,without,newline";
    Outcome mapper = withMapper(csv);
    assertThat(mapper.error()).isNull();
    assertThat(streaming(csv)).isEqualTo(mapper);
    // hand-checked: the quoted cell keeps its escaped quotes and line break
    assertThat(streaming(csv).records().get(1))
        .containsExactly("6109", "0", "T-shirts, \"fancy\"\nsecond line");
  }

  @Test
  void anUnclosedQuoteStopsAtTheSameRecordWithTheMappersMessage() {
    String csv = "HTS Number,Indent\n6109,0\n\"6109.10,1\n6110,0\n";
    Outcome mapper = withMapper(csv);
    assertThat(mapper.error()).isNotNull();
    assertThat(streaming(csv)).isEqualTo(mapper);
  }

  @Test
  void theReaderReportsAMalformedRecordWithTheMappersMessageAndRow() {
    String header =
        "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty\n"
            + "6109,0,T-shirts,,\n";
    String csv = header + "\"6109.10.00,1,Of cotton,,16.5%\n";
    Outcome mapper = withMapper(csv);
    // two records read (header, 6109), so the error is at row 3
    assertThat(mapper.records()).hasSize(2);
    assertThatThrownBy(() -> HtsReader.read(new StringReader(csv), Path.of("hts.csv")))
        .isInstanceOf(HtsFormatException.class)
        .hasMessage("hts.csv, row 3: malformed CSV: " + mapper.error());
  }

  @Property(tries = 1000)
  void randomCsvGivesTheMappersCellsAndErrors(@ForAll("csvTexts") String csv) {
    assertThat(streaming(csv)).isEqualTo(withMapper(csv));
  }

  @Provide
  Arbitrary<String> csvTexts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(",", "\n", "\r\n", "\r", "\"", "\"\"", " ", "\t", "#", "\uFEFF"),
            Arbitraries.strings().withChars("ab9.,\"").ofMaxLength(6),
            Arbitraries.strings().ofMaxLength(4));
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void unitListsReadAsTheMapperReadsThem(@ForAll("unitTexts") String text) {
    Object mapper;
    try {
      mapper = List.of(nullsAsText(JsonMapper.shared().readValue(text, String[].class)));
    } catch (JacksonException e) {
      mapper = e.getOriginalMessage();
    }
    Object fast;
    try {
      fast = List.of(nullsAsText(HtsReader.unitArray(text)));
    } catch (JacksonException e) {
      fast = e.getOriginalMessage();
    }
    assertThat(fast).isEqualTo(mapper);
  }

  @Provide
  Arbitrary<String> unitTexts() {
    Arbitrary<String> plain =
        Arbitraries.of("\"No.\"", "\"kg\"", "\"doz.\"", "\"\"", "\" \"", "\"m\\u00b2\"")
            .list()
            .ofMaxSize(3)
            .map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> odd =
        Arbitraries.of("[", "]", "\"kg\"", ",", "null", "1", "{}", "[]", " ", "x", "true")
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(l -> String.join("", l));
    return Arbitraries.oneOf(plain, odd);
  }

  @Test
  void plainUnitListsNeedNoMapperAndOddOnesReadAsBefore() {
    assertThat(HtsReader.unitArray("[\"doz.\",\"kg\"]")).containsExactly("doz.", "kg");
    assertThat(HtsReader.unitArray("[]")).isEmpty();
    // the mapper coerces a number and keeps a null: read as it always was
    assertThat(HtsReader.unitArray("[5,null]")).containsExactly("5", null);
    assertThat(HtsReader.unitArray("null")).isNull();
  }

  @Test
  void aUnitListOfNullIsAnErrorNamingTheRow() {
    String csv =
        "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty\n"
            + "6109.10.00,1,Of cotton,null,16.5%\n";
    assertThatThrownBy(() -> HtsReader.read(new StringReader(csv), Path.of("hts.csv")))
        .isInstanceOf(HtsFormatException.class)
        .hasMessage("hts.csv, row 2: invalid unit of quantity list 'null'");
  }
}
