package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch manifest names every input the CLI read, with its digest, and the command. */
class BatchManifestTest {

  @Test
  void runJsonRecordsTheShipmentsAndRatesFilesAndTheCommand(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
            + "incoterm,mode,entry_date,export_date,category\n"
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,apparel\n",
        StandardCharsets.UTF_8);
    Path rates = dir.resolve("rates.csv");
    Files.copy(Path.of("..", "data", "exchange-rates.csv"), rates);
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "batch",
            csv.toString(),
            "--scenario",
            "us-in-2025-08-peak",
            "--rates",
            rates.toString(),
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String manifest = Files.readString(out.resolve("run.json"));
    assertThat(manifest)
        .contains("\"role\" : \"shipments\"")
        .contains("\"role\" : \"rates\"")
        .contains(sha256(csv))
        .contains(sha256(rates))
        .contains("\"read\" : 1")
        .contains("\"--rates\"");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
