package dev.tariffimpact.batch.internal;

import static dev.tariffimpact.batch.ShipmentCsv.CODE;
import static dev.tariffimpact.batch.ShipmentCsv.CURRENCY;
import static dev.tariffimpact.batch.ShipmentCsv.ENTRY_DATE;
import static dev.tariffimpact.batch.ShipmentCsv.ENTRY_ID;
import static dev.tariffimpact.batch.ShipmentCsv.EXPORT_DATE;
import static dev.tariffimpact.batch.ShipmentCsv.FREIGHT;
import static dev.tariffimpact.batch.ShipmentCsv.IMPORTER;
import static dev.tariffimpact.batch.ShipmentCsv.INSURANCE;
import static dev.tariffimpact.batch.ShipmentCsv.MODE;
import static dev.tariffimpact.batch.ShipmentCsv.NET_KG;
import static dev.tariffimpact.batch.ShipmentCsv.ORIGIN;
import static dev.tariffimpact.batch.ShipmentCsv.QUANTITY;
import static dev.tariffimpact.batch.ShipmentCsv.VALUE;

import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.batch.RejectReason;
import dev.tariffimpact.batch.ShipmentCsv;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.Countries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns CSV rows (or in-memory lines) into chunk columns, rejecting invalid rows with a specific
 * reason. Thread-safe: the caches are concurrent and only memoise pure functions of the text.
 */
public final class RowParser {

  /** Each ISO 3166 alpha-2 code to one shared instance (its hash is computed once, not per row). */
  private static final Map<String, String> COUNTRIES = new java.util.HashMap<>();

  static {
    for (String country : Countries.all()) {
      COUNTRIES.put(country, country);
    }
  }

  private final HeaderLayout header;
  private final int[] at; // column index of each required column, by REQUIRED_COLUMNS order
  private final int category;
  private final int components;
  private final Map<String, String> importers = new java.util.HashMap<>();
  private final Map<String, Object> codes = new ConcurrentHashMap<>();
  private final Map<String, Object> currencies = new ConcurrentHashMap<>();
  private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();

  /**
   * Creates a parser for a header.
   *
   * @param header the header's layout
   * @param importers the importers the batch has scenarios for
   */
  public RowParser(HeaderLayout header, Set<String> importers) {
    this.header = header;
    this.at = new int[header.requiredCount()];
    for (int r = 0; r < at.length; r++) {
      at[r] = header.required(r);
    }
    this.category = header.category();
    this.components = header.components();
    importers.forEach(i -> this.importers.put(i, i));
  }

  /** Returns the index of the entry-id column. */
  public int entryIdColumn() {
    return header.entryIdColumn();
  }

  /** A row that cannot become a line: unwinds {@link #fill} to {@link #parse}, without a stack. */
  private static final class RowReject extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RejectReason code;

    RowReject(RejectReason code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  /**
   * Parses rows into a chunk.
   *
   * @param chunk the chunk to fill
   * @param rows the rows' cells
   * @param rowNumbers their row numbers
   */
  public void parse(Chunk chunk, List<String[]> rows, long[] rowNumbers) {
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      long row = rowNumbers[r];
      int i = chunk.add();
      try {
        fill(chunk, i, cells);
        chunk.row[i] = row;
        chunk.source[i] = cells;
        String problem = chunk.place(i);
        if (problem != null) {
          throw new RowReject(RejectReason.ENTRY_INCONSISTENT, problem);
        }
      } catch (RowReject e) {
        chunk.dropLast();
        chunk.rejects.add(Reject.of(row, Csv.join(cells), e.code, e.getMessage()));
      }
    }
    chunk.finish();
  }

