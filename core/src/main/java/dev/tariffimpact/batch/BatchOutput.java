package dev.tariffimpact.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a batch writes its outputs, and what its manifest records: the output folder, the input
 * files that must never be overwritten, and the command that made the run.
 *
 * <p>The outputs ({@code aggregates.csv}, {@code aggregates.json}, {@code rejects.csv}, {@code
 * lines.csv} with line results, and the manifest {@code run.json}) are written all or nothing: into
 * temporary files in the folder, moved into place only when the run succeeds, the manifest last. A
 * failed or killed run leaves the previous complete set; see {@code docs/batch.md}.
 *
 * <pre>{@code
 * BatchResult r = engine.run(BatchInput.csv(Path.of("lines.csv")),
 *     BatchOutput.to(Path.of("out")).withInput("rates", Path.of("rates.csv")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchOutput {

  /** One input file: its role (shipments, schedule, rates) and path. */
  record Input(String role, Path file, boolean streamed) {}

  private final Path directory;
  private final List<Input> inputs;
  private final List<String> command;

  private BatchOutput(Path directory, List<Input> inputs, List<String> command) {
    this.directory = directory;
    this.inputs = List.copyOf(inputs);
    this.command = List.copyOf(command);
  }

  /**
   * Returns outputs into a folder (created if missing).
   *
   * @param directory for example {@code batch-out}
   * @return the output description
   */
  public static BatchOutput to(Path directory) {
    return new BatchOutput(Objects.requireNonNull(directory, "directory"), List.of(), List.of());
  }

  /**
   * Adds an input file the run depends on (a schedule, the exchange rates): recorded in {@code
   * run.json} with its size and SHA-256 (a regular file is read once more for the digest; a FIFO or
   * device is recorded without one), and refused as an output.
   *
   * @param role for example {@code "schedule"} or {@code "rates"}
   * @param file the file
   * @return a new output description
   */
  public BatchOutput withInput(String role, Path file) {
    return with(new Input(Objects.requireNonNull(role, "role"), file, false));
  }

  /**
   * Names the file the shipment stream of {@link BatchEngine#run(BatchInput, BatchOutput)} comes
   * from (a {@link BatchInput#csv(java.io.InputStream, String)} wrapped, for example, to show
   * progress): refused as an output; its size and SHA-256 are taken from the stream as it is read
   * (so it is read once, even from a FIFO). A {@link BatchInput#csv(Path)} file is named
   * automatically.
   *
   * @param file the shipment CSV
   * @return a new output description
   */
  public BatchOutput withSource(Path file) {
    return with(new Input("shipments", file, true));
  }

  /**
   * Records the command line that made the run in {@code run.json}.
   *
   * @param arguments for example {@code [batch, lines.csv, --scenario, before]}
   * @return a new output description
   */
  public BatchOutput withCommand(List<String> arguments) {
    return new BatchOutput(directory, inputs, arguments);
  }

  private BatchOutput with(Input input) {
    Objects.requireNonNull(input.file(), "file");
    List<Input> list = new ArrayList<>(inputs);
    list.add(input);
    return new BatchOutput(directory, list, command);
  }

  /**
   * Returns the output folder.
   *
   * @return the folder as given
   */
  public Path directory() {
    return directory;
  }

  List<Input> inputs() {
    return inputs;
  }

  List<String> command() {
    return command;
  }

  @Override
  public String toString() {
    return "BatchOutput{directory=" + directory + ", inputs=" + inputs + "}";
  }
}
