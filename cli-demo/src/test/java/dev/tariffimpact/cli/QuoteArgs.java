package dev.tariffimpact.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code quote} command line for tests, starting from the worked examples the tests share, so a
 * test names only the flags it is about.
 *
 * <pre>{@code
 * CliRun run = QuoteArgs.usCotton().with("--date", "2025-09-15", "--format", "json").run();
 * }</pre>
 *
 * <p>Immutable: {@link #with} and {@link #set} return a new command line.
 */
final class QuoteArgs {

  private final List<String> args;

  private QuoteArgs(List<String> args) {
    this.args = List.copyOf(args);
  }

  /** {@code quote} with the given arguments. */
  static QuoteArgs quote(String... args) {
    return new QuoteArgs(List.of("quote")).with(args);
  }

  /**
   * Cotton T-shirts from India into the US, FACTS.md section 2: {@code --importer US --origin IN
   * --code 6109.10.00 --value 10000} (USD, no date: the default scenario's).
   */
  static QuoteArgs usCotton() {
    return quote("--importer", "US", "--origin", "IN", "--code", "6109.10.00", "--value", "10000");
  }

  /**
   * Almonds from the US into India under the MFN scenario (BCD Rs 100/kg, so a rate that needs
   * {@code --net-kg}): {@code --importer IN --origin US --code 0802.12 --value 10000 --currency USD
   * --scenario in-us-mfn-2025}.
   */
  static QuoteArgs indiaAlmonds() {
    return quote(
        "--importer",
        "IN",
        "--origin",
        "US",
        "--code",
        "0802.12",
        "--value",
        "10000",
        "--currency",
        "USD",
        "--scenario",
        "in-us-mfn-2025");
  }

  /** This command line with more arguments at the end. */
  QuoteArgs with(String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return new QuoteArgs(all);
  }

  /**
   * This command line with {@code option} set to {@code value}: replaced where it is given, added
   * where it is not (picocli refuses a single-value option given twice).
   */
  QuoteArgs set(String option, String value) {
    List<String> all = new ArrayList<>(args);
    int at = all.indexOf(option);
    if (at < 0) {
      all.add(option);
      all.add(value);
    } else {
      all.set(at + 1, value);
    }
    return new QuoteArgs(all);
  }

  /** This command line without {@code option} and its value. */
  QuoteArgs without(String option) {
    List<String> all = new ArrayList<>(args);
    int at = all.indexOf(option);
    if (at < 0) {
      throw new IllegalArgumentException(option + " is not in " + args);
    }
    all.subList(at, at + 2).clear();
    return new QuoteArgs(all);
  }

  /** The arguments, {@code "quote"} first. */
  String[] toArray() {
    return args.toArray(String[]::new);
  }

  /** Runs the command line in process. */
  CliRun run() {
    return CliRun.of(toArray());
  }

  @Override
  public String toString() {
    return String.join(" ", args);
  }
}
