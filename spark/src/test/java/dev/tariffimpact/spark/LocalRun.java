package dev.tariffimpact.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchSink;
import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.batch.Reject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** A local run of the spec's engine on a CSV file: the oracle the Spark results must equal. */
record LocalRun(BatchResult result, List<LineResult> lines, List<Reject> rejects) {

  static LocalRun of(EngineSpec spec, Path csv) {
    List<LineResult> lines = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    BatchResult r = spec.build().run(BatchInput.csv(csv), BatchSink.of(lines::add, rejects::add));
    return new LocalRun(r, lines, rejects);
  }

  /** Every count, aggregate, line (every amount, to the cent and below) and reject is the same. */
  void assertSameAs(SparkBatchResult spark) {
    assertThat(spark.read()).isEqualTo(result.read());
    assertThat(spark.assessed()).isEqualTo(result.assessed());
    assertThat(spark.rejected()).isEqualTo(result.rejected());
    assertThat(spark.fallbackLines()).isEqualTo(result.fallbackLines());
    assertThat(spark.scenarios()).isEqualTo(result.scenarios());
    assertThat(spark.aggregates()).containsExactlyElementsOf(result.aggregates());

    List<String> sparkRejects =
        spark.rejects().orderBy("row").collectAsList().stream()
            .map(r -> r.getLong(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.get(3))
            .toList();
    assertThat(sparkRejects)
        .containsExactlyElementsOf(
            rejects.stream()
                .map(r -> r.row() + "|" + r.code() + "|" + r.reason() + "|" + r.raw())
                .toList());

    List<String> sparkLines =
        spark.lines().orderBy("row", "scenario").collectAsList().stream()
            .map(LocalRun::text)
            .toList();
    List<String> localLines =
        lines.stream()
            .sorted(
                java.util.Comparator.comparingLong(LineResult::row)
                    .thenComparing(LineResult::scenario))
            .map(LocalRun::text)
            .toList();
    assertThat(sparkLines).hasSize(localLines.size()).containsExactlyElementsOf(localLines);
  }

  private static String text(Row r) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 15; k++) {
      Object v = r.get(k);
      b.append(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v)).append('|');
    }
    return b.toString();
  }

  private static String text(LineResult l) {
    return String.join(
            "|",
            Long.toString(l.row()),
            l.entryId(),
            l.importer(),
            l.origin(),
            l.code(),
            l.category(),
            l.scenario(),
            l.currency(),
            four(l.customsValue()),
            four(l.duty()),
            four(l.fees()),
            four(l.taxes()),
            four(l.totalCharges()),
            four(l.landedCost()),
            four(l.delta()))
        + "|";
  }

  /** The Spark decimal(38,4) text of an amount (exact: the engine's scales are at most 4). */
  private static String four(BigDecimal amount) {
    return amount == null ? "null" : amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
  }
}
