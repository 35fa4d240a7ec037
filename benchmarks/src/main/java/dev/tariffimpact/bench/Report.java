package dev.tariffimpact.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the medians of JMH JSON result files and the ratios ours/peer as Markdown tables.
 *
 * <p>Bulk and end-to-end rows: median time per operation (all measurement iterations of all forks),
 * throughput {@code lines x scenarios / median time}, and {@code ours/peer = peer time / our time}
 * (above 1: we are faster). The floor column gives {@code our time / floor time} (how many times
 * the bare loads we take). In memory, "ours" is the engine on {@code ShipmentColumns} (the lines
 * converted once, in setup, as DuckDB's table is loaded in setup), aggregates only; "list" the
 * engine on the {@code BatchLine} objects (converted on every run); "+ distributions" the engine on
 * columns also computing the distribution statistics the peers do not. The reference peer is
 * single-threaded; its figure is compared with both thread counts.
 */
public final class Report {

  private Report() {}

  private record Key(String group, int lines, int scenarios, int threads)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = group.compareTo(o.group);
      if (c == 0) {
        c = Integer.compare(lines, o.lines);
      }
      if (c == 0) {
        c = Integer.compare(scenarios, o.scenarios);
      }
      return c != 0 ? c : Integer.compare(threads, o.threads);
    }
  }

  /**
   * Prints the report.
   *
   * @param args JMH JSON files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<Key, Map<String, Double>> rows = new TreeMap<>();
    List<String> single = new ArrayList<>();
    for (String arg : args) {
      JsonNode root = mapper.readTree(Files.readString(Path.of(arg)));
      for (JsonNode run : root) {
        String name = run.get("benchmark").asString();
        String method = name.substring(name.lastIndexOf('.') + 1);
        String cls = name.substring(0, name.lastIndexOf('.'));
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        List<Double> raw = new ArrayList<>();
        for (JsonNode fork : run.get("primaryMetric").get("rawData")) {
          for (JsonNode v : fork) {
            raw.add(v.asDouble());
          }
        }
        double median = median(raw);
        String unit = run.get("primaryMetric").get("scoreUnit").asString();
        JsonNode params = run.get("params");
        if (params == null || params.get("lines") == null) {
          single.add(
              String.format(
                  Locale.ROOT,
                  "| %s.%s | %,.1f %s | %d iterations, min %,.1f, max %,.1f |",
                  cls,
                  method,
                  median,
                  unit,
                  raw.size(),
                  Collections.min(raw),
                  Collections.max(raw)));
          continue;
        }
        if (!unit.equals("ms/op")) {
          throw new IllegalStateException(name + ": expected ms/op, got " + unit);
        }
        Key key =
            new Key(
                cls.startsWith("Bulk") ? "in memory" : "end to end (CSV file)",
                params.get("lines").asInt(),
                params.get("scenarios").asInt(),
                params.get("threads").asInt());
        JsonNode input = params.get("input");
        if (input != null && input.asString().equals("list")) {
          method = method + "-list";
        }
        JsonNode distributions = params.get("distributions");
        if (distributions != null && distributions.asString().equals("true")) {
          method = method + "-dist";
        }
        rows.computeIfAbsent(key, k -> new TreeMap<>()).put(method, median);
      }
    }
    if (!single.isEmpty()) {
      System.out.println("| benchmark | median | spread |");
      System.out.println("| --- | --- | --- |");
      single.forEach(System.out::println);
      System.out.println();
    }
    System.out.println(
        "| workload | lines | scen. | threads | ours ms | ours line-scen./s | DuckDB ms |"
            + " ours/DuckDB | reference ms | ours/reference | floor ms | ours time / floor |"
            + " ours list ms | list/DuckDB | ours + distributions ms | that/DuckDB |");
    System.out.println(
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            + " ---: | ---: | ---: |");
    for (Map.Entry<Key, Map<String, Double>> e : rows.entrySet()) {
      Key k = e.getKey();
      Map<String, Double> m = e.getValue();
      Double ours = m.get("ours");
      Double reference = m.get("reference");
      if (m.keySet().equals(java.util.Set.of("reference"))
          && rows.containsKey(new Key(k.group, k.lines, k.scenarios, 2))) {
        continue; // shown on the 2-thread row
      }
      if (reference == null) {
        Map<String, Double> one = rows.get(new Key(k.group, k.lines, k.scenarios, 1));
        reference = one == null ? null : one.get("reference");
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %,d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          k.group,
          k.lines,
          k.scenarios,
          k.threads,
          ms(ours),
          ours == null
              ? "-"
              : String.format(Locale.ROOT, "%,.0f", k.lines * (double) k.scenarios / ours * 1000),
          ms(m.get("duckdb")),
          ratio(m.get("duckdb"), ours),
          ms(reference),
          ratio(reference, ours),
          ms(m.get("floor")),
          ratio(ours, m.get("floor")),
          ms(m.get("ours-list")),
          ratio(m.get("duckdb"), m.get("ours-list")),
          ms(m.get("ours-dist")),
          ratio(m.get("duckdb"), m.get("ours-dist")));
    }
  }

  private static String ms(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String ratio(Double numerator, Double denominator) {
    return numerator == null || denominator == null
        ? "-"
        : String.format(Locale.ROOT, "%.2fx", numerator / denominator);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
