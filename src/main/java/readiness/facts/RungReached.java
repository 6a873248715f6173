package readiness.facts;

/** The candidate meets every condition of this ladder rung. */
public final class RungReached {
    private final Rung rung;

    public RungReached(Rung rung) { this.rung = rung; }

    public Rung getRung() { return rung; }

    @Override public boolean equals(Object o) { return o instanceof RungReached r && rung == r.rung; }
    @Override public int hashCode() { return System.identityHashCode(rung); }
}
