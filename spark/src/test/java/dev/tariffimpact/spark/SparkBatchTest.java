package dev.tariffimpact.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.batch.BatchException;
import dev.tariffimpact.batch.GroupBy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkBatchTest {

  static final Path SAMPLE = Path.of("..", "data", "sample-shipments.csv");

  /** Two bundled groups (US and IN each), grouped by importer, category x origin, and chapter. */
  static final EngineSpec SPEC =
      EngineSpec.bundled()
          .group("2026-s122")
          .group("2026-current")
          .groupBy(GroupBy.IMPORTER)
          .groupBy(GroupBy.CATEGORY, GroupBy.ORIGIN)
          .groupBy(GroupBy.CHAPTER);

  @TempDir Path dir;

  static SparkSession spark() {
    return LocalSpark.session();
  }

  @Test
  void bundledSampleGivesTheLocalResultsToTheCent() {
    SparkBatchResult spark = TariffImpactSpark.of(spark(), SPEC).runCsv(SAMPLE.toString());
    LocalRun local = LocalRun.of(SPEC, SAMPLE);
    assertThat(spark.read()).isEqualTo(300); // 301 lines in the file, one the header
    // the sample's lines carry notes of several kinds (what-if dates, claims available, ...): the
    // aggregates compared below carry a count per kind
    assertThat(local.result().notes().values().stream().mapToInt(Map::size).max().orElse(0))
        .isGreaterThan(1);
    local.assertSameAs(spark);
    spark.release();
  }

  @Test
  void repeatedEntryIdRunsStayTwoEntriesAsLocally() throws IOException {
    // Entry A at rows 2 and 4 is two entries locally (row 3 ends the first), each with its own
    // MPF clamped to the maximum: 0.3464% of 200,000.00 = 692.80 is above it. Merged into one
    // entry they would share one maximum, half each. C is the same line alone: its fees are the
    // HMF (ocean, 0.125% of 200,000.00 = 250.00) plus the MPF maximum, so each A row must pay
    // exactly C's fees.
    String us = ",US,IN,6109.10.00,200000.00,USD,11,doz.,21.831,,,FOB,OCEAN,2025-10-22,2025-09-15,";
    Path csv =
        write(
            header(),
            "A" + us + "textiles-and-apparel,",
            "B" + us + "textiles-and-apparel,",
            "A" + us + "textiles-and-apparel,",
            "C" + us + "textiles-and-apparel,");
    SparkBatchResult spark =
        TariffImpactSpark.of(spark(), SPEC).withPartitions(1).runCsv(csv.toString());
    LocalRun.of(SPEC, csv).assertSameAs(spark);
    Map<Long, BigDecimal> fees =
        spark.lines().filter(col("scenario").equalTo("2026-s122")).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getLong(0), r -> r.getDecimal(10)));
    assertThat(fees.get(5L).subtract(new BigDecimal("250.00")))
        .isLessThan(new BigDecimal("692.80"));
    assertThat(fees.get(2L)).isEqualByComparingTo(fees.get(5L));
    assertThat(fees.get(4L)).isEqualByComparingTo(fees.get(5L));
  }

  @Test
  void brokenRowsAreRejectsWithTheirRowNumbersNotAFailedJob() throws IOException {
    List<String> rows = new ArrayList<>(Files.readAllLines(SAMPLE).subList(0, 12));
    rows.set(3, rows.get(3).replace("84137010", "84O37010")); // row 4: bad code
    rows.set(6, rows.get(6).replace("3907.61.00,1894.10", "3907.61.00,abc")); // row 7: bad number
    rows.add(8, ""); // row 9: empty line
    rows.add(10, "US-20261121-2,US,IN,6109.10.00"); // row 11: too few fields
    Path csv = write(rows.toArray(String[]::new));
    SparkBatchResult spark =
        TariffImpactSpark.of(spark(), SPEC).withPartitions(3).runCsv(csv.toString());
    LocalRun.of(SPEC, csv).assertSameAs(spark);
    List<String> codes =
        spark.rejects().orderBy("row").collectAsList().stream()
            .map(r -> r.getLong(0) + " " + r.getString(1))
            .toList();
    assertThat(codes)
        .containsExactly("4 BAD_CODE", "7 BAD_NUMBER", "9 EMPTY_LINE", "11 FIELD_COUNT");
    assertThat(spark.read()).isEqualTo(13); // 11 sample rows + 2 added
  }

  @Test
  void aDatasetInTheCsvSchemaGivesTheSameResults() {
    Dataset<Row> shipments = spark().read().option("header", "true").csv(SAMPLE.toString());
    SparkBatchResult spark = TariffImpactSpark.of(spark(), SPEC).run(shipments);
    LocalRun.of(SPEC, SAMPLE).assertSameAs(spark);
  }

  @Test
  void floatingPointAmountsAreRefused() {
    Dataset<Row> shipments =
        spark()
            .read()
            .option("header", "true")
            .csv(SAMPLE.toString())
            .withColumn("value", col("value").cast("double"));
    assertThatThrownBy(() -> TariffImpactSpark.of(spark(), SPEC).run(shipments))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'value' is double");
  }

  @Test
  void aRefusedHeaderStopsTheRunBeforeAnyRecord() throws IOException {
    Path csv = write(header() + ",comment", "A,US,IN,6109.10.00");
    assertThatThrownBy(() -> TariffImpactSpark.of(spark(), SPEC).runCsv(csv.toString()))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("comment");
  }

  @Test
  void aQuoteNotClosedOnItsLineFailsTheRunNamingTheRow() throws IOException {
    List<String> rows = new ArrayList<>(Files.readAllLines(SAMPLE).subList(0, 4));
    rows.set(2, rows.get(2).replace("industrial-goods", "\"industrial-goods"));
    Path csv = write(rows.toArray(String[]::new));
    assertThatThrownBy(() -> TariffImpactSpark.of(spark(), SPEC).runCsv(csv.toString()))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("row 3: unclosed quote");
  }

  @Test
  void anEmptyFileIsRefusedNamingIt() throws IOException {
    Path csv = Files.createTempFile(dir, "empty", ".csv");
    assertThatThrownBy(() -> TariffImpactSpark.of(spark(), SPEC).runCsv(csv.toString()))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("empty file");
  }

  @Test
  void entriesNeverSpanPartitions() {
    SparkBatchResult spark =
        TariffImpactSpark.of(spark(), SPEC).withPartitions(4).runCsv(SAMPLE.toString());
    Dataset<Row> perEntry =
        spark.lines().groupBy("entry_id").agg(countDistinct("partition").as("partitions"));
    assertThat(perEntry.filter(col("partitions").gt(1)).count()).isZero();
    // and the run did spread the entries: more than one partition has lines
    assertThat(spark.lines().select("partition").distinct().count()).isGreaterThan(1);
  }

  static String header() {
    return "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
        + "incoterm,mode,entry_date,export_date,category,components";
  }

  Path write(String... lines) throws IOException {
    Path f = Files.createTempFile(dir, "shipments", ".csv");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }
}
