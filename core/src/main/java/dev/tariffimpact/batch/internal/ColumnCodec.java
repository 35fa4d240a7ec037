package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.BatchLine;
import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import java.util.List;

/**
 * The one place that turns lines into chunk columns and back: a {@link ShipmentLine} into
 * fixed-point columns ({@link #fromLines}), and the columns of a line into a {@link ShipmentLine}
 * for the exact path ({@link #line}), numerically identical. CSV cells reach the same columns
 * through {@link RowParser}.
 */
public final class ColumnCodec {

  private ColumnCodec() {}

  /**
   * Returns line {@code i} as an object: the one kept when the columns cannot hold it, else rebuilt
   * exactly from the columns.
   *
   * @param c the chunk
   * @param i the line index
   * @return the line
   */
  public static ShipmentLine line(Chunk c, int i) {
    if (c.object[i] != null) {
      return c.object[i];
    }
    ShipmentLine.Builder b =
        ShipmentLine.builder(c.code[i], c.origin[i])
            .value(Fixed.decimal(c.value[i], Fixed.MONEY_SCALE), c.currency[i])
            .incoterm(c.incoterm[i])
            .transportMode(c.mode[i])
            .entryDate(c.entryDate[i])
            .exportDate(c.exportDate[i]);
    if (c.freight[i] != Fixed.ABSENT) {
      b.freight(Fixed.decimal(c.freight[i], Fixed.MONEY_SCALE));
    }
    if (c.insurance[i] != Fixed.ABSENT) {
      b.insurance(Fixed.decimal(c.insurance[i], Fixed.MONEY_SCALE));
    }
    if (c.quantity[i] != Fixed.ABSENT) {
      b.quantity(Quantity.of(Fixed.decimal(c.quantity[i], Fixed.QUANTITY_SCALE), c.unit[i]));
    }
    if (c.netKg[i] != Fixed.ABSENT) {
      b.quantity(Quantity.of(Fixed.decimal(c.netKg[i], Fixed.QUANTITY_SCALE), Unit.KG));
    }
    return b.build();
  }

  /** Fills the numeric columns from a line; false when they cannot hold it exactly. */
  private static boolean columns(Chunk c, int i, ShipmentLine l) {
    if (!l.componentValues().isEmpty() || !l.componentQuantities().isEmpty()) {
      return false;
    }
    try {
      c.value[i] = Fixed.unscaled(l.value(), Fixed.MONEY_SCALE);
      c.freight[i] =
          l.freight().isEmpty()
              ? Fixed.ABSENT
              : Fixed.unscaled(l.freight().get(), Fixed.MONEY_SCALE);
      c.insurance[i] =
          l.insurance().isEmpty()
              ? Fixed.ABSENT
              : Fixed.unscaled(l.insurance().get(), Fixed.MONEY_SCALE);
      c.quantity[i] = Fixed.ABSENT;
      c.unit[i] = null;
      c.netKg[i] = Fixed.ABSENT;
      for (Quantity q : l.quantities()) {
        if (q.unit().dimension() == Dimension.MASS) {
          // kept in kilograms, as the CSV path does: the conversion is exact (else the
          // ArithmeticException below keeps the line as an object for the Assessor), so every
          // per-mass rate gives the same amount
          c.netKg[i] = Fixed.unscaled(q.in(Unit.KG), Fixed.QUANTITY_SCALE);
        } else if (c.unit[i] == null) {
          c.unit[i] = q.unit();
          c.quantity[i] = Fixed.unscaled(q.amount(), Fixed.QUANTITY_SCALE);
        } else {
          return false;
        }
      }
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * Adds in-memory lines to a chunk.
   *
   * @param chunk the chunk
   * @param lines the lines
   * @param firstRow the row number of the first line
   */
  public static void fromLines(Chunk chunk, List<BatchLine> lines, long firstRow) {
    for (int r = 0; r < lines.size(); r++) {
      BatchLine bl = lines.get(r);
      ShipmentLine l = bl.line();
      int i = chunk.add();
      chunk.row[i] = firstRow + r;
      chunk.source[i] = bl;
      chunk.entryId[i] = bl.entryId();
      chunk.importer[i] = bl.importer();
      chunk.category[i] = bl.category();
      chunk.code[i] = l.code();
      chunk.origin[i] = l.origin();
      chunk.currency[i] = l.currency();
      chunk.incoterm[i] = l.incoterm();
      chunk.mode[i] = l.transportMode();
      chunk.entryDate[i] = l.entryDate();
      chunk.exportDate[i] = l.exportDate();
      chunk.object[i] = columns(chunk, i, l) ? null : l;
      String problem = chunk.place(i);
      if (problem != null) {
        String raw = chunk.raw(i);
        chunk.dropLast();
        chunk.rejects.add(
            Reject.of(
                firstRow + r,
                raw,
                dev.tariffimpact.batch.RejectReason.ENTRY_INCONSISTENT,
                problem));
      }
    }
    chunk.finish();
  }
}
