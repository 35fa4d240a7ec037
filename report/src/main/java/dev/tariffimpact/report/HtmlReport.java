package dev.tariffimpact.report;

import java.util.List;

/**
 * Writes a {@link Report} as one HTML document: inline CSS, inline SVG charts, no script, no
 * external font, image or link to fetch (a Content-Security-Policy of {@code default-src 'none'}
 * says so to the browser), printable on A4.
 */
final class HtmlReport {

  private HtmlReport() {}

  static String render(Report report) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"tariff-impact\">\n")
        .append("<title>")
        .append(esc(report.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(report.title()))
        .append("</h1>\n<p class=\"subtitle\">")
        .append(esc(report.subtitle()))
        .append("</p>\n");
    nav(h, report);
    h.append("</header>\n<main>\n");
    if (!report.scenarios().isEmpty()) {
      h.append("<section id=\"scenarios\">\n<h2>Scenarios</h2>\n<ul class=\"scenarios\">\n");
      for (String s : report.scenarios()) {
        h.append("<li>").append(esc(s)).append("</li>\n");
      }
      h.append("</ul>\n</section>\n");
    }
    for (Section s : report.sections()) {
      section(h, s);
    }
    assumptions(h, report.assumptions());
    if (!report.notes().isEmpty()) {
      h.append("<section id=\"notes\">\n<h2>Notes</h2>\n");
      for (String n : report.notes()) {
        h.append("<p>").append(esc(n)).append("</p>\n");
      }
      h.append("</section>\n");
    }
    h.append("</main>\n<footer><p>Made with tariff-impact. Amounts are exact decimals;")
        .append(" every chart is drawn from the table printed under it.</p></footer>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void nav(StringBuilder h, Report report) {
    h.append("<nav aria-label=\"Contents\"><ul>\n");
    for (Section s : report.sections()) {
      h.append("<li><a href=\"#")
          .append(esc(s.id()))
          .append("\">")
          .append(esc(s.title()))
          .append("</a></li>\n");
    }
    h.append("<li><a href=\"#assumptions\">Assumptions and coverage</a></li>\n</ul></nav>\n");
  }

  private static void section(StringBuilder h, Section s) {
    h.append("<section class=\"part\" id=\"")
        .append(esc(s.id()))
        .append("\">\n<h2>")
        .append(esc(s.title()))
        .append("</h2>\n");
    if (s.headline() != null) {
      h.append("<div class=\"headline\">\n<dl class=\"kpis\">\n");
      for (Headline.KeyFigure f : s.headline().figures()) {
        boolean after = f.unit().equals("%") || f.unit().equals("pp");
        boolean unit = !f.unit().isEmpty() && f.value() != null; // "n/a", not "n/a %"
        h.append("<div class=\"kpi\" data-key=\"")
            .append(esc(f.key()))
            .append("\"><dt>")
            .append(esc(f.label()))
            .append("</dt><dd>");
        if (!after && unit) {
          h.append("<span class=\"unit\">").append(esc(f.unit())).append("</span> ");
        }
        h.append("<span class=\"num\">").append(esc(f.text())).append("</span>");
        if (after && unit) {
          h.append(" <span class=\"unit\">").append(esc(f.unit())).append("</span>");
        }
        h.append("</dd></div>\n");
      }
      h.append("</dl>\n");
      for (String sentence : s.headline().sentences()) {
        h.append("<p class=\"lede\">").append(esc(sentence)).append("</p>\n");
      }
      h.append("</div>\n");
    }
    for (String p : s.paragraphs()) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    for (Figure f : s.figures()) {
      h.append("<figure class=\"chart-figure\" id=\"").append(esc(f.id())).append("\">\n");
      h.append(Charts.svg(f).markup()).append('\n');
      h.append("<figcaption>").append(esc(f.description())).append("</figcaption>\n");
      table(h, f.table(), f.id());
      h.append("</figure>\n");
    }
    List<DataTable> tables = s.tables();
    for (int i = 0; i < tables.size(); i++) {
      table(h, tables.get(i), s.id() + "-table-" + (i + 1));
    }
    h.append("</section>\n");
  }

  private static void table(StringBuilder h, DataTable t, String id) {
    h.append("<div class=\"table-wrap\"><table class=\"data\" data-table=\"")
        .append(esc(id))
        .append("\">\n<caption>")
        .append(esc(t.caption()))
        .append("</caption>\n<thead><tr>");
    List<DataTable.Column> cols = t.columns();
    for (DataTable.Column c : cols) {
      h.append("<th scope=\"col\" data-key=\"")
          .append(esc(c.key()))
          .append("\"")
          .append(c.kind() == DataTable.Kind.TEXT ? "" : " class=\"num\"")
          .append(">")
          .append(esc(c.header()))
          .append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < t.size(); r++) {
      h.append("<tr>");
      for (int c = 0; c < cols.size(); c++) {
        boolean text = cols.get(c).kind() == DataTable.Kind.TEXT;
        String tag = c == 0 && text ? "th" : "td";
        h.append('<').append(tag);
        if (tag.equals("th")) {
          h.append(" scope=\"row\"");
        }
        h.append(" data-key=\"").append(esc(cols.get(c).key())).append("\"");
        h.append(text ? "" : " class=\"num\"").append('>');
        h.append(esc(t.display(r, c))).append("</").append(tag).append('>');
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  private static void assumptions(StringBuilder h, Assumptions a) {
    h.append("<section id=\"assumptions\">\n<h2>Assumptions and coverage</h2>\n");
    h.append("<p class=\"coverage\">");
    if (a.coveredThrough() == null) {
      h.append("Coverage: ").append(esc(a.coverageBasis()));
    } else {
      h.append("The data covers entries through <strong><time datetime=\"")
          .append(a.coveredThrough())
          .append("\">")
          .append(a.coveredThrough())
          .append("</time></strong>: ")
          .append(esc(a.coverageBasis()));
    }
    h.append("</p>\n<p>")
        .append(a.count())
        .append(" facts behind these numbers are not fully verified. Confidence: ")
        .append("<span class=\"conf\">V</span> confirmed by an official source,")
        .append(" <span class=\"conf\">R</span> reported by one credible source,")
        .append(" <span class=\"conf\">U</span> unverified or conflicting.</p>\n");
    for (Assumptions.Group g : a.groups()) {
      h.append("<h3>")
          .append(esc(g.title()))
          .append(" (")
          .append(g.items().size())
          .append(")</h3>\n<ul class=\"assumptions\">\n");
      for (Assumptions.Item i : g.items()) {
        h.append("<li><span class=\"conf\" title=\"confidence ")
            .append(esc(i.confidence()))
            .append("\">")
            .append(esc(i.confidence()))
            .append("</span> ")
            .append(esc(i.text()))
            .append(" <span class=\"source\">Source: ")
            .append(esc(i.source()))
            .append(".");
        if (!i.scenarios().isEmpty()) {
          h.append(" Scenarios: ").append(esc(String.join(", ", i.scenarios()))).append(".");
        }
        h.append("</span></li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** System fonts only (nothing to download); black on white; A4 when printed. */
  private static final String CSS =
      """
      :root { color-scheme: light; }
      body { font-family: system-ui, "Segoe UI", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
        color: #222; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem;
        line-height: 1.45; }
      h1 { font-size: 1.6rem; margin: 0.5rem 0 0.2rem; }
      h2 { font-size: 1.3rem; border-bottom: 2px solid #222; padding-bottom: 0.2rem; margin-top: 2rem; }
      h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
      .subtitle { margin-top: 0; color: #444; }
      nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
      nav a { color: #08519c; }
      ul.scenarios { font-size: 0.9rem; padding-left: 1.2rem; }
      .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
        gap: 0.6rem; margin: 0.8rem 0; }
      .kpi { border: 1px solid #888; border-radius: 4px; padding: 0.4rem 0.6rem; }
      .kpi dt { font-size: 0.8rem; color: #444; }
      .kpi dd { margin: 0.1rem 0 0; font-size: 1.15rem; font-weight: 600;
        font-variant-numeric: tabular-nums; }
      .kpi .unit { font-size: 0.8rem; font-weight: 400; }
      .lede { font-size: 1.05rem; }
      figure.chart-figure { margin: 1.5rem 0; }
      svg.chart { display: block; width: 100%; max-width: 760px; height: auto; }
      figcaption { font-size: 0.9rem; color: #444; margin: 0.3rem 0; }
      .table-wrap { overflow-x: auto; }
      table.data { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.85rem;
        font-variant-numeric: tabular-nums; }
      table.data caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
      table.data th, table.data td { border: 1px solid #bbb; padding: 0.2rem 0.45rem; }
      table.data thead th { background: #eee; }
      table.data .num { text-align: right; white-space: nowrap; }
      table.data th[scope=row] { text-align: left; font-weight: 400; }
      .conf { display: inline-block; min-width: 1.2em; text-align: center; font-weight: 700;
        border: 1px solid #222; border-radius: 3px; font-size: 0.75rem; padding: 0 0.2em; }
      ul.assumptions li { margin-bottom: 0.3rem; }
      .source { color: #444; font-size: 0.85rem; }
      footer { margin-top: 2rem; font-size: 0.8rem; color: #444; border-top: 1px solid #bbb; }
      @media print {
        @page { size: A4 portrait; margin: 14mm 12mm; }
        body { max-width: none; padding: 0; font-size: 10pt; }
        nav { display: none; }
        section.part { break-before: page; }
        figure.chart-figure, .headline, table.data tr { break-inside: avoid; }
        h2, h3 { break-after: avoid; }
        /* a tall chart (many origins) shrinks to one page instead of being cut */
        svg.chart { width: auto; max-width: 100%; height: auto; max-height: 245mm; }
        .table-wrap { overflow: visible; }
        a { color: inherit; text-decoration: none; }
      }
      """;
}
