package readiness.facts;

import java.time.LocalDate;

/**
 * The candidate being assessed, one per profile, with the assessment date. A rule session holds one only while a
 * profile is in it: a rule that concludes from what a candidate lacks names it, so an empty session (a pooled one
 * between profiles) draws no conclusions about nobody.
 */
public final class Candidate {
    private final String id;
    private final LocalDate asOf;

    public Candidate(String id, LocalDate asOf) {
        this.id = id;
        this.asOf = asOf;
    }

    public String getId() { return id; }

    public LocalDate getAsOf() { return asOf; }
}
