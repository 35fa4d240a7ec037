package dev.tariffimpact.bench;

import dev.tariffimpact.batch.BatchInput;
import dev.tariffimpact.batch.ShipmentColumns;
import java.nio.file.Path;
import java.util.List;

/**
 * Hand-run check that every peer gives our totals at full scale (the unit test does it on 5,000
 * lines): {@code java -Xmx14g -cp benchmarks/target/benchmarks.jar
 * dev.tariffimpact.bench.CheckAtScale 10000000 2} from the repository root. The workload is that of
 * the benchmarks ({@link Universe#standard()}: with the HTS lines when {@code
 * ../shared/reference/us-hts} is there, {@code -Dbench.universe=bundled} for the bundled lines
 * only). Prints the universe and the totals and exits non-zero on a difference.
 */
public final class CheckAtScale {

  private CheckAtScale() {}

  /**
   * Runs the check.
   *
   * @param args lines (default 10,000,000), scenarios (default 2)
   * @throws Exception on a database error
   */
  public static void main(String[] args) throws Exception {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int scenarios = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    System.out.println(Universe.standard().summary());
    Path csv = Workload.csv(lines);
    Totals fromFile = Totals.of(Workload.engine(scenarios, 2).run(BatchInput.csv(csv)));
    Totals inMemory =
        Totals.of(
            Workload.engine(scenarios, 2).run(BatchInput.lines(Workload.batchLines(csv, true))));
    // the benchmark's input: the lines as generated (g, t, carats included), converted once
    Totals columns =
        Totals.of(
            Workload.engine(scenarios, 2)
                .run(BatchInput.columns(ShipmentColumns.of(Workload.batchLines(csv)))));
    Totals duck;
    Totals duckCsv;
    try (DuckDbPeer peer = DuckDbPeer.open(Workload.scenarios(scenarios), 2)) {
      peer.load(csv);
      duck = peer.aggregates();
      duckCsv = peer.aggregates(csv);
    }
    List<ReferencePeer.RefLine> refLines = ReferencePeer.read(csv);
    Totals reference = new ReferencePeer(Workload.scenarios(scenarios)).run(refLines);
    System.out.println("ours (CSV file): " + fromFile.byScenario());
    boolean same =
        fromFile.equals(inMemory)
            && fromFile.equals(columns)
            && fromFile.equals(duck)
            && fromFile.equals(duckCsv)
            && fromFile.equals(reference);
    System.out.printf(
        "%,d lines x %d scenarios: ours in memory %s, ours ShipmentColumns %s, DuckDB table %s,"
            + " DuckDB read_csv %s, reference %s%n",
        lines,
        scenarios,
        fromFile.equals(inMemory) ? "equal" : "DIFFERENT",
        fromFile.equals(columns) ? "equal" : "DIFFERENT",
        fromFile.equals(duck) ? "equal" : "DIFFERENT",
        fromFile.equals(duckCsv) ? "equal" : "DIFFERENT",
        fromFile.equals(reference) ? "equal" : "DIFFERENT");
    if (!same) {
      System.exit(1);
    }
  }
}
