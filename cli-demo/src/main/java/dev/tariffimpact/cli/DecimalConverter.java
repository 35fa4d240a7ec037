package dev.tariffimpact.cli;

import dev.tariffimpact.io.DecimalGrammar;
import dev.tariffimpact.io.InvalidDecimalException;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every decimal option ({@code --value}, {@code --freight}, {@code --quantity}, ...) with the
 * one grammar of core ({@link DecimalGrammar}), so the CLI accepts exactly what the files accept.
 */
final class DecimalConverter implements ITypeConverter<BigDecimal> {

  @Override
  public BigDecimal convert(String value) {
    try {
      return DecimalGrammar.parse(value);
    } catch (InvalidDecimalException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
