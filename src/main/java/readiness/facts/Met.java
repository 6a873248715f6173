package readiness.facts;

import java.util.Collection;
import java.util.Objects;

/** A requirement the candidate meets, with what meets it. */
public final class Met {
    private final Requirement requirement;
    private final String detail;
    private final Qualification qualification;
    private final AdvisorException exception;

    private Met(Requirement requirement, String detail, Qualification qualification) {
        this(requirement, detail, qualification, null);
    }

    private Met(Requirement requirement, String detail, Qualification qualification, AdvisorException exception) {
        this.requirement = requirement;
        this.detail = detail;
        this.qualification = qualification;
        this.exception = exception;
    }

    /** Met because an advisor waived it for this candidate. */
    public static Met waived(Requirement requirement, AdvisorException waiver) {
        return new Met(requirement, "Met by waiver: " + waiver.describe(), null, waiver);
    }

    /** Met by a credential an advisor accepted in place of what the requirement asks. */
    public static Met substituted(Requirement requirement, AdvisorException substitution, Credential credential) {
        return new Met(requirement, "Met by substitution: " + credential.getDetail() + ", " + substitution.describe(),
                null, substitution);
    }

    public static Met of(Requirement requirement, Qualification qualification) {
        String note = requirement.noteFor(qualification.getName());
        String detail = qualification.getDetail() + (note == null ? "" : " (" + note + ")");
        return new Met(requirement, detail, qualification);
    }

    public static Met of(Requirement requirement, Measure measure) {
        return new Met(requirement, Years.ofMonthsWithUnit(measure.getMonths()) + " (" + Years.ofMonths(requirement.getMinMonths())
                + " needed), " + measure.getExplanation(), null);
    }

    public static Met skills(Requirement requirement, Collection<String> held) {
        return new Met(requirement, held.size() + " listed skills held (" + requirement.getMinSkills() + " needed): "
                + String.join(", ", new java.util.TreeSet<>(held)), null);
    }

    /** Met another way than the generic rules know, explained in the role file's own words. */
    public static Met because(Requirement requirement, String explanation) {
        return new Met(requirement, explanation, null);
    }

    public Requirement getRequirement() { return requirement; }
    public String getDetail() { return detail; }
    public Qualification getQualification() { return qualification; }
    /** The waiver or substitution behind it, or null when the candidate meets it outright. */
    public AdvisorException getException() { return exception; }

    @Override public boolean equals(Object o) {
        return o instanceof Met m && requirement == m.requirement && detail.equals(m.detail);
    }
    @Override public int hashCode() { return Objects.hash(System.identityHashCode(requirement), detail); }
    @Override public String toString() { return "Met " + requirement.getId() + ": " + detail; }
}
