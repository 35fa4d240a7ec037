package dev.tariffimpact.report;

import java.util.List;
import java.util.Objects;

/**
 * One part of a report: a heading, optional key figures, paragraphs, figures (chart + table) and
 * further tables. Batch results become one section per currency ({@link BatchReport}); other
 * analyses (for example the effective-rate series and trade effects of an impact run) add their own
 * sections built from the same parts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id stable id, unique in the report (the HTML anchor)
 * @param title the heading
 * @param headline key figures and sentences, or null
 * @param paragraphs text under the headline
 * @param figures charts with their tables
 * @param tables tables without a chart
 */
public record Section(
    String id,
    String title,
    Headline headline,
    List<String> paragraphs,
    List<Figure> figures,
    List<DataTable> tables) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a required argument is null
   */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
  }
}
