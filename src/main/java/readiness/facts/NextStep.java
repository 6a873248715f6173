package readiness.facts;

import java.util.Objects;

/** One action toward readiness for a role: what to do, which requirement it closes, time and cost. */
public final class NextStep {
    public static final String CLOSE = "close";
    public static final String PREREQUISITE = "prerequisite";
    public static final String RENEWAL = "renewal";
    public static final String JOB_SEARCH = "job-search";

    private final String role;
    private final String kind;
    private final String action;
    private final String label;
    private final Requirement closes;
    private final int monthsMin;
    private final int monthsMax;
    private final int costMin;
    private final int costMax;
    private final boolean estimate;
    private final String source;
    private final java.util.List<String> prerequisites;
    private final int jobSearchOrder;

    private NextStep(String role, String kind, Action action, String label, Requirement closes,
                     int monthsMin, int monthsMax, int costMin, int costMax, boolean estimate) {
        this(role, kind, action, label, closes, monthsMin, monthsMax, costMin, costMax, estimate,
                action.getSource(), action.getPrerequisites());
    }

    private NextStep(String role, String kind, Action action, String label, Requirement closes,
                     int monthsMin, int monthsMax, int costMin, int costMax, boolean estimate, String source,
                     java.util.List<String> prerequisites) {
        this.role = role;
        this.kind = kind;
        this.action = action.getId();
        this.label = label;
        this.closes = closes;
        this.monthsMin = monthsMin;
        this.monthsMax = monthsMax;
        this.costMin = costMin;
        this.costMax = costMax;
        this.estimate = estimate;
        this.source = source;
        this.prerequisites = prerequisites;
        this.jobSearchOrder = action.getJobSearchOrder();
    }

    private static NextStep fromCatalog(String role, String kind, Action action, String label, Requirement closes) {
        return new NextStep(role, kind, action, label, closes, nz(action.getMonthsMin()), nz(action.getMonthsMax()),
                action.getCostMin(), action.getCostMax(), action.isEstimate());
    }

    /** The catalog action that closes a gap; experience actions take the missing years as their time. */
    public static NextStep close(Gap gap, Action action) {
        Requirement requirement = gap.getRequirement();
        if (action.isMonthsFromGap()) {
            int months = (int) Math.ceil(gap.getMissingYears() * 12 - 1e-9);
            String label = "Gain " + Years.format(Math.ceil(gap.getMissingYears() * 10 - 1e-9) / 10) + " more years of "
                    + (gap.getMeasureLabel() == null ? requirement.getNeed() : gap.getMeasureLabel());
            return new NextStep(requirement.getRole(), CLOSE, action, label, requirement, months, months,
                    action.getCostMin(), action.getCostMax(), action.isEstimate());
        }
        return fromCatalog(requirement.getRole(), CLOSE, action, action.getLabel(), requirement);
    }

    /**
     * Work in progress closes the gap when completed, in the time the profile expects; it takes the place
     * of the catalog action (its prerequisites are behind it), and its remaining cost is not counted.
     */
    public static NextStep complete(Gap gap, Qualification inProgress, Action action) {
        Credential credential = inProgress.getCredential();
        int months = nz(credential.getMonthsRemaining());
        String left = credential.getMonthsRemaining() == null ? "no expected date given"
                : months == 0 ? "expected now" : months + (months == 1 ? " month" : " months") + " left";
        return new NextStep(gap.getRequirement().getRole(), CLOSE, action, "Complete the " + credential.getLabel()
                + " in progress (" + left + "; remaining cost not counted)", gap.getRequirement(), months, months, 0, 0, true,
                "profile: " + credential.getPath() + ", expected completion", java.util.List.of());
    }

    /** A lapsed license or certification closes the gap once reinstated. */
    public static NextStep reinstate(Gap gap, Qualification lapsed, Action action) {
        return fromCatalog(gap.getRequirement().getRole(), CLOSE, action, action.getLabel() + ": "
                + lapsed.getCredential().getLabel() + " (" + lapsed.getDetail() + ")", gap.getRequirement());
    }

    /** A catalog action that must come before another of the role's steps, because the candidate has not done it yet. */
    public static NextStep prerequisite(String role, Action action) {
        return fromCatalog(role, PREREQUISITE, action, action.getLabel(), null);
    }

    /** A met license or certification that lapses soon: renew it. */
    public static NextStep renewal(Met met, Action action) {
        Credential credential = met.getQualification().getCredential();
        return fromCatalog(met.getRequirement().getRole(), RENEWAL, action, action.getLabel() + ": "
                + credential.getLabel() + " (" + credential.getDetail() + ")", met.getRequirement());
    }

    public static NextStep jobSearch(Role role, Action action) {
        return fromCatalog(role.getId(), JOB_SEARCH, action, action.getLabel(), null);
    }

    private static int nz(Integer value) { return value == null ? 0 : value; }

    public String getRole() { return role; }
    public String getKind() { return kind; }
    public String getAction() { return action; }
    public String getLabel() { return label; }
    /** The requirement this step closes (or renews), null for prerequisites and job search. */
    public Requirement getCloses() { return closes; }
    public int getMonthsMin() { return monthsMin; }
    public int getMonthsMax() { return monthsMax; }
    public int getCostMin() { return costMin; }
    public int getCostMax() { return costMax; }
    public boolean isEstimate() { return estimate; }
    public String getSource() { return source; }
    public java.util.List<String> getPrerequisites() { return prerequisites; }
    public int getJobSearchOrder() { return jobSearchOrder; }

    @Override public boolean equals(Object o) {
        return o instanceof NextStep s && role.equals(s.role) && kind.equals(s.kind) && action.equals(s.action)
                && label.equals(s.label) && closes == s.closes;
    }
    @Override public int hashCode() { return Objects.hash(role, kind, action, label, System.identityHashCode(closes)); }
    @Override public String toString() { return role + ": " + label; }
}
