package dev.tariffimpact.sample.internal;

import dev.tariffimpact.batch.ShipmentCsv;
import dev.tariffimpact.data.BundledData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Generates realistic shipment lines in the {@link ShipmentCsv} format from a universe of candidate
 * lines, deterministically from a seed (same seed, same output, on every JVM).
 *
 * <pre>{@code
 * List<Candidate> universe = SampleGenerator.bundledUniverse();   // data/us-lines.csv, in-lines.csv
 * SampleGenerator.of(42L, universe).write(1000, writer);
 * }</pre>
 *
 * <p>Draws: a candidate by weight; entries of 1-20 lines sharing importer, entry date, mode and
 * incoterm; 20 origins for US imports with India weighted 40% (US goods 70% of Indian imports);
 * log-normal values (median about USD 3,000) and unit prices, so quantities agree with the unit
 * (whole dozens, pieces and pairs; kilograms to the gram; litres to the centilitre) and net mass
 * with the quantity; ocean 60%, air 30%, road and rail 10%; FOB 80% (freight and insurance given,
 * or for 1 line in 4 of Indian imports left to the regime's defaults), CIF 20%. Every invoice is in
 * USD unless {@link #withForeignInvoices} is set. Entry dates 2025-09-01..2026-03-31, exportation
 * 5-40 days earlier.
 *
 * <p>Regenerate the bundled sample (300 lines, seed 20261121, byte for byte): {@code
 * ./tariff-impact sample --lines 300 --seed 20261121 --output data/sample-shipments.csv}, or run
 * {@link #main} with {@code data/sample-shipments.csv 300 20261121} (see {@code docs/batch.md}).
 * This class is immutable and thread-safe; each {@link #write} call draws from its own generator.
 *
 * <p>Not part of core's API: the package is not exported and commons-rng is an optional dependency
 * of core, declared by the users of this class (the CLI's {@code sample} command, the benchmarks).
 */
public final class SampleGenerator {

  /**
   * A candidate line of the universe.
   *
   * @param code product code text, for example {@code 6109.10.00}
   * @param importer importing country, {@code US} or {@code IN}
   * @param unit unit of quantity, for example {@code doz.}
   * @param category category name
   * @param weight relative draw weight, positive
   */
  public record Candidate(
      String code, String importer, String unit, String category, double weight) {

    /**
     * Validates the candidate.
     *
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if the weight is not positive
     */
    public Candidate {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(importer, "importer");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(category, "category");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive, was " + weight);
      }
    }
  }

  private static final String[] US_ORIGINS = {
    "IN", "CN", "VN", "MX", "BD", "DE", "JP", "KR", "IT", "TW", "TH", "ID", "PK", "TR", "LK", "KH",
    "BR", "CA", "GB", "FR"
  };
  private static final double[] US_ORIGIN_WEIGHTS = {
    40, 8, 6, 6, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1.5, 1.5
  };
  private static final String[] IN_ORIGINS = {"US", "CN", "AE", "DE", "JP"};
  private static final double[] IN_ORIGIN_WEIGHTS = {70, 10, 8, 6, 6};
  private static final String[] MODES = {"OCEAN", "AIR", "ROAD", "RAIL"};
  private static final double[] MODE_WEIGHTS = {60, 30, 6, 4};
  private static final BigDecimal EUR_PER_USD = new BigDecimal("0.91");
  private static final BigDecimal INR_PER_USD = new BigDecimal("85");
  private static final LocalDate FIRST = LocalDate.of(2025, 9, 1);
  private static final int DAYS = 212;
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final long seed;
  private final List<Candidate> universe;
  private final boolean foreignInvoices;
  private final boolean metalContent;
  private final Map<String, List<String>> contents;

  private SampleGenerator(
      long seed, List<Candidate> universe, boolean foreignInvoices, boolean metalContent) {
    this.seed = seed;
    this.universe = universe;
    this.foreignInvoices = foreignInvoices;
    this.metalContent = metalContent;
    this.contents = metalContent ? MetalContents.of(universe) : Map.of();
  }

  /**
   * Returns this generator with US imports from DE, FR and IT invoiced in EUR (0.91 per USD) and
   * one line in five from IN in INR (85 per USD); assessing them needs EUR/USD and INR/USD rates.
   * Off by default, so the default output (and the bundled sample) stays the same.
   *
   * @param value true to invoice those lines in EUR and INR
   * @return a generator with the same seed and universe
   */
  public SampleGenerator withForeignInvoices(boolean value) {
    return new SampleGenerator(seed, universe, value, metalContent);
  }

  /**
   * Returns this generator with a {@code components} column: every US line that a Section 232 duty
   * on metal content of the bundled US schedule can reach (steel, aluminum or copper content, any
   * date) declares that content, 55-95% of the line's FOB value in all (shared equally when a code
   * needs two), so no line of the sample lacks an input. Off by default.
   *
   * @param value true to write the column
   * @return a generator with the same seed, universe and invoicing
   */
  public SampleGenerator withMetalContent(boolean value) {
    return new SampleGenerator(seed, universe, foreignInvoices, value);
  }

  /**
   * Returns a generator.
   *
   * @param seed the seed, for example {@code 42}
   * @param universe the candidate lines, at least one
   * @return the generator
   * @throws IllegalArgumentException if the universe is empty
   */
  public static SampleGenerator of(long seed, List<Candidate> universe) {
    List<Candidate> copy = List.copyOf(universe);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("the universe must have at least one candidate");
    }
    return new SampleGenerator(seed, copy, false, false);
  }

  /**
   * Loads the universe from the bundled curated lines: {@code us-lines.csv} (US imports, unit = the
   * first statistical unit) and {@code in-lines.csv} (Indian imports, in kilograms).
   *
   * @return the candidates, weight 1 each
   * @throws UncheckedIOException if a bundled file is missing
   */
  public static List<Candidate> bundledUniverse() {
    List<Candidate> out = new ArrayList<>();
    for (String[] row : read("us-lines.csv")) {
      out.add(new Candidate(row[0], "US", unit(row[3]), row[2], 1));
    }
    for (String[] row : read("in-lines.csv")) {
      out.add(new Candidate(row[0], "IN", "kg", row[2], 1));
    }
    return List.copyOf(out);
  }

  /** The first statistical unit the unit parser knows ({@code "Dz Pcs"} is dozens). */
  private static String unit(String units) {
    String first = units.split(";")[0].strip();
    String lower = first.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("dz") || lower.startsWith("doz")) {
      return "doz.";
    }
    first = first.split(" and ")[0].strip();
    try {
      dev.tariffimpact.rate.Unit.parse(first);
      return first;
    } catch (IllegalArgumentException e) {
      return "No.";
    }
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r =
            new BufferedReader(
                new InputStreamReader(BundledData.open(name), StandardCharsets.UTF_8));
        MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(r)) {
      boolean header = true;
      while (it.hasNextValue()) {
        String[] row = it.nextValue();
        if (header) {
          header = false;
          continue;
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * Writes a header and {@code lines} shipment lines.
   *
   * @param lines how many lines, at least 0
   * @param out the destination, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(long lines, Writer out) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    SharedStateDiscreteSampler candidate =
        AliasMethodDiscreteSampler.of(
            rng, universe.stream().mapToDouble(Candidate::weight).toArray());
    SharedStateDiscreteSampler usOrigin = AliasMethodDiscreteSampler.of(rng, US_ORIGIN_WEIGHTS);
    SharedStateDiscreteSampler inOrigin = AliasMethodDiscreteSampler.of(rng, IN_ORIGIN_WEIGHTS);
    SharedStateDiscreteSampler mode = AliasMethodDiscreteSampler.of(rng, MODE_WEIGHTS);
    SharedStateContinuousSampler value =
        LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 8, 1.1);
    SharedStateContinuousSampler price =
        LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 3, 0.8);
    StringBuilder sb = new StringBuilder(256);
    try {
      out.write(
          String.join(",", ShipmentCsv.REQUIRED_COLUMNS)
              + ","
              + ShipmentCsv.CATEGORY
              + (metalContent ? ",components" : "")
              + "\n");
      long written = 0;
      long entry = 0;
      while (written < lines) {
        entry++;
        int size = (int) Math.min(1 + rng.nextInt(20), lines - written);
        Candidate first = universe.get(candidate.sample());
        String importer = first.importer();
        LocalDate entryDate = FIRST.plusDays(rng.nextInt(DAYS));
        LocalDate exportDate = entryDate.minusDays(5 + rng.nextInt(36));
        String transport = MODES[mode.sample()];
        boolean cif = rng.nextInt(5) == 0;
        for (int k = 0; k < size; k++) {
          Candidate c = universe.get(candidate.sample());
          while (!c.importer().equals(importer)) {
            c = universe.get(candidate.sample());
          }
          String origin =
              importer.equals("IN") ? IN_ORIGINS[inOrigin.sample()] : US_ORIGINS[usOrigin.sample()];
          BigDecimal fob = cents(value.sample());
          BigDecimal unitPrice = cents(Math.max(price.sample(), 0.5));
          BigDecimal quantity = quantity(c.unit(), fob, unitPrice);
          BigDecimal kg = netKg(c.unit(), quantity, rng);
          BigDecimal freight = cents(fob.doubleValue() * (0.03 + rng.nextDouble() * 0.05));
          BigDecimal insurance = cents(fob.doubleValue() * (0.003 + rng.nextDouble() * 0.003));
          boolean defaults = importer.equals("IN") && !cif && rng.nextInt(4) == 0;
          String currency = "USD";
          if (foreignInvoices && importer.equals("US")) {
            if (origin.equals("DE") || origin.equals("FR") || origin.equals("IT")) {
              currency = "EUR";
            } else if (origin.equals("IN") && rng.nextInt(5) == 0) {
              currency = "INR";
            }
          }
          if (!currency.equals("USD")) {
            BigDecimal perUsd = currency.equals("EUR") ? EUR_PER_USD : INR_PER_USD;
            fob = fob.multiply(perUsd).setScale(2, RoundingMode.HALF_UP);
            freight = freight.multiply(perUsd).setScale(2, RoundingMode.HALF_UP);
            insurance = insurance.multiply(perUsd).setScale(2, RoundingMode.HALF_UP);
          }
          BigDecimal invoice = cif ? fob.add(freight).add(insurance) : fob;
          sb.setLength(0);
          sb.append(importer).append('-').append(seed).append('-').append(entry).append(',');
          sb.append(importer).append(',').append(origin).append(',').append(c.code()).append(',');
          sb.append(invoice.toPlainString()).append(',').append(currency).append(',');
          sb.append(quantity.toPlainString()).append(',').append(c.unit()).append(',');
          sb.append(kg == null ? "" : kg.toPlainString()).append(',');
          sb.append(defaults ? "" : freight.toPlainString()).append(',');
          sb.append(defaults ? "" : insurance.toPlainString()).append(',');
          sb.append(cif ? "CIF" : "FOB").append(',').append(transport).append(',');
          sb.append(entryDate).append(',').append(exportDate).append(',');
          sb.append(c.category());
          if (metalContent) {
            sb.append(',').append(metal(contents.get(c.code()), fob, rng));
          }
          sb.append('\n');
          out.write(sb.toString());
          written++;
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The declared metal contents of a line, empty when it needs none. */
  private static String metal(List<String> names, BigDecimal fob, UniformRandomProvider rng) {
    if (names == null || names.isEmpty()) {
      return "";
    }
    BigDecimal share = BigDecimal.valueOf(55 + rng.nextInt(41), 2);
    // each share rounded down, so the contents never exceed the value together
    BigDecimal each =
        fob.multiply(share).divide(BigDecimal.valueOf(names.size()), 2, RoundingMode.DOWN);
    StringBuilder cell = new StringBuilder();
    for (String name : names) {
      cell.append(cell.isEmpty() ? "" : ";").append(name).append('=').append(each.toPlainString());
    }
    return cell.toString();
  }

  /** A synthetic value drawn from a distribution, kept as exact cents from here on. */
  private static BigDecimal cents(double sampled) {
    return BigDecimal.valueOf(Math.max(1, Math.round(sampled * 100)), 2);
  }

  private static BigDecimal quantity(String unit, BigDecimal value, BigDecimal unitPrice) {
    String u = unit.toLowerCase(java.util.Locale.ROOT);
    BigDecimal q = value.divide(unitPrice, 3, RoundingMode.HALF_UP);
    if (u.equals("kg")) {
      return q.max(new BigDecimal("0.001"));
    }
    if (u.equals("l") || u.equals("liters")) {
      return q.setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
    }
    // doz., No., prs., each: whole units; a dozen costs twelve pieces
    if (u.startsWith("doz")) {
      q = value.divide(unitPrice.multiply(BigDecimal.valueOf(12)), 0, RoundingMode.HALF_UP);
    } else {
      q = q.setScale(0, RoundingMode.HALF_UP);
    }
    return q.max(BigDecimal.ONE);
  }

  private static BigDecimal netKg(String unit, BigDecimal quantity, UniformRandomProvider rng) {
    String u = unit.toLowerCase(java.util.Locale.ROOT);
    if (dev.tariffimpact.rate.Unit.parse(unit).dimension()
        == dev.tariffimpact.rate.Dimension.MASS) {
      return null; // the quantity is the net mass
    }
    double perUnit =
        u.startsWith("doz") ? 2.4 : u.startsWith("pr") ? 0.9 : u.equals("l") ? 1.0 : 0.5;
    double kg = quantity.doubleValue() * perUnit * (0.8 + rng.nextDouble() * 0.4);
    return BigDecimal.valueOf(Math.max(1, Math.round(kg * 1000)), 3);
  }

  /**
   * Writes a sample file from the bundled universe.
   *
   * @param args output path, number of lines (default 300), seed (default 20261121)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "data/sample-shipments.csv");
    long lines = args.length > 1 ? Long.parseLong(args[1]) : 300;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261121L;
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      of(seed, bundledUniverse()).withMetalContent(true).write(lines, w);
    }
  }
}
