package dev.tariffimpact.io.hts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.data.BundledData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The chapter members of the bundled MFN file and their index. */
class HtsChaptersTest {

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void readsTheHeaderAndTheChaptersMemberOnly() throws IOException {
    byte[] header = gzip("HTS Number,Indent\n");
    byte[] ch01 = gzip("0101,0\n0101.21.00,2\n");
    byte[] ch61 = gzip("6109,0\n6109.10.00,1\n");
    byte[] file = concat(header, ch01, ch61);
    int at01 = header.length;
    int at61 = header.length + ch01.length;
    String index =
        "member,offset,length\nheader,0,"
            + header.length
            + "\n01,"
            + at01
            + ","
            + ch01.length
            + "\n61,"
            + at61
            + ","
            + ch61.length
            + "\n";
    assertThat(new String(HtsChapters.headerAndChapter(file, index, 61), StandardCharsets.UTF_8))
        .isEqualTo("HTS Number,Indent\n6109,0\n6109.10.00,1\n");
    // a chapter without lines has no member: the header alone, as a scan of the whole file finds
    assertThat(new String(HtsChapters.headerAndChapter(file, index, 77), StandardCharsets.UTF_8))
        .isEqualTo("HTS Number,Indent\n");
    // the whole file is still one gzip stream of all members, in order
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(file))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("HTS Number,Indent\n0101,0\n0101.21.00,2\n6109,0\n6109.10.00,1\n");
    }
  }

  @Test
  void anIndexThatDoesNotFitTheFileIsABrokenBuildNotAnEmptyHeading() throws IOException {
    byte[] header = gzip("HTS Number,Indent\n");
    assertThatThrownBy(
            () ->
                HtsChapters.headerAndChapter(
                    header, "member,offset,length\nheader,0," + (header.length + 5) + "\n", 1))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("outside the " + header.length + "-byte file");
    assertThatThrownBy(
            () -> HtsChapters.headerAndChapter(header, "member,offset,length\n01,0,10\n", 2))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("has no header");
    assertThatThrownBy(
            () -> HtsChapters.headerAndChapter(header, "member,offset,length\nheader,1,10\n", 1))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("unreadable");
  }

  @Test
  void theBundledIndexTilesTheWholeFileWithOneMemberPerChapterInOrder() throws IOException {
    byte[] file;
    String index;
    try (InputStream in = BundledData.open(HtsMfnSchedule.FILE);
        InputStream idx = BundledData.open(HtsChapters.INDEX)) {
      file = in.readAllBytes();
      index = new String(idx.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] rows = index.split("\n");
    assertThat(rows[0]).isEqualTo(HtsChapters.INDEX_HEADER);
    assertThat(rows[1]).startsWith("header,0,");
    int next = 0;
    List<String> chapters = new ArrayList<>();
    for (int i = 1; i < rows.length; i++) {
      String[] f = rows[i].split(",");
      assertThat(Integer.parseInt(f[1])).as(rows[i]).isEqualTo(next);
      next += Integer.parseInt(f[2]);
      if (i > 1) {
        chapters.add(f[0]);
      }
    }
    assertThat(next).as("the members end where the file ends").isEqualTo(file.length);
    // HTS 2025: chapters 01-97 except 77 (reserved), and 98, 99; ascending
    assertThat(chapters).hasSize(98).isSorted().doesNotContain("77").contains("01", "61", "99");
  }
}
