package readiness.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import readiness.domain.DateText;

import java.time.LocalDate;

/** --as-of YYYY-MM-DD (or YYYY-MM, the first of the month). */
public final class AsOfConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return DateText.parse(value).first();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
