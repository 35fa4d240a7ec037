package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths inside schedule files stay in the referencing file's folder unless allowed out. */
class ReferencePolicyTest {

  @TempDir Path dir;

  private static String schedule(String list) {
    return """
        {"format":"tariff-impact/schedule","version":1,"importer":"US","currency":"USD",
         "measures":[{"id":"m1","title":"x","kind":"BASE_DUTY",
           "scope":{"includeLists":["%s"]},"origins":"*","validFrom":"2020-01-01",
           "rate":"5%%","provenance":{"source":"s","confidence":"V"}}]}
        """
        .formatted(list);
  }

  @Test
  void aRelativeListInsideTheFolderIsRead() throws Exception {
    Files.createDirectory(dir.resolve("lists"));
    Files.writeString(dir.resolve("lists/a.csv"), "hts8\n61091000\n");
    Path file = dir.resolve("s.json");
    Files.writeString(file, schedule("lists/a.csv"));

    assertThat(
            ScheduleJson.read(file)
                .measures()
                .get(0)
                .scope()
                .contains(ProductCode.parse("6109.10.00.10")))
        .isTrue();
  }

  @Test
  void anAbsolutePathIsRefusedNamingTheJsonPath() throws Exception {
    Path file = dir.resolve("s.json");
    Files.writeString(file, schedule("/etc/passwd"));

    assertThatThrownBy(() -> ScheduleJson.read(file))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("$.measures[0].scope.includeLists[0]")
        .hasMessageContaining("'/etc/passwd' is an absolute path");
  }

  @Test
  void aPathClimbingOutIsRefusedButAllowedOnRequest() throws Exception {
    Path inner = Files.createDirectory(dir.resolve("inner"));
    Files.writeString(dir.resolve("outside.csv"), "hts8\n61091000\n");
    Path file = inner.resolve("s.json");
    Files.writeString(file, schedule("../outside.csv"));

    assertThatThrownBy(() -> ScheduleJson.read(file))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("'../outside.csv' is outside the file's folder");
    assertThat(ScheduleJson.read(file, ReferencePolicy.ALLOW_EXTERNAL).measures()).hasSize(1);
  }

  @Test
  void aCatalogueCannotNameAScheduleOutsideItsFolder() throws Exception {
    Path inner = Files.createDirectory(dir.resolve("inner"));
    Path catalogue = inner.resolve("scenarios.json");
    Files.writeString(
        catalogue,
        """
        {"format":"tariff-impact/scenarios","version":1,"scenarios":[
          {"name":"x","description":"d","schedule":"../../../etc/hosts","asOf":"2025-01-01",
           "status":"s"}]}
        """);

    assertThatThrownBy(() -> ScenarioCatalogJson.read(catalogue))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessageContaining("$.scenarios[0].schedule")
        .hasMessageContaining("outside the file's folder");
  }

  @Test
  void aListWithABadLineQuotesAtMostFortyCharactersOfIt() throws Exception {
    Files.writeString(
        dir.resolve("l.csv"), "hts8\nroot:x:0:0:root:/root:/bin/bash-AND-EVERYTHING-ELSE\n");
    Path file = dir.resolve("s.json");
    Files.writeString(file, schedule("l.csv"));

    assertThatThrownBy(() -> ScheduleJson.read(file))
        .hasMessageContaining("line 2")
        .hasMessageContaining("'root:x:0:0:root:/root:/bin/bash-AND-EVER...(51 chars)'")
        .hasMessageNotContaining("ELSE");
  }
}
