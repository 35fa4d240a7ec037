package dev.tariffimpact.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the option types whose picocli defaults would put a Java class name in the error
 * ("'2026-02-30' could not be converted to java.time.LocalDate"): each says what is accepted, with
 * an example. Decimals use {@link DecimalConverter}, the grammar core reads files with.
 *
 * <p>Named classes, not method references: picocli's class files are of Java 5, and the JDK's
 * class-data-sharing dump excludes such an interface once it links it to spin a lambda, and with it
 * every class implementing it (picocli's thirty built-in converters). Named classes keep them all
 * in the start-up archive.
 */
final class ArgumentConverters {

  private ArgumentConverters() {}

  /** Registers the converters on a command line and its subcommands. */
  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, new DateConverter());
    cli.registerConverter(BigDecimal.class, new DecimalConverter());
    IntegerConverter integer = new IntegerConverter();
    cli.registerConverter(Integer.class, integer);
    cli.registerConverter(Integer.TYPE, integer);
    LongConverter whole = new LongConverter();
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

  private static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      return date(text);
    }
  }

  private static final class IntegerConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return integer(text);
    }
  }

  private static final class LongConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return whole(text);
    }
  }
}
