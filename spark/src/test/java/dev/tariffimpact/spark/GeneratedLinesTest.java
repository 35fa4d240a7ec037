package dev.tariffimpact.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.sample.internal.SampleGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance run: 200,000 generated lines x 2 scenarios in local[2], as the local engine. */
class GeneratedLinesTest {

  static final int LINES = 200_000;

  @TempDir Path dir;

  @Test
  void twoHundredThousandLinesWithBrokenRowsGiveTheLocalResults() throws IOException {
    Path csv = dir.resolve("generated.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      SampleGenerator.of(20261130L, SampleGenerator.bundledUniverse()).write(LINES, w);
    }
    // three broken rows in the middle of the file: a bad code, a bad number, an empty line
    List<String> rows = new java.util.ArrayList<>(Files.readAllLines(csv));
    rows.set(1_000, breakCell(rows.get(1_000), 3, "99O9.10"));
    rows.set(100_000, breakCell(rows.get(100_000), 4, "1,5"));
    rows.add(150_000, "");
    Files.write(csv, rows, StandardCharsets.UTF_8);

    SparkBatchResult spark =
        TariffImpactSpark.of(LocalSpark.session(), SparkBatchTest.SPEC)
            .withPartitions(8)
            .runCsv(csv.toString());
    LocalRun local = LocalRun.of(SparkBatchTest.SPEC, csv);

    assertThat(spark.read()).isEqualTo(LINES + 1L);
    assertThat(spark.rejected()).isGreaterThanOrEqualTo(3);
    local.assertSameAs(spark);
    assertThat(spark.rejects().filter(col("row").isin(1_001L, 100_001L, 150_001L)).count())
        .isEqualTo(3);

    Dataset<Row> perEntry =
        spark.lines().groupBy("entry_id").agg(countDistinct("partition").as("partitions"));
    assertThat(perEntry.filter(col("partitions").gt(1)).count()).isZero();
    assertThat(spark.lines().select("partition").distinct().count()).isEqualTo(8);
    spark.release();
  }

  /** The row with one cell replaced (quoted, so a comma in the new value stays in the cell). */
  private static String breakCell(String row, int cell, String value) {
    String[] cells = CsvRecords.split(row);
    cells[cell] = value;
    return CsvRecords.join(cells);
  }
}
