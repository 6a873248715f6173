package readiness.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats years for people: one decimal, rounded down, so 4.97 years never reads as 5. */
public final class Years {
    private Years() {
    }

    public static String format(double years) {
        return BigDecimal.valueOf(years).setScale(1, RoundingMode.FLOOR).stripTrailingZeros().toPlainString();
    }
}
