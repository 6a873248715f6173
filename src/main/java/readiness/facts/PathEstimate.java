package readiness.facts;

/**
 * Java's critical-path estimate of how long closing a role's required gaps takes, inserted after
 * the first pass so the verdict rules can decide on it.
 */
public final class PathEstimate {
    private final String role;
    private final int monthsMin;
    private final int monthsMax;
    private final boolean closable;

    public PathEstimate(String role, int monthsMin, int monthsMax, boolean closable) {
        this.role = role;
        this.monthsMin = monthsMin;
        this.monthsMax = monthsMax;
        this.closable = closable;
    }

    public String getRole() { return role; }
    public int getMonthsMin() { return monthsMin; }
    public int getMonthsMax() { return monthsMax; }
    /** Every required gap has a step that closes it. */
    public boolean isClosable() { return closable; }
}
