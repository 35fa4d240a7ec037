package dev.tariffimpact.io.lists;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.ContentDefault;
import dev.tariffimpact.data.BundledData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The BEA-based estimates of the metal share of value per HTS10 line, bundled as {@value #FILE}: a
 * documented default for a shipment that does not declare its metal content, to be used only when
 * the user opts in and always reported as an assumption (confidence U).
 *
 * <p>Example: {@code MetalContentShares.bundled().of(ProductCode.parse("7326.90.86.88"))}.
 *
 * <p>This class is immutable and thread-safe; {@link #bundled()} reads the file once.
 */
public final class MetalContentShares {

  /** The bundled file, relative to the data folder. */
  public static final String FILE = "us/metal-content-shares-bea.csv.gz";

  /** The header of the bundled file. */
  public static final String HEADER =
      "hts10,steel_share,aluminum_share,copper_share,other_metal_share,metal_share";

  /**
   * The estimated shares of one HTS10 line, as fractions of the customs value.
   *
   * <p>The per-metal figures are input-output ratios and exceed 1 on 1,209 lines of the source (for
   * example copper 1.806 for 8544.11.00.50); {@code total} is the source's sum of the four, capped
   * at 1. Use {@code total}, or cap a single metal at 1, before applying a share to a value.
   *
   * @param steel steel share (not capped)
   * @param aluminum aluminum share (not capped)
   * @param copper copper share (not capped)
   * @param other other metals' share (not capped)
   * @param total the sum of the four, capped at 1
   */
  public record Shares(
      BigDecimal steel,
      BigDecimal aluminum,
      BigDecimal copper,
      BigDecimal other,
      BigDecimal total) {
    /**
     * Validates.
     *
     * @throws NullPointerException if a share is null
     */
    public Shares {
      Objects.requireNonNull(steel, "steel");
      Objects.requireNonNull(aluminum, "aluminum");
      Objects.requireNonNull(copper, "copper");
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(total, "total");
    }
  }

  private final Map<String, Shares> byCode;

  private MetalContentShares(Map<String, Shares> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  private static final class Holder {
    static final MetalContentShares BUNDLED = load();
  }

  /**
   * Returns the bundled estimates (read on first use).
   *
   * @return the estimates
   * @throws ExceptionInInitializerError wrapping a {@link ProductListFormatException} that names
   *     the row if the bundled file is malformed (a broken build; a test reads every row)
   */
  public static MetalContentShares bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Finds the estimate of a 10-digit line.
   *
   * @param hts10 a 10-digit HTS code
   * @return the shares, or empty when the line has no estimate (or the code is not 10 digits)
   */
  public Optional<Shares> of(ProductCode hts10) {
    return Optional.ofNullable(byCode.get(hts10.digits()));
  }

  /**
   * Returns these estimates as the content default of an assessor ({@code --content-default bea}):
   * {@code steel content}, {@code aluminum content} and {@code copper content} take the line's
   * steel, aluminum and copper share, each capped at 1; only 10-digit codes have an estimate.
   *
   * @return the content default, source named as the bundled file
   */
  public ContentDefault contentDefault() {
    return new ContentDefault() {
      @Override
      public Optional<BigDecimal> share(ProductCode code, String component) {
        if (code.digits().length() != 10) {
          return Optional.empty();
        }
        return of(code)
            .map(
                s ->
                    switch (component) {
                      case "steel content" -> s.steel();
                      case "aluminum content" -> s.aluminum();
                      case "copper content" -> s.copper();
                      default -> null;
                    })
            .map(share -> share.min(BigDecimal.ONE));
      }

      @Override
      public String source() {
        return "BEA input-output estimate of the metal share of value per HTS10 line (data/"
            + FILE
            + ", confidence U)";
      }

      @Override
      public String toString() {
        return "bea";
      }
    };
  }

  /**
   * Returns the number of lines with an estimate.
   *
   * @return the count
   */
  public int size() {
    return byCode.size();
  }

  private static MetalContentShares load() {
    Map<String, Shares> map = new HashMap<>();
    String where = "data/" + FILE;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(BundledData.open(FILE)), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (!HEADER.equals(header)) {
        throw new ProductListFormatException(where + ": header must be " + HEADER);
      }
      String line;
      int row = 1;
      while ((line = in.readLine()) != null) {
        row++;
        String[] f = line.split(",", -1);
        try {
          if (f.length != 6 || !f[0].matches("\\d{10}")) {
            throw new IllegalArgumentException("expected an HTS10 code and five shares");
          }
          BigDecimal total = share(f[5]);
          if (total.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("metal_share " + f[5] + " is above 1");
          }
          map.put(f[0], new Shares(share(f[1]), share(f[2]), share(f[3]), share(f[4]), total));
        } catch (IllegalArgumentException e) {
          throw new ProductListFormatException(where + ": row " + row + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Bundled file " + where + " unreadable", e);
    }
    return new MetalContentShares(map);
  }

  private static BigDecimal share(String text) {
    BigDecimal v = new BigDecimal(text);
    if (v.signum() < 0) {
      throw new IllegalArgumentException("share " + text + " is negative");
    }
    return v;
  }
}
