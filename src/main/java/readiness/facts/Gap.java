package readiness.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;

/** A requirement the candidate does not meet yet, with what they have toward it. */
public final class Gap {
    private final Requirement requirement;
    private final String have;
    private final double progress;
    private final double missingYears;
    private final String measureLabel;

    private Gap(Requirement requirement, String have, double progress, double missingYears, String measureLabel) {
        this.requirement = requirement;
        this.have = have;
        this.progress = progress;
        this.missingYears = missingYears;
        this.measureLabel = measureLabel;
    }

    /** Not met by a valid credential; what the candidate holds of the accepted classes is shown as it stands. */
    public static Gap qualification(Requirement requirement, Collection<Qualification> partial) {
        String have = partial.stream()
                .map(Qualification::getCredential).distinct()
                .sorted(Comparator.comparing(Credential::getPath))
                .map(Credential::getDetail)
                .collect(Collectors.joining("; "));
        return new Gap(requirement, have.isEmpty() ? "none" : have, 0, 0, null);
    }

    public static Gap years(Requirement requirement, Measure measure) {
        double min = requirement.getMinYears();
        String have = Years.format(measure.getValue()) + " of " + Years.format(min) + " years of " + measure.getLabel()
                + " (" + measure.getExplanation() + ")";
        double progress = min <= 0 ? 1 : Math.min(1, measure.getValue() / min);
        return new Gap(requirement, have, progress, Math.max(0, min - measure.getValue()), measure.getLabel());
    }

    public static Gap skills(Requirement requirement, Collection<String> held) {
        String have = held.size() + " of " + requirement.getMinSkills() + " listed skills"
                + (held.isEmpty() ? "" : ": " + String.join(", ", new java.util.TreeSet<>(held)));
        double progress = Math.min(1, held.size() / (double) Math.max(1, requirement.getMinSkills()));
        return new Gap(requirement, have, progress, 0, null);
    }

    public Requirement getRequirement() { return requirement; }
    public String getHave() { return have; }
    /** Share of the requirement already done, 0 to 1: part of a years or skills minimum, else 0. */
    public double getProgress() { return progress; }
    public double getMissingYears() { return missingYears; }
    public String getMeasureLabel() { return measureLabel; }

    @Override public boolean equals(Object o) {
        return o instanceof Gap g && requirement == g.requirement && have.equals(g.have);
    }
    @Override public int hashCode() { return Objects.hash(System.identityHashCode(requirement), have); }
    @Override public String toString() { return "Gap " + requirement.getId() + ": " + have; }
}
