package readiness.facts;

import java.util.Objects;

/** The readiness verdict for one role: READY, NEARLY_READY or NOT_READY, and why. */
public final class Verdict {
    public static final String READY = "READY";
    public static final String NEARLY_READY = "NEARLY_READY";
    public static final String NOT_READY = "NOT_READY";

    private final String role;
    private final String value;
    private final String reason;

    public Verdict(String role, String value, String reason) {
        this.role = role;
        this.value = value;
        this.reason = reason;
    }

    public String getRole() { return role; }
    public String getValue() { return value; }
    public String getReason() { return reason; }

    @Override public boolean equals(Object o) {
        return o instanceof Verdict v && role.equals(v.role) && value.equals(v.value) && reason.equals(v.reason);
    }
    @Override public int hashCode() { return Objects.hash(role, value, reason); }
}
