package dev.tariffimpact.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code tariff-impact} command: a thin layer that parses arguments, calls core and prints.
 *
 * <p>Exit codes: 0 success, 1 unexpected failure, 2 bad input.
 */
@Command(
    name = "tariff-impact",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "What does a tariff change do to what a shipment costs?",
    footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad input."})
public final class TariffImpactCli implements Callable<Integer> {

  /** Exit code for a user mistake: bad flag, bad file, unknown code. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code for an unexpected failure (a bug). */
  public static final int EXIT_FAILURE = 1;

  /**
   * The subcommands, in the order the usage help lists them. Added by {@link #commandLine(String)}
   * rather than named in {@code @Command}: picocli builds a command's model by reflection when it
   * is added, and a run of one subcommand need not pay for the other ten.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          DemoCommand.class,
          QuoteCommand.class,
          LookupCommand.class,
          ScenariosCommand.class,
          BatchCommand.class,
          ReportCommand.class,
          SampleCommand.class,
          CoverageCommand.class,
          HtsCommand.class,
          ImpactCommand.class,
          CommandLine.HelpCommand.class);

  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error (for bug reports).")
  private boolean verbose;

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
    CommandLine cli = new CommandLine(new TariffImpactCli());
    boolean one = SUBCOMMANDS.stream().anyMatch(c -> isNamed(c, first) && !isNamed(c, "help"));
    for (Class<?> command : SUBCOMMANDS) {
      if (!one || isNamed(command, first)) {
        cli.addSubcommand(command);
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

  private static boolean isNamed(Class<?> command, String name) {
    return name != null && command.getAnnotation(Command.class).name().equals(name);
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
