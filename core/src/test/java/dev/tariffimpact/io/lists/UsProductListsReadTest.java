package dev.tariffimpact.io.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading list folders: a good one, and each malformed file named with its row. */
class UsProductListsReadTest {

  private static final String INDEX =
      "list_id,title,legal_reference,condition,origins,source,confidence,codes\n";

  private static UsProductLists folder(Path dir, String index, String list) throws IOException {
    Files.writeString(dir.resolve("index.csv"), INDEX + index);
    Files.writeString(dir.resolve("x.csv"), list);
    return UsProductLists.read(dir);
  }

  @Test
  void readsAFolderWithDatedEntries(@TempDir Path dir) throws IOException {
    UsProductLists lists =
        folder(
            dir,
            "x,\"Title, with comma\",note 1,claim:donation,*,test,V,2\n",
            "code,start,end\n8471,,\n73269086,2025-08-18,2026-04-05\n");
    DatedProductList x = lists.list("x");
    assertThat(x.info().title()).isEqualTo("Title, with comma");
    assertThat(x.info().claim()).contains("donation");
    assertThat(x.contains(ProductCode.parse("7326.90.86.88"), LocalDate.of(2025, 8, 18))).isTrue();
    assertThat(x.contains(ProductCode.parse("7326.90.86.88"), LocalDate.of(2026, 4, 6))).isFalse();
  }

  @Test
  void malformedFilesAreNamedWithTheirRow(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> folder(dir, "x,t,r,none,*,s,V,3\n", "code,start,end\n8471,,\n"))
        .isInstanceOf(ProductListFormatException.class)
        .hasMessageContaining("index.csv: row 2")
        .hasMessageContaining("counts 3 codes, the file has 1");
    assertThatThrownBy(() -> folder(dir, "x,t,r,none,*,s,V,1\n", "code,from,to\n8471,,\n"))
        .isInstanceOf(ProductListFormatException.class)
        .hasMessageContaining("x.csv: header must be code,start,end");
    assertThatThrownBy(() -> folder(dir, "x,t,r,none,*,s,V,1\n", "code,start,end\n847,,\n"))
        .isInstanceOf(ProductListFormatException.class)
        .hasMessageContaining("x.csv: row 2")
        .hasMessageContaining("'847' is not 4 to 10 digits");
    assertThatThrownBy(
            () ->
                folder(dir, "x,t,r,none,*,s,V,1\n", "code,start,end\n8471,2026-04-06,2026-04-05\n"))
        .isInstanceOf(ProductListFormatException.class)
        .hasMessageContaining("end 2026-04-05 precedes start 2026-04-06");
    assertThatThrownBy(() -> folder(dir, "x,t,r,none,*,s,Q,1\n", "code,start,end\n8471,,\n"))
        .isInstanceOf(ProductListFormatException.class)
        .hasMessageContaining("index.csv: row 2");
  }
}
