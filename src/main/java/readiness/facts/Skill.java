package readiness.facts;

/** One skill from the profile, lower-cased and trimmed. */
public final class Skill {
    private final String name;

    public Skill(String name) { this.name = name; }

    public String getName() { return name; }

    @Override public boolean equals(Object o) { return o instanceof Skill s && name.equals(s.name); }
    @Override public int hashCode() { return name.hashCode(); }
}
