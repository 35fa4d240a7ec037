package dev.tariffimpact.economics.data;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled trade weights and elasticities for goods of India entering the US.
 *
 * <p>Example: {@code TradeData.indiaToUs().products()} has 3,279 rows worth US$ 85.9 bn: 3,260 HS6
 * rows (US$ 60.6 bn, India's FY2024-25 export statistics) and 19 chapter residuals reconciling them
 * to the 2024 chapter totals of FACTS.md section 4. Sources and caveats: data/README.md.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TradeData {

  /** The partner these weights are for. */
  public static final String PARTNER = "IN";

  /** The importing market of these weights. */
  public static final String IMPORTER = "US";

  private static final String RESOURCE = TradeDataImporter.FILE;

  private final List<ProductTrade> products;

  private TradeData(List<ProductTrade> products) {
    this.products = List.copyOf(products);
  }

  /**
   * Loads the bundled file from the economics jar.
   *
   * @return the data
   * @throws UncheckedIOException if the resource is missing or malformed (a packaging bug)
   */
  public static TradeData indiaToUs() {
    try (InputStream in = TradeData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("bundled resource " + RESOURCE + " is missing from the economics jar"));
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TradeData parse(String text, String name) {
    String[] lines = text.split("\n");
    if (!lines[0].equals(TradeDataImporter.HEADER)) {
      throw new IllegalArgumentException(name + ": unexpected header " + lines[0]);
    }
    List<String> header = TradeDataImporter.split(lines[0]);
    List<ProductTrade> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      List<String> f = TradeDataImporter.split(lines[i]);
      if (f.size() != header.size()) {
        throw new IllegalArgumentException(name + " row " + (i + 1) + ": wrong field count");
      }
      Map<String, Integer> at = new java.util.HashMap<>();
      for (int j = 0; j < header.size(); j++) {
        at.put(header.get(j), j);
      }
      rows.add(
          new ProductTrade(
              ProductCode.ofDigits(f.get(at.get("code"))),
              new BigDecimal(f.get(at.get("value_usd"))),
              f.get(at.get("value_source")),
              Confidence.valueOf(f.get(at.get("value_confidence"))),
              Double.parseDouble(f.get(at.get("import_demand_elasticity"))),
              f.get(at.get("elasticity_source")),
              Confidence.valueOf(f.get(at.get("elasticity_confidence")))));
    }
    return new TradeData(rows);
  }

  /**
   * Returns every row, HS6 codes ascending, then the chapter residuals.
   *
   * @return the rows
   */
  public List<ProductTrade> products() {
    return products;
  }

  /**
   * Returns the total import value.
   *
   * @return the sum of the rows, US$
   */
  public BigDecimal totalValue() {
    return products.stream().map(ProductTrade::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the value of the rows whose figure is unverified (the chapter residuals).
   *
   * @return the sum, US$
   */
  public BigDecimal unverifiedValue() {
    return products.stream()
        .filter(p -> p.valueConfidence() == Confidence.U)
        .map(ProductTrade::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the value whose elasticity is a default (confidence U).
   *
   * @return the sum, US$
   */
  public BigDecimal defaultElasticityValue() {
    return products.stream()
        .filter(p -> p.elasticityConfidence() == Confidence.U)
        .map(ProductTrade::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
