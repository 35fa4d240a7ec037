package dev.tariffimpact.cli;

import dev.tariffimpact.TariffImpactException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one-line messages and exit codes: a user mistake (a domain error of core, an
 * unreadable file, a bad argument value) exits 2 without a stack trace; anything else is a bug and
 * exits 1. {@code --verbose} adds the stack trace in both cases.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

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
      err.println(
          "tariff-impact: "
              + message(e)
              + " (see '"
              + cli.getCommandSpec().qualifiedName()
              + " --help')");
    } else {
      err.println(
          "tariff-impact: unexpected failure: "
              + e
              + " (a bug; please report it with the output of --verbose)");
    }
    if (parsed != null && parsed.originalArgs().contains("--verbose")) {
      e.printStackTrace(err);
    }
    err.flush();
    return userMistake ? TariffImpactCli.EXIT_BAD_INPUT : TariffImpactCli.EXIT_FAILURE;
  }

  static boolean isUserMistake(Throwable e) {
    return e instanceof TariffImpactException
        || e instanceof UncheckedIOException
        || e instanceof IOException
        || e instanceof CommandLine.ParameterException
        || e instanceof IllegalArgumentException;
  }

  private static String message(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof NoSuchFileException missing) {
      return "file not found: " + missing.getFile();
    }
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    return m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
