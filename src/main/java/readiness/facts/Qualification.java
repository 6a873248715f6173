package readiness.facts;

import java.util.Objects;

/** A class a credential belongs to ("health-masters", "rn-license"), as the vocabulary rules classify it. */
public final class Qualification {
    private final Credential credential;
    private final String name;

    public Qualification(Credential credential, String name) {
        this.credential = credential;
        this.name = name;
    }

    public Credential getCredential() { return credential; }
    public String getName() { return name; }
    public boolean isValid() { return credential.isValid(); }
    public boolean isInProgress() { return credential.isInProgress(); }
    public boolean isLapsed() { return credential.isLapsed(); }
    public String getDetail() { return credential.getDetail(); }

    @Override public boolean equals(Object o) {
        return o instanceof Qualification q && credential.equals(q.credential) && name.equals(q.name);
    }
    @Override public int hashCode() { return Objects.hash(credential, name); }
    @Override public String toString() { return name + " <- " + credential; }
}
