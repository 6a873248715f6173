package readiness.facts;

import java.util.Objects;

/** A job held at a ladder rung: classified from its title by a vocabulary rule, or stated in the profile. */
public final class Position {
    public static final String TITLE = "title";
    public static final String STATED = "stated";

    private final Job job;
    private final Rung rung;
    private final String basis;

    public Position(Job job, Rung rung, String basis) {
        this.job = job;
        this.rung = rung;
        this.basis = basis;
    }

    /** Classified from the job's title. */
    public static Position byTitle(Job job, Rung rung) {
        return new Position(job, rung, TITLE);
    }

    /** As the profile states it in the job's position field. */
    public static Position stated(Job job, Rung rung) {
        return new Position(job, rung, STATED);
    }

    public Job getJob() { return job; }
    public Rung getRung() { return rung; }
    /** title or stated. */
    public String getBasis() { return basis; }

    @Override public boolean equals(Object o) {
        return o instanceof Position p && job.equals(p.job) && rung == p.rung && basis.equals(p.basis);
    }
    @Override public int hashCode() { return Objects.hash(job, System.identityHashCode(rung), basis); }
    @Override public String toString() { return job.getPath() + " -> " + rung.getId(); }
}
