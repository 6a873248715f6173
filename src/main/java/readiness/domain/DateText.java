package readiness.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A contract date, "YYYY-MM" or "YYYY-MM-DD": a month stands for its whole span. */
public record DateText(String text, LocalDate first, LocalDate last) {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /** Parses the text, or returns the reason it is not a date, as a message for the user. */
    public static DateText parse(String text) throws IllegalArgumentException {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: use YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid month");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (m.group(3) == null) {
            return new DateText(text, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        try {
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return new DateText(text, day, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid date");
        }
    }
}
