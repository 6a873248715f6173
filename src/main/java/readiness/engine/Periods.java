package readiness.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Date ranges [start, end) merged so that overlapping or touching ranges count once. */
final class Periods {
    private static final double DAYS_PER_YEAR = 365.25;

    record Range(LocalDate start, LocalDate end) {
    }

    private final List<Range> merged;
    private final int entries;

    private Periods(List<Range> merged, int entries) {
        this.merged = merged;
        this.entries = entries;
    }

    static Periods union(List<Range> ranges) {
        List<Range> sorted = ranges.stream()
                .filter(r -> r.end().isAfter(r.start()))
                .sorted(Comparator.comparing(Range::start).thenComparing(Range::end))
                .toList();
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !range.start().isAfter(last.end())) {
                if (range.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new Range(last.start(), range.end()));
                }
            } else {
                merged.add(range);
            }
        }
        return new Periods(merged, sorted.size());
    }

    double years() {
        long days = merged.stream().mapToLong(r -> ChronoUnit.DAYS.between(r.start(), r.end())).sum();
        return days / DAYS_PER_YEAR;
    }

    /** "2 entries, counted once where they overlap: 2012-07 to 2026-10". */
    String explanation() {
        if (entries == 0) {
            return "no periods of this kind";
        }
        String spans = merged.stream()
                .map(r -> YearMonth.from(r.start()) + " to " + YearMonth.from(r.end().minusDays(1)))
                .collect(Collectors.joining(", "));
        return entries == 1 ? "1 period: " + spans
                : "union of " + entries + " periods, overlaps counted once: " + spans;
    }
}
