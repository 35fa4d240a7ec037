package dev.tariffimpact.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the option types whose picocli defaults would put a Java class name in the error
 * ("'abc' is not a BigDecimal"): each says what is accepted, with an example.
 */
final class ArgumentConverters {

  private ArgumentConverters() {}

  /** Registers the converters on a command line and its subcommands. */
  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, ArgumentConverters::date);
    cli.registerConverter(BigDecimal.class, ArgumentConverters::decimal);
    ITypeConverter<Integer> integer = ArgumentConverters::integer;
    cli.registerConverter(Integer.class, integer);
    cli.registerConverter(Integer.TYPE, integer);
    ITypeConverter<Long> whole = ArgumentConverters::whole;
    cli.registerConverter(Long.class, whole);
    cli.registerConverter(Long.TYPE, whole);
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a calendar date; expected YYYY-MM-DD, e.g. 2025-09-15");
    }
  }

  static BigDecimal decimal(String text) {
    String s = text.strip();
    // Plain decimals only: no exponent (1e999999999 would be a huge number), no NaN or Infinity.
    if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") || s.length() > 40) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is not a decimal number; expected digits with an optional '.', e.g. 10000.50");
    }
    return new BigDecimal(s);
  }

  static Integer integer(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a whole number, e.g. 4");
    }
  }

  static Long whole(String text) {
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a whole number, e.g. 300");
    }
  }
}
