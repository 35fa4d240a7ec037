package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The architecture and batch documents name only classes (and members) that exist: every backticked
 * class-like name ({@code CompiledSchedule}, {@code customs.internal.LinePlan}, {@code
 * FixedPoint.valuation}, {@code Rate.linear()}) is a source file of the reactor whose text holds
 * each member named after it, or a JDK or library class found on the class path. Lives in cli-demo,
 * the module that sees every other one and picocli.
 */
class DocsNamesTest {

  private static final Path ROOT = Path.of("..");

  /** A backticked span that names a class: optional package, the class, optional members. */
  private static final Pattern CLASS_LIKE =
      Pattern.compile(
          "^((?:[a-z][a-z0-9]*\\.)*)([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]{2,})"
              + "((?:\\.[A-Za-z_]\\w*)*)(?:\\(.*\\))?$");

  private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]+)`");

  /** Classes the documents cite from outside the project, by their full names. */
  private static final Map<String, String> OUTSIDE =
      Map.ofEntries(
          Map.entry("BigDecimal", "java.math.BigDecimal"),
          Map.entry("BigInteger", "java.math.BigInteger"),
          Map.entry("RoundingMode", "java.math.RoundingMode"),
          Map.entry("Executor", "java.util.concurrent.Executor"),
          Map.entry("ArithmeticException", "java.lang.ArithmeticException"),
          Map.entry("IllegalStateException", "java.lang.IllegalStateException"),
          Map.entry("Math", "java.lang.Math"),
          Map.entry("System", "java.lang.System"),
          Map.entry("ParameterException", "picocli.CommandLine$ParameterException"),
          Map.entry("CsvMapper", "tools.jackson.dataformat.csv.CsvMapper"),
          Map.entry(
              "DoubleStatistics", "org.apache.commons.statistics.descriptive.DoubleStatistics"),
          Map.entry("Quantile", "org.apache.commons.statistics.descriptive.Quantile"));

  /** Fully qualified names the documents cite from modules cli-demo does not depend on. */
  private static final Set<String> ELSEWHERE = Set.of("org.openjdk.jmh.Main");

  private static Map<String, List<Path>> sources;

  @BeforeAll
  static void indexSources() throws IOException {
    sources = sourcesByClassName();
  }

  @ParameterizedTest
  @ValueSource(strings = {"docs/architecture.md", "docs/batch.md"})
  void everyClassNamedInTheDocumentExists(String document) throws IOException {
    String text = Files.readString(ROOT.resolve(document));
    assertThat(unknownNames(text)).as(document).isEmpty();
    // The pattern still recognises the names: both documents name dozens of classes.
    assertThat(classLikeNames(text)).as(document).hasSizeGreaterThan(50);
  }

  @Test
  void aMissingClassOrMemberIsReported() {
    String text =
        "`CompiledSchedule` `customs.internal.LinePlan` `FixedPoint.valuation` `Rate.linear()`"
            + " `BigDecimal` `NoSuchRoom` `FixedPoint.noSuchStep` `com.example.Nothing`";
    assertThat(unknownNames(text))
        .containsExactly(
            "NoSuchRoom (no class NoSuchRoom)",
            "FixedPoint.noSuchStep (no noSuchStep in FixedPoint)",
            "com.example.Nothing (no class Nothing)");
  }

  private static List<String> classLikeNames(String text) {
    List<String> names = new ArrayList<>();
    Matcher spans = BACKTICKED.matcher(text);
    while (spans.find()) {
      if (CLASS_LIKE.matcher(spans.group(1)).matches()) {
        names.add(spans.group(1));
      }
    }
    return names;
  }

  private static List<String> unknownNames(String text) {
    List<String> unknown = new ArrayList<>();
    for (String span : classLikeNames(text)) {
      Matcher name = CLASS_LIKE.matcher(span);
      name.matches();
      String packages = name.group(1);
      String simple = name.group(2);
      // the classes of that name in that package (written from dev.tariffimpact or below it)
      String suffix = "/" + packages.replace('.', '/') + simple + ".java";
      List<Path> files =
          sources.getOrDefault(simple, List.of()).stream()
              .filter(p -> p.toString().replace('\\', '/').endsWith(suffix))
              .toList();
      if (files.isEmpty()) {
        if (!isOutsideClass(packages, simple)) {
          unknown.add(span + " (no class " + simple + ")");
        }
        continue;
      }
      String source = read(files);
      for (String member : name.group(3).split("\\.")) {
        if (!member.isEmpty() && !Pattern.compile("\\b" + member + "\\b").matcher(source).find()) {
          unknown.add(span + " (no " + member + " in " + simple + ")");
        }
      }
    }
    return unknown;
  }

  private static boolean isOutsideClass(String packages, String simple) {
    if (!packages.isEmpty()) {
      String full = packages + simple; // e.g. org.openjdk.jmh.Main, named in full
      return !full.startsWith("dev.") && (ELSEWHERE.contains(full) || exists(full));
    }
    String full = OUTSIDE.get(simple);
    return full != null && exists(full);
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, DocsNamesTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Every .java file under a module's src/main/java or src/test/java, by simple name. */
  private static Map<String, List<Path>> sourcesByClassName() throws IOException {
    Map<String, List<Path>> byName = new HashMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/"))
          .filter(p -> !p.toString().contains("/target/"))
          .forEach(
              p -> {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ".java".length());
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
              });
    }
    return byName;
  }

  private static String read(List<Path> files) {
    StringBuilder all = new StringBuilder();
    for (Path f : files) {
      try {
        all.append(Files.readString(f)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toString();
  }
}
