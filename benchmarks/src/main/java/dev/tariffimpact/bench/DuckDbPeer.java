package dev.tariffimpact.bench;

import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.EntryFee;
import dev.tariffimpact.customs.FeeBand;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Peer: DuckDB in-process over JDBC. The lines are a table (or {@code read_csv} of the same file),
 * the resolved per-(code, origin, scenario) layer rates a second table (precomputed with our
 * compiled schedules: the peer gets the flattening for free), the entry fee bands a third. The SQL
 * does the same work as our engine: customs value from incoterm, freight and insurance; per line,
 * scenario and layer {@code ROUND(value x fraction + quantity x per_unit + kg x per_kg, 2)} in
 * DECIMAL (DuckDB's ROUND on DECIMAL is half away from zero = HALF_UP for these non-negative
 * amounts); MPF and HMF per entry with a GROUP BY, clamped to the band before rounding; the same
 * aggregates (per scenario and per scenario and origin). Value, quantity and mass are cast to
 * DECIMAL(38) before they meet a rate: on the current data a 64-bit DECIMAL(18) product overflowed
 * (a quantity of 27,724.000 x a rate of 4.95 per unit, at scale 13), and DuckDB refuses rather than
 * rounds.
 */
public final class DuckDbPeer implements AutoCloseable {

  /** Line columns as typed for DuckDB; the names are those of the shipment CSV. */
  static final String COLUMNS =
      "{'entry_id': 'VARCHAR', 'importer': 'VARCHAR', 'origin': 'VARCHAR', 'code': 'VARCHAR',"
          + " 'value': 'DECIMAL(15,2)', 'currency': 'VARCHAR', 'quantity': 'DECIMAL(15,3)',"
          + " 'unit': 'VARCHAR', 'net_kg': 'DECIMAL(15,3)', 'freight': 'DECIMAL(15,2)',"
          + " 'insurance': 'DECIMAL(15,2)', 'incoterm': 'VARCHAR', 'mode': 'VARCHAR',"
          + " 'entry_date': 'DATE', 'export_date': 'DATE', 'category': 'VARCHAR'}";

  /** The computation; {@code %LINES%} is the table or the {@code read_csv} call. */
  static final String SQL =
      """
      WITH v AS (
        SELECT entry_id, code, origin, mode, entry_date,
               round(CAST(CASE WHEN incoterm IN ('CFR', 'CPT') THEN value - freight
                          WHEN incoterm IN ('CIF', 'CIP', 'DAP', 'DPU', 'DDP')
                            THEN value - freight - insurance
                          ELSE value END AS DECIMAL(38,2)) * x.factor, 2) AS cv,
               quantity,
               COALESCE(net_kg, CASE WHEN unit = 'kg' THEN quantity END) AS kg
        FROM %LINES% l
        JOIN fx x ON x.currency = l.currency AND x.day = COALESCE(l.export_date, l.entry_date)),
      d AS (
        SELECT r.scenario, v.origin,
               sum(round(CAST(v.cv AS DECIMAL(38,2)) * r.fraction
                   + CASE WHEN r.per_unit = 0 THEN 0 ELSE CAST(v.quantity AS DECIMAL(38,3)) * r.per_unit END
                   + CASE WHEN r.per_kg = 0 THEN 0 ELSE CAST(v.kg AS DECIMAL(38,3)) * r.per_kg END, 2)) AS duty
        FROM v JOIN rates r ON r.code = v.code AND r.origin = v.origin
        GROUP BY r.scenario, v.origin),
      o AS (SELECT origin, count(*) AS n, sum(cv) AS cv FROM v GROUP BY origin),
      em AS (SELECT entry_id, mode, entry_date, sum(cv) AS cv FROM v GROUP BY ALL),
      ef AS (
        SELECT em.entry_id, f.fee, any_value(f.fraction) AS fraction,
               any_value(f.min_fee) AS min_fee, any_value(f.max_fee) AS max_fee, sum(em.cv) AS cv
        FROM em JOIN fees f
          ON f.mode = em.mode AND em.entry_date BETWEEN f.date_from AND f.date_to
        GROUP BY em.entry_id, f.fee),
      fe AS (
        SELECT entry_id,
               round(CASE WHEN min_fee IS NULL THEN cv * fraction
                          ELSE least(greatest(cv * fraction, min_fee), max_fee) END, 2) AS fee
        FROM ef)
      %TAIL%""";

  static final String AGGREGATES =
      """
      SELECT d.scenario, d.origin, o.n, o.cv, d.duty, (SELECT sum(fee) FROM fe) AS fees
      FROM d JOIN o USING (origin)""";

  static final String ENTRY_FEES = "SELECT entry_id, sum(fee) FROM fe GROUP BY entry_id";

  /** Scale of the rate columns ({@code DECIMAL(18,10)}); {@link FlatRates} keeps within it. */
  private static final int RATE_SCALE = FlatRates.MAX_SCALE;

  private final Connection connection;
  private final List<String> scenarios;

  private DuckDbPeer(Connection connection, List<String> scenarios) {
    this.connection = connection;
    this.scenarios = scenarios;
  }

