package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a one-quote start short, checked on the shaded jar as the launcher runs it: the quote
 * reads no picocli annotation (each annotation type read spins a proxy class the class-data archive
 * cannot keep), and the archive dump keeps every picocli class the quote loads (a lambda of a Java
 * 5 picocli interface would make the dump drop that interface and all its implementations). No
 * timing is asserted.
 */
class StartupArchiveIT {

  private static final String[] QUOTE = {
    "quote",
    "--importer",
    "US",
    "--origin",
    "IN",
    "--code",
    "6109.10.00",
    "--value",
    "10000",
    "--date",
    "2025-09-15"
  };

  private static List<String> java(String... options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    return command;
  }

  @Test
  void aQuoteReadsNoPicocliAnnotationAndTheArchiveKeepsPicocli(@TempDir Path dir) throws Exception {
    Path loaded = dir.resolve("loaded.txt");
    Path classes = dir.resolve("classes.lst");
    List<String> quote =
        java(
            "-Xlog:class+load:file=" + loaded + ":none",
            "-XX:DumpLoadedClassList=" + classes,
            "-jar",
            JarProcess.JAR.toString());
    quote.addAll(List.of(QUOTE));
    JarProcess run = JarProcess.run(dir, null, quote);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("16.5%");

    List<String> loadedClasses =
        Files.readAllLines(loaded, StandardCharsets.UTF_8).stream()
            .map(l -> l.split(" ")[0])
            .toList();
    assertThat(loadedClasses).as("class-load log").contains("dev.tariffimpact.cli.QuoteModel");
    // The annotation types are loaded only when picocli reads annotations of those kinds.
    assertThat(loadedClasses)
        .doesNotContain(
            "picocli.CommandLine$Option",
            "picocli.CommandLine$Mixin",
            "picocli.CommandLine$Spec",
            "picocli.CommandLine$ArgGroup");

    // The launcher's static dump, from this run's class list.
    List<String> dump =
        java(
            "-Xshare:dump",
            "-XX:SharedClassListFile=" + classes,
            "-XX:SharedArchiveFile=" + dir.resolve("quote.jsa"),
            "-Xlog:cds=warning",
            "-cp",
            JarProcess.JAR.toString());
    JarProcess archive = JarProcess.run(dir, null, dump);
    assumeTrue(archive.exit() == 0, "this JVM cannot dump a class-data archive: " + archive.err());
    assertThat((archive.out() + archive.err()).lines().filter(l -> l.contains("Skipping picocli")))
        .as("picocli classes the archive dump leaves out")
        .isEmpty();
    assertThat(archive.out() + archive.err()).doesNotContain("Skipping dev/tariffimpact/cli/");
  }
}
