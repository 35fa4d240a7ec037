package dev.tariffimpact.spark;

import static org.apache.spark.sql.functions.col;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchNote;
import dev.tariffimpact.batch.GroupBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * What a Spark run found: per-line results and rejects as datasets, the aggregates merged from the
 * partitions' exact sums (the local engine's, to the cent, in its order), and the counts.
 *
 * <p>{@code read() == assessed() + rejected()} always. The run's output is persisted (memory, then
 * disk); {@link #release()} frees it.
 */
public final class SparkBatchResult {

  /** Amounts in the line dataset: 4 decimals hold every money scale the engine gives. */
  private static final org.apache.spark.sql.types.DataType MONEY =
      DataTypes.createDecimalType(38, 4);

  private final Dataset<Row> output;
  private final List<String> scenarios;
  private final List<Set<GroupBy>> groupings;
  private final long read;
  private final long assessed;
  private final long rejected;
  private final long fallback;
  private final List<Aggregate> aggregates;

  SparkBatchResult(Dataset<Row> output, List<String> scenarios, List<Set<GroupBy>> groupings) {
    this.output = output;
    this.scenarios = List.copyOf(scenarios);
    this.groupings = groupings;
    long[] c = new long[4];
    List<Row> partials = new ArrayList<>();
    for (Row r :
        output
            .filter(col("kind").isin(PartitionOutput.COUNTS, PartitionOutput.AGGREGATE))
            .collectAsList()) {
      if (r.getString(0).equals(PartitionOutput.COUNTS)) {
        c[0] += r.getLong(r.fieldIndex("read"));
        c[1] += r.getLong(r.fieldIndex("lines"));
        c[2] += r.getLong(r.fieldIndex("rejected"));
        c[3] += r.getLong(r.fieldIndex("fallback"));
      } else {
        partials.add(r);
      }
    }
    this.read = c[0];
    this.assessed = c[1];
    this.rejected = c[2];
    this.fallback = c[3];
    if (read != assessed + rejected) {
      throw new IllegalStateException(
          "rows lost: read " + read + " != assessed " + assessed + " + rejected " + rejected);
    }
    this.aggregates = merge(partials);
  }

  /**
   * The result of every assessed line under every scenario: the columns of the batch's {@code
   * lines.csv} ({@code row, entry_id, importer, origin, code, category, scenario, currency,
   * customs_value, duty, fees, taxes, total_charges, landed_cost, delta}; amounts as {@code
   * decimal(38,4)}) and {@code partition}, the Spark partition that assessed the line's entry.
   *
   * @return the lines (empty when the run was made without line results)
   */
  public Dataset<Row> lines() {
    Column money =
        col("duty").cast(MONEY).plus(col("fees").cast(MONEY)).plus(col("taxes").cast(MONEY));
    return output
        .filter(col("kind").equalTo(PartitionOutput.LINE))
        .select(
            col("row"),
            col("entry_id"),
            col("importer"),
            col("origin"),
            col("code"),
            col("category"),
            col("scenario"),
            col("currency"),
            col("customs_value").cast(MONEY).as("customs_value"),
            col("duty").cast(MONEY).as("duty"),
            col("fees").cast(MONEY).as("fees"),
            col("taxes").cast(MONEY).as("taxes"),
            money.cast(MONEY).as("total_charges"),
            col("landed_cost").cast(MONEY).as("landed_cost"),
            col("delta").cast(MONEY).as("delta"),
            col("partition"));
  }

  /**
   * Every rejected row: {@code row, code, reason, raw} (the columns of {@code rejects.csv} and the
   * {@link dev.tariffimpact.batch.RejectReason} code), with the row numbers of the input.
   *
   * @return the rejects
   */
  public Dataset<Row> rejects() {
    return output
        .filter(col("kind").equalTo(PartitionOutput.REJECT))
        .select(col("row"), col("reject_code").as("code"), col("reason"), col("raw"));
  }

  /**
   * The aggregates, as the local engine gives them: by grouping (totals first), scenario and key.
   * Distribution statistics are null (see {@link EngineSpec}).
   *
   * @return the aggregates
   */
  public List<Aggregate> aggregates() {
    return aggregates;
  }

  /**
   * Returns the scenario names.
   *
   * @return the scenarios, the base first
   */
  public List<String> scenarios() {
    return scenarios;
  }

  /**
   * Returns the rows read.
   *
   * @return data rows read (the header not counted)
   */
  public long read() {
    return read;
  }

  /**
   * Returns the rows assessed.
   *
   * @return rows assessed under every scenario
   */
  public long assessed() {
    return assessed;
  }

  /**
   * Returns the rows rejected.
   *
   * @return rows rejected
   */
  public long rejected() {
    return rejected;
  }

  /**
   * Returns the lines the exact fallback assessed.
   *
   * @return lines assessed by the Assessor rather than the fixed-point path
   */
  public long fallbackLines() {
    return fallback;
  }

  /** Frees the persisted output of the run. */
  public void release() {
    output.unpersist();
  }

  /** Sums the partitions' aggregates per key; orders them as the local engine does. */
  private List<Aggregate> merge(List<Row> partials) {
    Map<List<Object>, Aggregate> sums = new HashMap<>();
    for (Row r : partials) {
      Aggregate a = aggregate(r);
      List<Object> key =
          java.util.Arrays.asList(
              a.scenario(), a.currency(), a.category(), a.chapter(), a.origin(), a.importer());
      sums.merge(key, a, SparkBatchResult::add);
    }
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    Comparator<Aggregate> order =
        Comparator.comparingInt(this::grouping)
            .thenComparingInt((Aggregate a) -> scenarios.indexOf(a.scenario()))
            .thenComparing(Aggregate::currency)
            .thenComparing(Aggregate::category, nullsFirst)
            .thenComparing(Aggregate::chapter, nullsFirst)
            .thenComparing(Aggregate::origin, nullsFirst)
            .thenComparing(Aggregate::importer, nullsFirst);
    return sums.values().stream().sorted(order).toList();
  }

  /** The index of an aggregate's grouping: the totals 0, then the spec's groupings in order. */
  private int grouping(Aggregate a) {
    Set<GroupBy> dims = EnumSet.noneOf(GroupBy.class);
    if (a.category() != null) {
      dims.add(GroupBy.CATEGORY);
    }
    if (a.chapter() != null) {
      dims.add(GroupBy.CHAPTER);
    }
    if (a.origin() != null) {
      dims.add(GroupBy.ORIGIN);
    }
    if (a.importer() != null) {
      dims.add(GroupBy.IMPORTER);
    }
    return groupings.indexOf(dims);
  }

  private static Aggregate aggregate(Row r) {
    BigDecimal cv = amount(r, "customs_value");
    BigDecimal duty = amount(r, "duty");
    return Aggregate.of(
            r.getString(r.fieldIndex("scenario")),
            r.getString(r.fieldIndex("currency")),
            r.getString(r.fieldIndex("category")),
            r.getString(r.fieldIndex("chapter")),
            r.getString(r.fieldIndex("origin")),
            r.getString(r.fieldIndex("importer")),
            r.getLong(r.fieldIndex("lines")),
            cv,
            duty,
            amount(r, "fees"),
            amount(r, "taxes"),
            amount(r, "landed_cost"),
            r.getLong(r.fieldIndex("landed_cost_unknown")),
            amount(r, "delta"),
            Aggregate.effectiveRate(duty, cv),
            null,
            null)
        .withNotes(PartitionOutput.notes(r.getString(r.fieldIndex("notes"))));
  }

  private static BigDecimal amount(Row r, String column) {
    String text = r.getString(r.fieldIndex(column));
    return text == null ? null : new BigDecimal(text);
  }

  /** Exact sums of two partial aggregates of one key; the rate recomputed as the engine does. */
  private static Aggregate add(Aggregate a, Aggregate b) {
    BigDecimal cv = a.customsValue().add(b.customsValue());
    BigDecimal duty = a.duty().add(b.duty());
    long unknown = a.landedCostUnknown() + b.landedCostUnknown();
    return Aggregate.of(
            a.scenario(),
            a.currency(),
            a.category(),
            a.chapter(),
            a.origin(),
            a.importer(),
            a.lines() + b.lines(),
            cv,
            duty,
            a.fees().add(b.fees()),
            a.taxes().add(b.taxes()),
            unknown > 0 ? null : a.landedCost().add(b.landedCost()),
            unknown,
            a.delta().add(b.delta()),
            Aggregate.effectiveRate(duty, cv),
            null,
            null)
        .withNotes(sumNotes(a.notes(), b.notes()));
  }

  private static Map<BatchNote, Long> sumNotes(Map<BatchNote, Long> a, Map<BatchNote, Long> b) {
    Map<BatchNote, Long> sum = new EnumMap<>(BatchNote.class);
    sum.putAll(a);
    b.forEach((note, n) -> sum.merge(note, n, Long::sum));
    return sum;
  }

  /** Prints the counts and the scenarios. */
  @Override
  public String toString() {
    return "SparkBatchResult{read="
        + read
        + ", assessed="
        + assessed
        + ", rejected="
        + rejected
        + ", scenarios="
        + scenarios
        + "}";
  }
}