  /**
   * Opens an in-memory database with the rate and fee tables.
   *
   * @param scenarios the scenarios
   * @param threads DuckDB threads
   * @return the peer
   * @throws SQLException on a database error
   */
  public static DuckDbPeer open(List<Scenario> scenarios, int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    DuckDbPeer peer = new DuckDbPeer(c, scenarios.stream().map(Scenario::name).toList());
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET preserve_insertion_order = false");
      s.execute(
          "CREATE TABLE rates (code VARCHAR, origin VARCHAR, scenario VARCHAR, measure VARCHAR,"
              + " fraction DECIMAL(18,10), per_unit DECIMAL(18,10), per_kg DECIMAL(18,10))");
      s.execute("CREATE TABLE fx (currency VARCHAR, day DATE, factor DECIMAL(18,10))");
      s.execute(
          "CREATE TABLE fees (fee VARCHAR, mode VARCHAR, date_from DATE, date_to DATE,"
              + " fraction DECIMAL(18,10), min_fee DECIMAL(18,2), max_fee DECIMAL(18,2))");
    }
    Map<String, List<List<FlatRates.Layer>>> rates = Workload.rates(scenarios);
    // the appender, not a batched INSERT: with the HTS lines the table has millions of rows, and
    // a batched prepared statement of that size exhausts DuckDB's memory
    try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "rates")) {
      for (Map.Entry<String, List<List<FlatRates.Layer>>> e : rates.entrySet()) {
        String[] key = e.getKey().split("\\|");
        for (int s = 0; s < scenarios.size(); s++) {
          for (FlatRates.Layer layer : e.getValue().get(s)) {
            a.beginRow()
                .append(key[0])
                .append(key[1])
                .append(scenarios.get(s).name())
                .append(layer.measure())
                .append(layer.fraction().setScale(RATE_SCALE))
                .append(layer.perUnit().setScale(RATE_SCALE))
                .append(layer.perKg().setScale(RATE_SCALE))
                .endRow();
          }
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO fx VALUES (?,?,?)")) {
      for (Map.Entry<String, BigDecimal> e : Workload.fxFactors().entrySet()) {
        String[] key = e.getKey().split("\\|");
        p.setString(1, key[0]);
        p.setObject(2, java.time.LocalDate.parse(key[1]));
        p.setBigDecimal(3, e.getValue());
        p.addBatch();
      }
      p.executeBatch();
    }
    peer.loadFees(Workload.regime());
    return peer;
  }

  private void loadFees(CustomsRegime regime) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO fees VALUES (?,?,?,?,?,?,?)")) {
      for (EntryFee fee : regime.fees()) {
        Set<TransportMode> modes =
            fee.modes().isEmpty() ? Set.of(TransportMode.values()) : fee.modes();
        List<FeeBand> bands =
            fee.bands().isEmpty()
                ? List.of(
                    new FeeBand(
                        java.time.LocalDate.of(1, 1, 1),
                        java.time.LocalDate.of(9999, 12, 31),
                        null,
                        null,
                        null,
                        "no clamp"))
                : fee.bands();
        for (TransportMode mode : modes) {
          for (FeeBand band : bands) {
            if ((band.minimum() == null) != (band.maximum() == null)) {
              throw new IllegalStateException("the SQL clamps both ends: " + band);
            }
            p.setString(1, fee.id());
            p.setString(2, mode.name());
            p.setObject(3, band.fromInclusive());
            p.setObject(4, band.toInclusive());
            p.setBigDecimal(5, fee.percent().movePointLeft(2));
            p.setBigDecimal(6, band.minimum());
            p.setBigDecimal(7, band.maximum());
            p.addBatch();
          }
        }
      }
      p.executeBatch();
    }
  }

  /**
   * Loads the lines of a generated file into the table {@code lines} (setup, not timed).
   *
   * @param csv the file
   * @throws SQLException on a database error
   */
  public void load(Path csv) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS lines");
      s.execute("CREATE TABLE lines AS SELECT * FROM " + readCsv(csv));
    }
  }

  static String readCsv(Path csv) {
    return "read_csv('"
        + csv.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, auto_detect = false, quote = '', columns = "
        + COLUMNS
        + ")";
  }

  /**
   * The aggregates over the loaded table.
   *
   * @return the totals
   * @throws SQLException on a database error
   */
  public Totals aggregates() throws SQLException {
    return query(SQL.replace("%LINES%", "lines").replace("%TAIL%", AGGREGATES));
  }

  /**
   * The aggregates straight from the CSV file ({@code read_csv} + the same SQL).
   *
   * @param csv the file
   * @return the totals
   * @throws SQLException on a database error
   */
  public Totals aggregates(Path csv) throws SQLException {
    return query(SQL.replace("%LINES%", readCsv(csv)).replace("%TAIL%", AGGREGATES));
  }

  /**
   * Entry fees (MPF + HMF) per entry over the loaded table, for the correctness test.
   *
   * @return fees by entry id
   * @throws SQLException on a database error
   */
  public Map<String, BigDecimal> entryFees() throws SQLException {
    Map<String, BigDecimal> out = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(SQL.replace("%LINES%", "lines").replace("%TAIL%", ENTRY_FEES))) {
      while (r.next()) {
        out.put(r.getString(1), Totals.cents(r.getBigDecimal(2)));
      }
    }
    return out;
  }

  private Totals query(String sql) throws SQLException {
    Totals.Builder b = new Totals.Builder();
    BigDecimal fees = null;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        b.origin(
            r.getString(1), r.getString(2), r.getLong(3), r.getBigDecimal(4), r.getBigDecimal(5));
        fees = r.getBigDecimal(6);
      }
    }
    // entry fees do not depend on the scenario: charged once per entry, reported per scenario
    for (String scenario : scenarios) {
      b.fees(scenario, fees);
    }
    return b.build();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
