package dev.tariffimpact.batch;

import java.util.List;

/**
 * The shipment CSV format read by {@link BatchEngine} and written by the sample generator (a public
 * contract, documented in {@code docs/batch.md}).
 *
 * <p>UTF-8 with or without BOM, comma separated, RFC 4180 quoting, a header row naming the columns
 * in any order; unknown columns are ignored. One row per line; consecutive rows with the same
 * {@code entry_id} form one entry (they must share importer and entry date).
 *
 * <pre>{@code
 * entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,incoterm,mode,entry_date,export_date,category
 * E1,US,IN,6109.10.00,10000.00,USD,120,doz.,250,600.00,35.00,FOB,OCEAN,2025-09-15,2025-08-20,textiles-and-apparel
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShipmentCsv {

  /** Entry id (required): consecutive rows with the same id form one entry. */
  public static final String ENTRY_ID = "entry_id";

  /** Importing country (required), ISO 3166 alpha-2, for example {@code US}. */
  public static final String IMPORTER = "importer";

  /** Country of origin (required), ISO 3166 alpha-2. */
  public static final String ORIGIN = "origin";

  /** Product code (required), dotted or plain digits, for example {@code 6109.10.00}. */
  public static final String CODE = "code";

  /** Invoice value under the incoterm (required), a non-negative plain decimal. */
  public static final String VALUE = "value";

  /** ISO 4217 currency of value, freight and insurance (required). */
  public static final String CURRENCY = "currency";

  /** Quantity in {@link #UNIT} (optional, needed by specific rates). */
  public static final String QUANTITY = "quantity";

  /** Unit of the quantity (required when a quantity is given): {@code doz.}, {@code No.}, ... */
  public static final String UNIT = "unit";

  /** Net mass in kilograms (optional, needed by per-kg rates). */
  public static final String NET_KG = "net_kg";

  /** International freight in the invoice currency (optional). */
  public static final String FREIGHT = "freight";

  /** Insurance in the invoice currency (optional). */
  public static final String INSURANCE = "insurance";

  /** Incoterm of the value (optional, FOB when empty). */
  public static final String INCOTERM = "incoterm";

  /**
   * Transport mode (required): ocean, air, road, rail, postal or courier, any case ({@code
   * TransportMode.parse}).
   */
  public static final String MODE = "mode";

  /** Entry date (required), ISO {@code yyyy-mm-dd}. */
  public static final String ENTRY_DATE = "entry_date";

  /** Date of exportation (optional, the entry date when empty), on or before the entry date. */
  public static final String EXPORT_DATE = "export_date";

  /** Category for aggregates (optional column). */
  public static final String CATEGORY = "category";

  /**
   * Values of named components (optional column), for rates "on the steel content": {@code
   * name=amount} pairs in the invoice currency separated by {@code ;}, for example {@code steel
   * content=1200.00;aluminum content=80.00}.
   */
  public static final String COMPONENTS = "components";

  /** The columns every file's header must name, in the order the generator writes them. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          ENTRY_ID,
          IMPORTER,
          ORIGIN,
          CODE,
          VALUE,
          CURRENCY,
          QUANTITY,
          UNIT,
          NET_KG,
          FREIGHT,
          INSURANCE,
          INCOTERM,
          MODE,
          ENTRY_DATE,
          EXPORT_DATE);

  private ShipmentCsv() {}
}
