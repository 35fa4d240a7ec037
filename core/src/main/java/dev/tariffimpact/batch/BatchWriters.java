package dev.tariffimpact.batch;

import dev.tariffimpact.batch.internal.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes batch outputs: {@code lines.csv}, {@code rejects.csv}, {@code aggregates.csv}, {@code
 * aggregates.json} and the manifest {@code run.json}, all or nothing ({@link OutputSet}). Every CSV
 * text cell goes through {@link dev.tariffimpact.io.csv.SpreadsheetSafe#cell}. Not thread-safe;
 * used by one run.
 */
final class BatchWriters implements AutoCloseable {

  static final String LINES = "lines.csv";
  static final String REJECTS = "rejects.csv";
  static final String AGGREGATES_CSV = "aggregates.csv";
  static final String AGGREGATES_JSON = "aggregates.json";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final OutputSet set;
  private final BatchOutput output;
  private final BatchOptions options;
  private final List<String> scenarios;
  private final BufferedWriter lines;
  private final BufferedWriter rejects;
  private final StringBuilder sb = new StringBuilder(256);
  private OutputSet.Read source;

  private BatchWriters(
      OutputSet set,
      BatchOutput output,
      BatchOptions options,
      List<String> scenarios,
      BufferedWriter lines,
      BufferedWriter rejects) {
    this.set = set;
    this.output = output;
    this.options = options;
    this.scenarios = scenarios;
    this.lines = lines;
    this.rejects = rejects;
  }

  /**
   * Opens the temporary files of a run's outputs (see {@link OutputSet}): refuses an output that is
   * one of the inputs, and a folder another run is writing to.
   */
  static BatchWriters open(BatchOutput output, BatchOptions options, List<String> scenarios)
      throws IOException {
    OutputSet set = OutputSet.open(output);
    try {
      BufferedWriter r = writer(set, REJECTS);
      r.write("row,reason,raw\n");
      BufferedWriter l = null;
      if (options.lineResults()) {
        l = writer(set, LINES);
        l.write(
            "row,entry_id,importer,origin,code,category,scenario,currency,customs_value,duty,fees,"
                + "taxes,total_charges,landed_cost,delta\n");
      }
      return new BatchWriters(set, output, options, scenarios, l, r);
    } catch (IOException | RuntimeException e) {
      set.close();
      throw e;
    }
  }

  private static BufferedWriter writer(OutputSet set, String name) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(set.create(name), StandardCharsets.UTF_8), 1 << 16);
  }

  /** The shipment stream, read through a digest so {@code run.json} records its size and hash. */
  InputStream source(InputStream in) {
    source = new OutputSet.Read(in);
    return source;
  }

  /** Writes the aggregates and the manifest and moves every output into place (all or nothing). */
  void commit(BatchResult result) throws IOException {
    rejects.close();
    if (lines != null) {
      lines.close();
    }
    writeAggregates(result.aggregates());
    Map<String, Object> manifest = RunManifest.of(set, output, options, scenarios, source, result);
    try (OutputStream out = set.create(OutputSet.MANIFEST)) {
      JSON.writeValue(out, manifest);
    }
    set.commit();
  }

  void line(LineResult r) {
    if (lines == null) {
      return;
    }
    sb.setLength(0);
    sb.append(r.row()).append(',');
    Csv.text(sb, r.entryId());
    sb.append(',');
    Csv.text(sb, r.importer());
    sb.append(',');
    Csv.text(sb, r.origin());
    sb.append(',');
    Csv.text(sb, r.code());
    sb.append(',');
    Csv.text(sb, r.category());
    sb.append(',');
    Csv.text(sb, r.scenario());
    sb.append(',');
    Csv.text(sb, r.currency());
    sb.append(',').append(r.customsValue().toPlainString());
    sb.append(',').append(r.duty().toPlainString());
    sb.append(',').append(r.fees().toPlainString());
    sb.append(',').append(r.taxes().toPlainString());
    sb.append(',').append(r.totalCharges().toPlainString());
    sb.append(',').append(r.landedCost() == null ? "" : r.landedCost().toPlainString());
    sb.append(',').append(r.delta().toPlainString()).append('\n');
    write(lines, sb);
  }

  void reject(Reject r) {
    sb.setLength(0);
    sb.append(r.row()).append(',');
    Csv.text(sb, r.reason());
    sb.append(',');
    Csv.text(sb, r.raw());
    sb.append('\n');
    write(rejects, sb);
  }

  private static void write(BufferedWriter w, CharSequence s) {
    try {
      w.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the temporary files unless {@link #commit} moved them into place. */
  @Override
  public void close() throws IOException {
    set.close();
  }

  static final List<String> AGGREGATE_COLUMNS =
      List.of(
          "scenario",
          "currency",
          "category",
          "chapter",
          "origin",
          "importer",
          "lines",
          "customs_value",
          "duty",
          "fees",
          "taxes",
          "total_charges",
          "landed_cost",
          "landed_cost_unknown_lines",
          "delta",
          "effective_rate",
          "rate_mean",
          "rate_sd",
          "rate_min",
          "rate_p5",
          "rate_p25",
          "rate_p50",
          "rate_p75",
          "rate_p95",
          "rate_max",
          "rate_percentiles",
          "delta_mean",
          "delta_sd",
          "delta_min",
          "delta_p5",
          "delta_p25",
          "delta_p50",
          "delta_p75",
          "delta_p95",
          "delta_max",
          "delta_percentiles");

  private void writeAggregates(List<Aggregate> aggregates) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Aggregate a : aggregates) {
      rows.add(row(a));
    }
    // one row at a time: a group key may be very long (a category cell of a million characters),
    // so the whole file is never held as one string (HostileInputIT runs this in 64 MB)
    try (Writer out = new OutputStreamWriter(set.create(AGGREGATES_CSV), StandardCharsets.UTF_8)) {
      out.append(String.join(",", AGGREGATE_COLUMNS)).append('\n');
      StringBuilder sb = new StringBuilder();
      for (Map<String, Object> row : rows) {
        sb.setLength(0);
        boolean first = true;
        for (String column : AGGREGATE_COLUMNS) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          Object v = row.get(column);
          if (v == null) {
            continue;
          }
          if (v instanceof String s) {
            Csv.text(sb, s);
          } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
          } else {
            sb.append(v);
          }
        }
        sb.append('\n');
        out.append(sb);
      }
    }
    try (OutputStream out = set.create(AGGREGATES_JSON)) {
      JSON.writeValue(out, rows.stream().map(BatchWriters::jsonRow).toList());
    }
  }

  /**
   * The JSON form of a row: money and rates as exact decimal strings ({@code "1650.00"}), as in
   * every JSON the tool writes; the distribution statistics stay numbers (they are computed in
   * binary floating point, not exact money), rounded to 4 decimals so no 15-digit tails appear.
   */
  private static Map<String, Object> jsonRow(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach(
        (k, v) ->
            out.put(
                k,
                v instanceof BigDecimal d
                    ? d.toPlainString()
                    : v instanceof Double x
                        ? BigDecimal.valueOf(x).setScale(4, java.math.RoundingMode.HALF_EVEN)
                        : v));
    return out;
  }

  private static Map<String, Object> row(Aggregate a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", a.scenario());
    m.put("currency", a.currency());
    m.put("category", a.category());
    m.put("chapter", a.chapter());
    m.put("origin", a.origin());
    m.put("importer", a.importer());
    m.put("lines", a.lines());
    m.put("customs_value", a.customsValue());
    m.put("duty", a.duty());
    m.put("fees", a.fees());
    m.put("taxes", a.taxes());
    m.put("total_charges", a.totalCharges());
    m.put("landed_cost", a.landedCost());
    m.put("landed_cost_unknown_lines", a.landedCostUnknown());
    m.put("delta", a.delta());
    m.put("effective_rate", a.effectiveRate());
    stats(m, "rate_", a.rates());
    stats(m, "delta_", a.deltas());
    // JSON only (an object, not a CSV column): lines per note code, {} when none
    Map<String, Long> notes = new LinkedHashMap<>();
    a.notes().forEach((note, lines) -> notes.put(note.code(), lines));
    m.put("notes", notes);
    return m;
  }

  private static void stats(Map<String, Object> m, String prefix, Distribution d) {
    if (d == null) { // distributions were off: the columns stay, empty
      for (String k :
          List.of("mean", "sd", "min", "p5", "p25", "p50", "p75", "p95", "max", "percentiles")) {
        m.put(prefix + k, null);
      }
      return;
    }
    m.put(prefix + "mean", finite(d.mean()));
    m.put(prefix + "sd", finite(d.standardDeviation()));
    m.put(prefix + "min", finite(d.min()));
    m.put(prefix + "p5", finite(d.p5()));
    m.put(prefix + "p25", finite(d.p25()));
    m.put(prefix + "p50", finite(d.p50()));
    m.put(prefix + "p75", finite(d.p75()));
    m.put(prefix + "p95", finite(d.p95()));
    m.put(prefix + "max", finite(d.max()));
    // exact: the values' own percentiles (small groups); sketch: within 0.1% relative error
    m.put(prefix + "percentiles", d.exactPercentiles() ? "exact" : "sketch");
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
