package dev.tariffimpact.batch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The content of {@code run.json}, the manifest written last into a batch output folder: which run
 * the files belong to, what it read (sizes and SHA-256), with which scenarios and options, its
 * counts, and the size and SHA-256 of every output file of the set. Documented in {@code
 * docs/batch.md}.
 */
final class RunManifest {

  /** The value of the manifest's {@code format} key. */
  static final String FORMAT = "tariff-impact/batch-run";

  private RunManifest() {}

  static Map<String, Object> of(
      OutputSet set,
      BatchOutput output,
      BatchOptions options,
      List<String> scenarios,
      OutputSet.Read source,
      BatchResult result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("version", 1);
    m.put("runId", set.runId());
    m.put("library", "tariff-impact-core " + libraryVersion());
    m.put("completedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    List<Map<String, Object>> inputs = new ArrayList<>();
    boolean sourceNamed = false;
    for (BatchOutput.Input input : output.inputs()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("role", input.role());
      i.put("path", input.file().toString());
      if (input.streamed() && source != null) {
        sourceNamed = true;
        i.put("bytes", source.bytes());
        i.put("sha256", source.hex());
      } else {
        String[] digest = OutputSet.digest(input.file());
        i.put("bytes", digest == null ? null : Long.valueOf(digest[0]));
        i.put("sha256", digest == null ? null : digest[1]);
      }
      inputs.add(i);
    }
    if (!sourceNamed && source != null) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("role", "shipments");
      i.put("path", null);
      i.put("bytes", source.bytes());
      i.put("sha256", source.hex());
      inputs.add(0, i);
    }
    m.put("inputs", inputs);
    m.put("scenarios", scenarios);
    m.put("command", output.command());
    Map<String, Object> o = new LinkedHashMap<>();
    o.put(
        "baseScenario", options.baseScenario() == null ? scenarios.get(0) : options.baseScenario());
    List<List<String>> groupings = new ArrayList<>();
    for (Set<GroupBy> g : options.groupings()) {
      groupings.add(g.stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
    o.put("groupings", groupings);
    o.put("lineResults", options.lineResults());
    o.put("failFast", options.failFast());
    o.put("distributions", options.distributions());
    o.put("threads", options.threads());
    o.put("chunkSize", options.chunkSize());
    m.put("options", o);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("read", result.read());
    counts.put("assessed", result.assessed());
    counts.put("rejected", result.rejected());
    counts.put("fallbackLines", result.fallbackLines());
    m.put("counts", counts);
    List<Map<String, Object>> outputs = new ArrayList<>();
    for (OutputSet.Written w : set.written()) {
      if (w.name.equals(OutputSet.MANIFEST)) {
        continue;
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("file", w.name);
      f.put("bytes", w.bytes());
      f.put("sha256", w.hex());
      outputs.add(f);
    }
    m.put("outputs", outputs);
    return m;
  }

  /** The version of core from its Maven metadata, or "development build" when run from classes. */
  static String libraryVersion() {
    try (InputStream in =
        RunManifest.class.getResourceAsStream(
            "/META-INF/maven/dev.tariffimpact/tariff-impact-core/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "development build");
      }
    } catch (IOException unreadable) {
      // fall through
    }
    String v = RunManifest.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }
}
