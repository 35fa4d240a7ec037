package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core jar as another project uses it after {@code mvn install}: a consumer compiled against
 * the packaged jar and its dependencies alone (no test classes, no CLI), run on the class path and,
 * as a named module requiring {@code dev.tariffimpact.core}, on the module path. It takes the
 * README "first five minutes" path, {@code BundledDataset.load().assess(entry, scenario)}, which
 * also proves the bundled data is readable from inside the named module.
 */
class CoreJarConsumerIT {

  private static final String MAIN =
      """
      package consumer;

      import dev.tariffimpact.customs.Assessment;
      import dev.tariffimpact.customs.Entry;
      import dev.tariffimpact.customs.ShipmentLine;
      import dev.tariffimpact.data.BundledDataset;
      import java.time.LocalDate;

      public final class Main {
        public static void main(String[] args) {
          Entry entry = Entry.of("US", ShipmentLine.builder("6109.10.00", "IN")
              .value("10000.00", "USD")
              .entryDate(LocalDate.parse("2025-09-15"))
              .build());
          Assessment a = BundledDataset.load().assess(entry, "us-in-2025-08-peak");
          System.out.println("duty " + a.dutyTotal() + " fees " + a.feeTotal());
        }
      }
      """;

  private static Path coreJar;
  private static List<Path> dependencies;

  @BeforeAll
  static void findTheJars() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "core", "target"))) {
      coreJar =
          files
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .matches("tariff-impact-core-[^-]+(-SNAPSHOT)?\\.jar"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("core jar not packaged in ../core/target"));
    }
    // The core's runtime dependencies, as Maven resolved them for this module: every jar on the
    // test class path except this project's own artifacts and the test libraries.
    dependencies =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(p -> p.toString().endsWith(".jar"))
            .filter(
                p -> {
                  String s = p.toString();
                  return s.contains("jackson")
                      || s.contains("commons-statistics")
                      || s.contains("commons-rng")
                      || s.contains("commons-numbers");
                })
            .toList();
    assertThat(dependencies).as("jackson and commons jars on the class path").isNotEmpty();
  }

  @Test
  void worksOnTheClassPath(@TempDir Path dir) throws Exception {
    Path src = write(dir.resolve("src"), "consumer/Main.java", MAIN);
    Path classes = dir.resolve("classes");
    String cp = path(coreJar, dependencies);
    compile(List.of("-cp", cp, "-d", classes.toString(), src.toString()));
    String out = run(List.of("-cp", classes + File.pathSeparator + cp, "consumer.Main"));
    // FACTS.md: 16.5% + 25% + 25% of 10,000 = 6,650.00 duty; MPF 34.64 + HMF 12.50 = 47.14 fees.
    assertThat(out).contains("duty 6650.00 fees 47.14");
  }

  @Test
  void worksOnTheModulePathAsANamedModule(@TempDir Path dir) throws Exception {
    Path src = write(dir.resolve("src"), "consumer/Main.java", MAIN);
    Path info =
        write(
            dir.resolve("src"),
            "module-info.java",
            "module consumer { requires dev.tariffimpact.core; }\n");
    Path classes = dir.resolve("mods").resolve("consumer");
    String mp = path(coreJar, dependencies);
    compile(
        List.of("--module-path", mp, "-d", classes.toString(), info.toString(), src.toString()));
    String out =
        run(
            List.of(
                "--module-path",
                classes + File.pathSeparator + mp,
                "-m",
                "consumer/consumer.Main"));
    assertThat(out).contains("duty 6650.00 fees 47.14");
  }

  private static String path(Path first, List<Path> rest) {
    return Stream.concat(Stream.of(first), rest.stream())
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void compile(List<String> args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK, not a JRE").isNotNull();
    int code = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(code).as("javac " + args).isZero();
  }

  private static String run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
