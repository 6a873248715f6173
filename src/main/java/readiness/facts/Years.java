package readiness.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Years and months for people. Experience is counted in whole calendar months; years are shown
 * rounded to one decimal (23 months is 1.9 years, 24 months is 2 years), so exactly N years reads as N.
 */
public final class Years {
    private Years() {
    }

    /** ofMonths for up to a hundred years, written once each: every gap and measure of every profile asks for them. */
    private static final String[] OF_MONTHS = new String[1200];

    /** One decimal, rounded half up, trailing zeros dropped: 2, 2.5, 1.9. */
    public static String format(double years) {
        return BigDecimal.valueOf(years).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A number of years with its noun, for a requirement's words: 1 gives "1 year", 2.5 gives "2.5 years". */
    public static String count(double years) {
        return withUnit(format(years));
    }

    /** Whole months as years: 24 gives "2", 23 gives "1.9" (never rounds up to the next whole year). */
    public static String ofMonths(int months) {
        if (months < 0 || months >= OF_MONTHS.length) {
            return format(months / 12.0);
        }
        String text = OF_MONTHS[months];
        if (text == null) {
            text = format(months / 12.0);
            OF_MONTHS[months] = text; // a race only writes the same text twice
        }
        return text;
    }

    /** Whole months in years with the unit: 12 gives "1 year", 30 gives "2.5 years", 6 gives "0.5 years". */
    public static String ofMonthsWithUnit(int months) {
        return withUnit(ofMonths(months));
    }

    private static String withUnit(String years) {
        return years + (years.equals("1") ? " year" : " years");
    }

    /** Whole months as a duration: "1 month", "11 months", "1 year", "2 years 3 months". */
    public static String duration(int months) {
        int years = months / 12;
        int rest = months % 12;
        String y = years == 1 ? "1 year" : years + " years";
        String m = rest == 1 ? "1 month" : rest + " months";
        if (years == 0) {
            return m;
        }
        return rest == 0 ? y : y + " " + m;
    }

    /** A minimum in years as whole months: 2.5 years is 30 months. */
    public static int toMonths(double years) {
        return (int) Math.round(years * 12);
    }
}
