package dev.tariffimpact.cli;

import dev.tariffimpact.TariffImpactException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into exactly one line on stderr and an exit code.
 *
 * <ul>
 *   <li>A user mistake exits 2: a bad argument ({@link ParameterException}, from parsing or thrown
 *       by a command), a domain error of core ({@link TariffImpactException}: bad code, unknown
 *       currency, missing quantity) or an unreadable file. The line names the option, the bad value
 *       and what is accepted, and ends with {@code Run 'tariff-impact <cmd> --help'.}; never the
 *       usage text, never a Java class name.
 *   <li>Anything else, including an {@link IllegalArgumentException} that escapes core, is a bug of
 *       the tool: exit 1 with one line asking for a report.
 * </ul>
 *
 * {@code --verbose} adds the stack trace after the line in both cases.
 */
final class UserErrorHandler
    implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

  /**
   * Fully qualified Java names ({@code java.time.format.DateTimeParseException}) in a message;
   * compiled on the first error, not by every run that installs the handler.
   */
  private static final class ClassName {
    static final Pattern PATTERN =
        Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:? ?");
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(line(cli, describe(e)));
    if (List.of(args).contains("--verbose")) {
      e.printStackTrace(err);
    }
    err.flush();
    return TariffImpactCli.EXIT_BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof StandardOutputException) {
      err.println("tariff-impact: " + e.getMessage());
      err.flush();
      return TariffImpactCli.EXIT_FAILURE;
    }
    boolean userMistake = isUserMistake(e);
    if (userMistake) {
      err.println(line(cli, message(e)));
    } else {
      err.println(
          "tariff-impact: unexpected failure (a bug; please report it with the output of"
              + " --verbose): "
              + oneLine(String.valueOf(e.getMessage())));
    }
    if (parsed != null && parsed.originalArgs().contains("--verbose")) {
      e.printStackTrace(err);
    }
    err.flush();
    return userMistake ? TariffImpactCli.EXIT_BAD_INPUT : TariffImpactCli.EXIT_FAILURE;
  }

  /** The exit code of an exception picocli maps without this handler: 2 for a bad argument. */
  @Override
  public int getExitCode(Throwable t) {
    return t instanceof ParameterException
        ? TariffImpactCli.EXIT_BAD_INPUT
        : TariffImpactCli.EXIT_FAILURE;
  }

  static boolean isUserMistake(Throwable e) {
    return e instanceof TariffImpactException
        || e instanceof UncheckedIOException
        || e instanceof IOException
        || e instanceof ParameterException;
  }

  /** The one line: the message, then where to read the command's options. */
  static String line(CommandLine cli, String message) {
    String command = cli.getCommandSpec().qualifiedName();
    String text = oneLine(message);
    return "tariff-impact: "
        + text
        + (text.endsWith(".") || text.endsWith("?") ? "" : ".")
        + " Run '"
        + command
        + " --help'.";
  }

  /** picocli's parse errors, reworded to name the option, the value and what is accepted. */
  private static String describe(ParameterException e) {
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec arg = missing.getMissing().get(0);
      return "missing required "
          + (arg.isOption() ? "option " + ((OptionSpec) arg).longestName() : arg.paramLabel())
          + " ("
          + String.join(" ", arg.description()).replaceFirst("\\.$", "")
          + ")";
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> unknown = unmatched.getUnmatched();
      String what = unknown.isEmpty() ? "argument" : "'" + unknown.get(0) + "'";
      List<String> suggestions = unmatched.getSuggestions();
      return "unknown option or argument "
          + what
          + (suggestions.isEmpty()
              ? ""
              : "; did you mean " + String.join(" or ", suggestions.subList(0, 1)) + "?");
    }
    String text = e.getMessage() == null ? "bad argument" : e.getMessage();
    // "Invalid value for option '--date': ..." -> "--date: ..."
    return text.replaceFirst("^Invalid value for option '([^']+)': ", "$1: ")
        .replaceFirst(
            "^Value for option option '([^']+)' \\(([^)]+)\\) should be in KEY=VALUE format but was"
                + " (.*)$",
            "$1: '$3' is not $2; expected for example case=120.00")
        .replaceFirst(
            "^Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): ", "$1: ");
  }

  private static String message(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof NoSuchFileException missing) {
      return "file not found: " + missing.getFile();
    }
    if (t instanceof AccessDeniedException denied) {
      return "file not readable (permission denied): " + denied.getFile();
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return "cannot read or write a file: " + t.getMessage();
    }
    return t.getMessage() == null ? "bad input" : t.getMessage();
  }

  /** Joins lines and drops Java class names, so every failure reads as one plain line. */
  static String oneLine(String message) {
    return ClassName.PATTERN
        .matcher(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip())
        .replaceAll("");
  }
}
