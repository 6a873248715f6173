package readiness.facts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Calendar months covered by periods of work, each period from its first to its last month
 * inclusive; overlapping or touching periods are merged, so a month is never counted twice.
 */
public final class MonthSpans {
    /** One period, first and last month inclusive. */
    public record Span(YearMonth first, YearMonth last) {
        public int months() {
            return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }

        @Override
        public String toString() {
            return first.equals(last) ? first.toString() : first + " to " + last;
        }
    }

    private final List<Span> merged;
    private final int entries;
    /** Periods that end before they start: a job starting in or after the assessment month has no month counted yet. */
    private final int notStarted;

    private MonthSpans(List<Span> merged, int entries, int notStarted) {
        this.merged = merged;
        this.entries = entries;
        this.notStarted = notStarted;
    }

    public static MonthSpans union(List<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(s -> !s.last().isBefore(s.first()))
                .sorted(Comparator.comparing(Span::first).thenComparing(Span::last))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.first().isAfter(last.last().plusMonths(1))) {
                if (span.last().isAfter(last.last())) {
                    merged.set(merged.size() - 1, new Span(last.first(), span.last()));
                }
            } else {
                merged.add(span);
            }
        }
        return new MonthSpans(merged, sorted.size(), spans.size() - sorted.size());
    }

    public int months() {
        return merged.stream().mapToInt(Span::months).sum();
    }

    /** "1 period: 2012-07 to 2017-05" or "union of 3 periods, overlaps counted once: ...". */
    public String explanation() {
        String later = notStarted == 1 ? "1 period starts in or after the assessment month"
                : notStarted + " periods start in or after the assessment month";
        if (entries == 0) {
            return notStarted == 0 ? "no periods of this kind" : "no months counted yet: " + later;
        }
        String spans = merged.stream().map(Span::toString).collect(Collectors.joining(", "));
        return (entries == 1 ? "1 period: " + spans : "union of " + entries + " periods, overlaps counted once: " + spans)
                + (notStarted == 0 ? "" : "; not counted yet: " + later);
    }
}
