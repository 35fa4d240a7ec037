package dev.tariffimpact.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code tariff-impact} command: a thin layer that parses arguments, calls core and prints.
 *
 * <p>Exit codes: 0 success, 1 unexpected failure, 2 bad input.
 *
 * <p>This command's model and {@code quote}'s ({@link QuoteModel}) are built by hand, not read from
 * annotations, so that a one-quote run reads no annotation at all (docs/architecture.md); the other
 * subcommands are declared with picocli's annotations.
 */
public final class TariffImpactCli implements Callable<Integer> {

  /** Exit code for a user mistake: bad flag, bad file, unknown code. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code for an unexpected failure (a bug). */
  public static final int EXIT_FAILURE = 1;

  /**
   * The subcommands, in the order the usage help lists them. Added by {@link #commandLine(String)}
   * rather than all at once: picocli builds a command's model when it is added, and a run of one
   * subcommand need not pay for the other ten.
   */
  private static final List<String> SUBCOMMANDS =
      List.of(
          "demo",
          "quote",
          "lookup",
          "scenarios",
          "batch",
          "report",
          "sample",
          "coverage",
          "hts",
          "impact",
          "help");

  private final CommandSpec spec;

  private TariffImpactCli() {
    spec = CommandSpec.wrapWithoutInspection(this);
    spec.name("tariff-impact").versionProvider(new VersionProvider());
    spec.usageMessage()
        .description("What does a tariff change do to what a shipment costs?")
        .footer("", "Exit codes: 0 success, 1 unexpected failure, 2 bad input.");
    UsageHelp.addStandardOptions(spec);
    spec.addOption(
        OptionSpec.builder("--verbose")
            .type(boolean.class)
            .scopeType(ScopeType.INHERIT)
            .description("Show the stack trace of an error (for bug reports).")
            .build());
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return EXIT_BAD_INPUT;
  }

  /**
   * Builds the configured command line with every subcommand (used by in-process tests).
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * Builds the configured command line with only the subcommand a run names, when its first
   * argument names one ({@code quote ...}); with every subcommand otherwise ({@code --help}, {@code
   * help quote}, a typo, no argument), so usage help, suggestions and errors list them all. What
   * the named subcommand parses, prints and reports is the same either way: it sees only its own
   * options and those its parent passes down ({@code --verbose}).
   *
   * @param first the first argument, or null for every subcommand
   * @return a new command line
   */
  static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new TariffImpactCli().spec);
    boolean one = first != null && SUBCOMMANDS.contains(first) && !first.equals("help");
    for (String name : SUBCOMMANDS) {
      if (!one || name.equals(first)) {
        cli.addSubcommand(subcommand(name));
      }
    }
    ArgumentConverters.register(cli);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getCommandSpec().exitCodeOnInvalidInput(EXIT_BAD_INPUT);
    UserErrorHandler errors = new UserErrorHandler();
    cli.setExitCodeExceptionMapper(errors);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    UsageHelp.configure(cli);
    return cli;
  }

  /** A subcommand's command line; {@code quote} from its hand-built model. */
  private static CommandLine subcommand(String name) {
    return switch (name) {
      case "demo" -> SharedOptions.commandLine(new DemoCommand());
      case "quote" -> new CommandLine(QuoteModel.create());
      case "lookup" -> SharedOptions.commandLine(new LookupCommand());
      case "scenarios" -> SharedOptions.commandLine(new ScenariosCommand());
      case "batch" -> SharedOptions.commandLine(new BatchCommand());
      case "report" -> SharedOptions.commandLine(new ReportCommand());
      case "sample" -> SharedOptions.commandLine(new SampleCommand());
      case "coverage" -> SharedOptions.commandLine(new CoverageCommand());
      case "hts" -> SharedOptions.commandLine(new HtsCommand());
      case "impact" -> SharedOptions.commandLine(new ImpactCommand());
      case "help" -> SharedOptions.commandLine(new CommandLine.HelpCommand());
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // UTF-8 regardless of the platform default (rate texts hold ¢), flushed before exit.
    // Standard output through its file descriptor, not System.out: a PrintStream swallows write
    // errors, so a full disk or a closed pipe would go unnoticed (checked below).
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    if (out.checkError() && code != EXIT_FAILURE) {
      // PrintWriter swallows write errors (a full disk, a closed pipe): say so and fail.
      err.println("tariff-impact: " + StandardOutputException.MESSAGE);
      code = EXIT_FAILURE;
    }
    err.flush();
    System.exit(code);
  }
}
