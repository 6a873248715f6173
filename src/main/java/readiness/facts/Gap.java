package readiness.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A requirement the candidate does not meet yet, with what they have toward it and why it does not count. */
public final class Gap {
    private static final Comparator<Credential> BY_PATH = Comparator.comparing(Credential::getPath);

    private final Requirement requirement;
    private final String have;
    private final double progress;
    private final int missingMonths;
    private final String measureLabel;

    private Gap(Requirement requirement, String have, double progress, int missingMonths, String measureLabel) {
        this.requirement = requirement;
        this.have = have;
        this.progress = progress;
        this.missingMonths = missingMonths;
        this.measureLabel = measureLabel;
    }

    /**
     * Not met by a valid credential. What the candidate holds of the accepted classes is shown as it stands
     * (in progress, expired, restricted); other valid credentials of the same kinds are shown with the reason
     * they do not count, so "have" is never "none" while something relevant is held.
     */
    public static Gap qualification(Requirement requirement, Collection<Qualification> partial, Collection<Credential> others,
                                    Vocabulary vocabulary) {
        Set<Credential> held = new LinkedHashSet<>();
        for (Qualification q : partial) {
            held.add(q.getCredential());
        }
        List<Credential> notCounted = new ArrayList<>();
        for (Credential c : others) {
            if (!held.contains(c) && !notCounted.contains(c)) {
                notCounted.add(c);
            }
        }
        if (held.isEmpty() && notCounted.isEmpty()) {
            return new Gap(requirement, "none", 0, 0, null);
        }
        List<Credential> partly = new ArrayList<>(held);
        partly.sort(BY_PATH);
        notCounted.sort(BY_PATH);
        StringBuilder have = new StringBuilder();
        for (Credential c : partly) {
            have.append(have.isEmpty() ? "" : "; ").append(c.getDetail());
        }
        String notAccepted = notCounted.isEmpty() ? "" : ": not " + vocabulary.anyOf(requirement.getAccepts());
        for (Credential c : notCounted) {
            have.append(have.isEmpty() ? "" : "; ").append(c.getDetail()).append(notAccepted);
        }
        return new Gap(requirement, have.toString(), 0, 0, null);
    }

    /** "1.9 of 2 years of leadership experience (...)": counted in whole months, shown rounded. */
    public static Gap years(Requirement requirement, Measure measure) {
        int min = requirement.getMinMonths();
        String have = measure.getYearsText() + " of " + Years.ofMonthsWithUnit(min) + " of " + measure.getLabel()
                + " (" + measure.getExplanation() + ")";
        double progress = min <= 0 ? 1 : Math.min(1, measure.getMonths() / (double) min);
        return new Gap(requirement, have, progress, Math.max(0, min - measure.getMonths()), measure.getLabel());
    }

    public static Gap skills(Requirement requirement, Collection<String> held) {
        String have = held.size() + " of " + requirement.getMinSkills() + " listed skills"
                + (held.isEmpty() ? "" : ": " + String.join(", ", new TreeSet<>(held)));
        double progress = Math.min(1, held.size() / (double) Math.max(1, requirement.getMinSkills()));
        return new Gap(requirement, have, progress, 0, null);
    }

    public Requirement getRequirement() { return requirement; }
    public String getHave() { return have; }
    /** Share of the requirement already done, 0 to 1: part of a years or skills minimum, else 0. */
    public double getProgress() { return progress; }
    public int getMissingMonths() { return missingMonths; }
    public String getMeasureLabel() { return measureLabel; }

    @Override public boolean equals(Object o) {
        return o instanceof Gap g && requirement == g.requirement && have.equals(g.have);
    }
    @Override public int hashCode() { return Objects.hash(System.identityHashCode(requirement), have); }
    @Override public String toString() { return "Gap " + requirement.getId() + ": " + have; }
}
