package dev.tariffimpact.cli;

/**
 * Standard output refused a write (a full disk, a closed pipe): the command stops and exits 1 with
 * one line, instead of a PrintWriter swallowing the error and exiting 0.
 */
final class StandardOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String MESSAGE = "cannot write to standard output (disk full or pipe closed?)";

  StandardOutputException() {
    super(MESSAGE);
  }
}