  private void fill(Chunk c, int i, String[] cells) {
    if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
      throw new RowReject(RejectReason.EMPTY_LINE, "empty line");
    }
    if (cells.length > header.width()) {
      throw new RowReject(
          RejectReason.FIELD_COUNT,
          "too many fields: " + cells.length + " fields, the header has " + header.width());
    }
    if (cells.length < header.width()) {
      for (int r = 0; r < at.length; r++) {
        if (at[r] >= cells.length) {
          throw new RowReject(
              RejectReason.FIELD_COUNT,
              "missing column '"
                  + ShipmentCsv.REQUIRED_COLUMNS.get(r)
                  + "': "
                  + cells.length
                  + " fields, the header has "
                  + header.width());
        }
      }
      for (int optional : new int[] {category, components}) {
        if (optional >= cells.length) {
          throw new RowReject(
              RejectReason.FIELD_COUNT,
              "missing column '"
                  + header.name(optional)
                  + "': "
                  + cells.length
                  + " fields, the header has "
                  + header.width());
        }
      }
    }
    c.entryId[i] = required(cells, 0, ENTRY_ID);
    String importerText = required(cells, 1, IMPORTER);
    String importer = importers.get(importerText);
    if (importer == null) {
      throw new RowReject(
          RejectReason.NO_SCENARIO,
          "importer '"
              + importerText
              + "' has no scenario in this batch (have "
              + new java.util.TreeSet<>(importers.keySet())
              + ")");
    }
    c.importer[i] = importer;
    String originText = required(cells, 2, ORIGIN);
    String origin = COUNTRIES.get(originText);
    if (origin == null) {
      throw new RowReject(
          RejectReason.BAD_ORIGIN,
          "bad origin '" + originText + "': not an ISO 3166 alpha-2 country code");
    }
    c.origin[i] = origin;
    c.code[i] = code(required(cells, 3, CODE));
    Currency currency = currency(required(cells, 5, CURRENCY));
    c.currency[i] = currency;
    c.category[i] = category < 0 ? "" : cells[category].strip();
    c.mode[i] = mode(required(cells, 12, MODE));
    String incoterm = cells[at[11]].strip();
    c.incoterm[i] = incoterm.isEmpty() ? Incoterm.FOB : incoterm(incoterm);
    c.entryDate[i] = date(required(cells, 13, ENTRY_DATE), ENTRY_DATE);
    String export = cells[at[14]].strip();
    c.exportDate[i] = export.isEmpty() ? c.entryDate[i] : date(export, EXPORT_DATE);
    if (c.exportDate[i].isAfter(c.entryDate[i])) {
      throw new RowReject(
          RejectReason.BAD_DATE,
          "export_date " + c.exportDate[i] + " is after entry_date " + c.entryDate[i]);
    }
    String value = required(cells, 4, VALUE);
    String freight = cells[at[9]].strip();
    String insurance = cells[at[10]].strip();
    String quantity = cells[at[6]].strip();
    String unitText = cells[at[7]].strip();
    String netKg = cells[at[8]].strip();
    Unit unit = null;
    if (!unitText.isEmpty()) {
      try {
        unit = Unit.parse(unitText);
      } catch (IllegalArgumentException e) {
        throw new RowReject(RejectReason.UNKNOWN_TERM, "unknown unit '" + unitText + "'");
      }
    }
    if (!quantity.isEmpty() && unit == null) {
      throw new RowReject(
          RejectReason.INCONSISTENT_LINE,
          "quantity '" + quantity + "' has no unit (column unit is empty)");
    }
    c.value[i] = Fixed.parse(value, Fixed.MONEY_SCALE);
    c.freight[i] = freight.isEmpty() ? Fixed.ABSENT : Fixed.parse(freight, Fixed.MONEY_SCALE);
    c.insurance[i] = insurance.isEmpty() ? Fixed.ABSENT : Fixed.parse(insurance, Fixed.MONEY_SCALE);
    c.quantity[i] = quantity.isEmpty() ? Fixed.ABSENT : Fixed.parse(quantity, Fixed.QUANTITY_SCALE);
    c.unit[i] = quantity.isEmpty() ? null : unit;
    c.netKg[i] = netKg.isEmpty() ? Fixed.ABSENT : Fixed.parse(netKg, Fixed.QUANTITY_SCALE);
    boolean exotic =
        c.value[i] == Fixed.ABSENT
            || (!freight.isEmpty() && c.freight[i] == Fixed.ABSENT)
            || (!insurance.isEmpty() && c.insurance[i] == Fixed.ABSENT)
            || (!quantity.isEmpty() && c.quantity[i] == Fixed.ABSENT)
            || (!netKg.isEmpty() && c.netKg[i] == Fixed.ABSENT);
    boolean massUnit = unit != null && unit.dimension() == Dimension.MASS && !quantity.isEmpty();
    String componentText = components < 0 ? "" : cells[components].strip();
    exotic |= !componentText.isEmpty();
    if (!exotic && !massUnit) {
      c.object[i] = null;
      return;
    }
    long kilograms = Fixed.ABSENT;
    if (!exotic) {
      try {
        kilograms =
            Fixed.unscaled(
                Fixed.decimal(c.quantity[i], Fixed.QUANTITY_SCALE)
                    .multiply(unit.factor())
                    .divide(Unit.KG.factor()),
                Fixed.QUANTITY_SCALE);
      } catch (ArithmeticException notExactInKilograms) {
        kilograms = Fixed.ABSENT;
      }
    }
    if (kilograms != Fixed.ABSENT) {
      // a mass quantity is the net mass: one MASS quantity, kept in kilograms in the net_kg
      // column (the conversion is exact, so every per-mass rate gives the same amount)
      if (c.netKg[i] != Fixed.ABSENT && c.netKg[i] != kilograms) {
        throw new RowReject(
            RejectReason.INCONSISTENT_LINE,
            "net_kg " + netKg + " contradicts quantity " + quantity + " " + unit.symbol());
      }
      c.netKg[i] = kilograms;
      c.quantity[i] = Fixed.ABSENT;
      c.unit[i] = null;
      c.object[i] = null;
      return;
    }
    // Slow but exact: negative numbers, more decimals than the columns hold, or a mass quantity
    // that must agree with net_kg. Builds the object (and its validation) once.
    BigDecimal v = decimal(value, VALUE);
    ShipmentLine.Builder b =
        ShipmentLine.builder(c.code[i], origin)
            .value(v, currency)
            .incoterm(c.incoterm[i])
            .transportMode(c.mode[i])
            .entryDate(c.entryDate[i])
            .exportDate(c.exportDate[i]);
    if (!freight.isEmpty()) {
      b.freight(decimal(freight, FREIGHT));
    }
    if (!insurance.isEmpty()) {
      b.insurance(decimal(insurance, INSURANCE));
    }
    BigDecimal kg = netKg.isEmpty() ? null : decimal(netKg, NET_KG);
    if (!quantity.isEmpty()) {
      Quantity q = Quantity.of(decimal(quantity, QUANTITY), unit);
      if (massUnit && kg != null && q.in(Unit.KG).compareTo(kg) != 0) {
        throw new RowReject(
            RejectReason.INCONSISTENT_LINE,
            "net_kg " + netKg + " contradicts quantity " + quantity + " " + unit.symbol());
      }
      b.quantity(q);
    }
    if (kg != null && !massUnit) {
      b.quantity(Quantity.of(kg, Unit.KG));
    }
    if (!componentText.isEmpty()) {
      for (String pair : componentText.split(";")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new RowReject(
              RejectReason.INCONSISTENT_LINE,
              "components '" + componentText + "': expected name=amount pairs separated by ';'");
        }
        b.componentValue(
            pair.substring(0, eq).strip(),
            decimal(pair.substring(eq + 1).strip(), "component '" + pair.substring(0, eq) + "'"));
      }
    }
    c.object[i] = b.build();
  }

  private String required(String[] cells, int r, String column) {
    String s = cells[at[r]].strip();
    if (s.isEmpty()) {
      throw new RowReject(RejectReason.MISSING_VALUE, "missing value in column '" + column + "'");
    }
    return s;
  }

  private static BigDecimal decimal(String text, String column) {
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new RowReject(
          RejectReason.BAD_NUMBER, column + " '" + text + "' is not a decimal number");
    }
    if (d.signum() < 0) {
      throw new RowReject(RejectReason.BAD_NUMBER, "negative " + column + " '" + text + "'");
    }
    return d;
  }

  private ProductCode code(String text) {
    Object o =
        Memo.get(
            codes,
            text,
            t -> {
              try {
                return ProductCode.parse(t);
              } catch (InvalidCodeException e) {
                return "bad code '" + t + "': " + e.getMessage();
              }
            });
    if (o instanceof ProductCode p) {
      return p;
    }
    throw new RowReject(RejectReason.BAD_CODE, (String) o);
  }

  private Currency currency(String text) {
    Object o =
        Memo.get(
            currencies,
            text,
            t -> {
              try {
                return Currency.getInstance(t);
              } catch (IllegalArgumentException e) {
                return "unknown currency '" + t + "' (ISO 4217 code expected)";
              }
            });
    if (o instanceof Currency cur) {
      return cur;
    }
    throw new RowReject(RejectReason.UNKNOWN_TERM, (String) o);
  }

  private static final Map<String, TransportMode> MODES = new java.util.HashMap<>();
  private static final Map<String, Incoterm> INCOTERMS = new java.util.HashMap<>();

  static {
    for (TransportMode m : TransportMode.values()) {
      MODES.put(m.name(), m);
    }
    for (Incoterm t : Incoterm.values()) {
      INCOTERMS.put(t.name(), t);
    }
  }

  private static TransportMode mode(String text) {
    TransportMode m = MODES.get(text);
    if (m != null) {
      return m;
    }
    try {
      return TransportMode.parse(text); // the CLI's words too: courier is POSTAL
    } catch (IllegalArgumentException e) {
      throw new RowReject(
          RejectReason.UNKNOWN_TERM, "unknown mode '" + text + "' (" + TransportMode.WORDS + ")");
    }
  }

  private static Incoterm incoterm(String text) {
    Incoterm t = INCOTERMS.get(text);
    if (t != null) {
      return t;
    }
    try {
      return Incoterm.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RowReject(RejectReason.UNKNOWN_TERM, "unknown incoterm '" + text + "'");
    }
  }

  private LocalDate date(String text, String column) {
    LocalDate d = dates.get(text);
    if (d != null) {
      return d;
    }
    try {
      d = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RowReject(
          RejectReason.BAD_DATE, "bad " + column + " '" + text + "' (yyyy-mm-dd expected)");
    }
    if (dates.size() < 100_000) {
      dates.put(text, d);
    }
    return d;
  }
}
