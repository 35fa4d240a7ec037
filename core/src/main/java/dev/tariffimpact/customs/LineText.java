package dev.tariffimpact.customs;

/** The one-line description of a {@link ShipmentLine} its {@code toString} gives. */
final class LineText {

  private LineText() {}

  static String describe(ShipmentLine l) {
    return "ShipmentLine{code="
        + l.code()
        + ", origin="
        + l.origin()
        + ", value="
        + l.value().toPlainString()
        + " "
        + l.currency()
        + " "
        + l.incoterm()
        + l.freight().map(f -> ", freight=" + f.toPlainString()).orElse("")
        + l.insurance().map(i -> ", insurance=" + i.toPlainString()).orElse("")
        + (l.quantities().isEmpty() ? "" : ", quantities=" + l.quantities())
        + ", mode="
        + l.transportMode()
        + ", entry="
        + l.entryDate()
        + (l.exportDate().equals(l.entryDate()) ? "" : ", export=" + l.exportDate())
        + (l.claims().isEmpty() ? "" : ", claims=" + l.claims())
        + "}";
  }
}
