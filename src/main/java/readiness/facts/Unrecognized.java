package readiness.facts;

import java.util.Objects;

/** A credential no vocabulary rule classifies: it meets nothing, and the report says so. */
public final class Unrecognized {
    private final Credential credential;

    public Unrecognized(Credential credential) { this.credential = credential; }

    public Credential getCredential() { return credential; }

    @Override public boolean equals(Object o) { return o instanceof Unrecognized u && credential.equals(u.credential); }
    @Override public int hashCode() { return Objects.hash(credential); }
}
