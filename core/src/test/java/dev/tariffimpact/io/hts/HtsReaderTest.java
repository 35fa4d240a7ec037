package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.RateInput;
import dev.tariffimpact.rate.RateKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on small hand-written files: quoting, inheritance, statuses, errors. */
class HtsReaderTest {

  private static final String HEADER =
      "\uFEFFHTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,"
          + "Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties\n";

  @TempDir Path dir;

  private Path write(String body) throws IOException {
    Path f = dir.resolve("hts.csv");
    Files.writeString(f, HEADER + body, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsLinesKeepsDescriptionsAndUnitsAndInheritsRates() throws IOException {
    Path f =
        write(
            """
            "6109","0","T-shirts, singlets, tank tops and similar garments, knitted or crocheted:","","","","","",""
            "","1","Of cotton:","","","","","",""
            "6109.10.00","1","Of cotton","","16.5%","Free (AU,BH)","90%","",""
            "6109.10.00.12","4","Men's ""fancy"" (338)","[""doz."",""kg""]","","","","",""
            "0802.12.00","2","Shelled","","24¢/kg","Free","40.8¢/kg","",""
            "0802.12.00.05","3","Certified organic","[""kg""]","","","","",""
            "7801.10.00.00","1","Refined lead","[""kg""]","2.5% on the value of the lead content","","10%","",""
            "9903.88.01","0","Articles of China","","The duty provided in the applicable subheading + 25%","","","",""
            "9802.00.91.00","0","Orphan statistical line","","","","","",""
            """);
    HtsTable t = HtsReader.read(f);
    assertThat(t.lines()).hasSize(8); // the unnumbered "Of cotton:" row is not a line
    HtsLine shirt = t.line(ProductCode.parse("6109.10.00.12")).orElseThrow();
    assertThat(shirt.description()).isEqualTo("Men's \"fancy\" (338)");
    assertThat(shirt.unitsOfQuantity()).containsExactly("doz.", "kg");
    assertThat(shirt.inherited()).isTrue();
    assertThat(shirt.generalText()).isEqualTo("16.5%");
    assertThat(shirt.general()).contains(AdValorem.of("16.5"));
    assertThat(shirt.indent()).isEqualTo(4);

    HtsLine heading = t.line(ProductCode.parse("6109")).orElseThrow();
    assertThat(heading.description()).contains("T-shirts, singlets");
    assertThat(heading.status()).isEqualTo(new RateStatus.NoRate());

    HtsLine organic = t.line(ProductCode.parse("0802.12.00.05")).orElseThrow();
    assertThat(organic.general().orElseThrow()).hasToString("0.24 USD/kg");

    assertThat(t.line(ProductCode.parse("7801.10.00.00")).orElseThrow().status())
        .isEqualTo(
            new RateStatus.NeedsInput(List.of(new RateInput.ComponentValue("lead content"))));
    assertThat(t.line(ProductCode.parse("9903.88.01")).orElseThrow().status())
        .isInstanceOf(RateStatus.Reference.class);
    HtsLine orphan = t.line(ProductCode.parse("9802.00.91.00")).orElseThrow();
    assertThat(orphan.general()).isEmpty();
    assertThat(orphan.inherited()).isFalse();

    List<RateClassification> c = t.classify();
    // own texts only: 6109.10.00, 0802.12.00, 7801.10.00.00, 9903.88.01
    assertThat(c)
        .extracting(RateClassification::text)
        .containsExactly(
            "16.5%",
            "24¢/kg",
            "2.5% on the value of the lead content",
            "The duty provided in the applicable subheading + 25%");
    assertThat(c.get(0).adValoremPercent()).contains(new BigDecimal("16.5"));
    assertThat(c.get(1).specific().orElseThrow()).hasToString("0.24 USD/kg");
    assertThat(t.countsByKind())
        .isEqualTo(
            Map.of(
                RateKind.AD_VALOREM, 1,
                RateKind.SPECIFIC, 1,
                RateKind.COMPONENT, 1,
                RateKind.REFERENCE, 1));
    assertThat(t.countsByStatus())
        .isEqualTo(Map.of("COMPUTABLE", 2, "NEEDS_INPUT", 1, "REFERENCE", 1));
  }

  @Test
  void compoundClassificationSplitsAdValoremAndSpecificParts() throws IOException {
    Path f =
        write(
            """
            "6505.00.08.00","3","Other","[""No."",""kg""]","13.5¢/kg + 6.3% + 1.9¢/article","","","",""
            """);
    RateClassification c = HtsReader.read(f).classify().get(0);
    assertThat(c.kind()).contains(RateKind.COMPOUND);
    assertThat(c.adValoremPercent()).contains(new BigDecimal("6.3"));
    assertThat(c.specific().orElseThrow()).hasToString("0.135 USD/kg");
    assertThat(c.status()).isEqualTo(new RateStatus.Computable());
  }

  @Test
  void unparseableTextIsUnparsedWithReasonNotAnError() throws IOException {
    Path f = write("\"0101.21.00\",\"2\",\"Horses\",\"\",\"7 furlongs\",\"\",\"\",\"\",\"\"\n");
    RateClassification c = HtsReader.read(f).classify().get(0);
    assertThat(c.kind()).isEmpty();
    assertThat(c.status()).isInstanceOf(RateStatus.Unparsed.class);
    assertThat(((RateStatus.Unparsed) c.status()).reason())
        .contains("'7 furlongs'")
        .contains("position 2");
  }

  @Test
  void badCodeNamesFileAndRow() throws IOException {
    Path f =
        write(
            """
            "0101.21.00","2","Horses","","Free","","","",""
            "01O1.29.00","2","Typo","","Free","","","",""
            """);
    assertThatThrownBy(() -> HtsReader.read(f))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("row 3")
        .hasMessageContaining("'01O1.29.00'");
  }

  @Test
  void badIndentAndUnitsNameTheRow() throws IOException {
    Path f = write("\"0101.21.00\",\"two\",\"Horses\",\"\",\"Free\",\"\",\"\",\"\",\"\"\n");
    assertThatThrownBy(() -> HtsReader.read(f))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("'two'");
    Path g = write("\"0101.21.00\",\"2\",\"Horses\",\"[kg\",\"Free\",\"\",\"\",\"\",\"\"\n");
    assertThatThrownBy(() -> HtsReader.read(g))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("'[kg'");
  }

  @Test
  void missingColumnAndMissingFileAreNamed() throws IOException {
    Path f = dir.resolve("short.csv");
    Files.writeString(f, "HTS Number,Indent,Description\n\"0101\",\"0\",\"Horses\"\n");
    assertThatThrownBy(() -> HtsReader.read(f))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining("short.csv, row 1")
        .hasMessageContaining("'Unit of Quantity'");
    Path none = dir.resolve("none.csv");
    assertThatThrownBy(() -> HtsReader.read(none))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining("none.csv");
  }

  @Test
  void multiLineQuotedDescriptionsAreOneRow() throws IOException {
    Path g =
        write(
            """
            "0101.21.00","2","Horses, ""pure""
            bred","","Free","","","",""
            "0101.29.00","2","Other","","4.5%","","","",""
            """);
    HtsTable t = HtsReader.read(g);
    assertThat(t.lines()).hasSize(2);
    assertThat(t.lines().get(0).description()).isEqualTo("Horses, \"pure\"\nbred");
    assertThat(t.lines().get(1).general()).contains(AdValorem.of("4.5"));
  }

  @Test
  void aFileLargerThanTheCapIsRefusedNamingTheFileAndTheCap() throws IOException {
    Path f = write("\"0101.21.00\",\"2\",\"Horses\",\"\",\"Free\",\"\",\"\",\"\",\"\"\n");
    long size = Files.size(f);
    // the same file passes with a cap of its own size and fails one byte below it
    assertThat(HtsReader.read(f, size).lines()).hasSize(1);
    assertThatThrownBy(() -> HtsReader.read(f, size - 1))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("more than the limit of " + (size - 1) + " bytes");
    assertThat(HtsReader.MAX_BYTES).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotReplaced() throws IOException {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, new byte[] {'H', 'T', 'S', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> HtsReader.read(f))
        .isInstanceOf(HtsFormatException.class)
        .hasMessageContaining("not UTF-8");
  }
}
