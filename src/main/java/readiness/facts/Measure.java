package readiness.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Experience Java computed from the profile as of the assessment date, in whole calendar months:
 * years.healthcare = 57 months. Time at a ladder rung is computed from the positions the rules classified.
 */
public final class Measure {
    private final String name;
    private final String label;
    private final int months;
    /** The positions a time-at-rung measure counts, by path, or null for a measure Java computed with its explanation. */
    private final List<Job> jobs;
    private String explanation;

    public Measure(String name, String label, int months, String explanation) {
        this(name, label, months, null, explanation);
    }

    private Measure(String name, String label, int months, List<Job> jobs, String explanation) {
        this.name = name;
        this.label = label;
        this.months = months;
        this.jobs = jobs;
        this.explanation = explanation;
    }

    /** The measure a rung's "N years as ..." condition counts: the name of time at that rung or above. */
    public static String timeAsName(String rungId) {
        return "years.as." + rungId;
    }

    /**
     * Time in positions at this rung or a higher one of its ladder: the union of those jobs' months. Its explanation is
     * written only when a report shows it (most of a profile's 19 rungs are never shown with their time).
     */
    public static Measure timeAs(Rung rung, Collection<Job> jobs) {
        List<Job> byPath = jobs.stream().sorted(Comparator.comparing(Job::getPath)).toList();
        int months = byPath.isEmpty() ? 0 : MonthSpans.union(byPath.stream().map(Job::getSpan).filter(Objects::nonNull).toList()).months();
        return new Measure(timeAsName(rung.getId()), "experience as " + rung.getTitle() + " or higher", months, byPath, null);
    }

    public String getName() { return name; }
    /** What it counts, for sentences: "healthcare experience". */
    public String getLabel() { return label; }
    public int getMonths() { return months; }
    /** Months as years, for sentences: 1.9. */
    public String getYearsText() { return Years.ofMonths(months); }
    /** How it was computed: "union of 2 periods, overlaps counted once: 2012-07 to 2026-10". */
    public String getExplanation() {
        if (explanation == null) {
            explanation = jobs.isEmpty() ? "no position in the work history is classified at this rung or above"
                    : jobs.stream().map(Job::describe).collect(Collectors.joining("; ")) + "; "
                    + MonthSpans.union(jobs.stream().map(Job::getSpan).filter(Objects::nonNull).toList()).explanation();
        }
        return explanation;
    }

    /** Time at a rung is the same measure when it counts the same positions; any other when it says the same. */
    @Override public boolean equals(Object o) {
        return o instanceof Measure m && name.equals(m.name) && months == m.months
                && (jobs != null ? jobs.equals(m.jobs) : m.jobs == null && explanation.equals(m.explanation));
    }
    @Override public int hashCode() { return Objects.hash(name, months, jobs != null ? jobs : explanation); }
    @Override public String toString() { return name + "=" + months + " months"; }
}
