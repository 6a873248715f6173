package readiness.facts;

import java.util.List;
import java.util.Objects;

/**
 * One action toward readiness for a role: what to do, which requirement it closes, time and cost.
 * Steps with the same key are one action (a DNP in progress closes the master's and the doctorate
 * gaps): the plan shows it once, listing every requirement it closes.
 */
public final class NextStep {
    public static final String CLOSE = "close";
    public static final String PREREQUISITE = "prerequisite";
    public static final String RENEWAL = "renewal";
    public static final String JOB_SEARCH = "job-search";
    /** The source of a step that completes work in progress: its time comes from the profile, and its cost is not known. */
    public static final String FROM_PROFILE = "profile: ";

    private final String role;
    private final String kind;
    private final String key;
    private final Action action;
    private final String label;
    private final Requirement closes;
    private final int monthsMin;
    private final int monthsMax;
    private final int costMin;
    private final int costMax;
    private final boolean estimate;
    private final boolean urgent;
    private final String source;
    private final List<String> requires;
    private final String credentialPath;

    private NextStep(String role, String kind, String key, Action action, String label, Requirement closes,
                     int monthsMin, int monthsMax, int costMin, int costMax, boolean estimate, boolean urgent,
                     String source, List<String> requires, String credentialPath) {
        this.role = role;
        this.kind = kind;
        this.key = key;
        this.action = action;
        this.label = label;
        this.closes = closes;
        this.monthsMin = monthsMin;
        this.monthsMax = monthsMax;
        this.costMin = costMin;
        this.costMax = costMax;
        this.estimate = estimate;
        this.urgent = urgent;
        this.source = source;
        this.requires = requires;
        this.credentialPath = credentialPath;
    }

    private static NextStep fromCatalog(String role, String kind, String key, Action action, String label, Requirement closes,
                                        boolean urgent) {
        return new NextStep(role, kind, key, action, label, closes, nz(action.getMonthsMin()), nz(action.getMonthsMax()),
                action.getCostMin(), action.getCostMax(), action.isEstimate(), urgent, action.getSource(), action.getRequires(), null);
    }

    /**
     * The catalog action that closes a gap; experience actions take the missing whole months as their time, and cite the
     * requirement's own seed line, which sets those months (a Medical Director's years are not a Clinical Services Director's).
     */
    public static NextStep close(Gap gap, Action action) {
        Requirement requirement = gap.getRequirement();
        if (action.isMonthsFromGap()) {
            String what = gap.getMeasureLabel() == null ? requirement.getNeed() : gap.getMeasureLabel();
            return gaining(requirement, action, requirement.getMeasure(), gap.getMissingMonths(), what, requirement.getSource());
        }
        return fromCatalog(requirement.getRole(), CLOSE, action.getId(), action, action.getLabel(), requirement, false);
    }

    /**
     * A longer wait on a measure a shorter gap of the same role also misses (5 years of practice typical, 3 required): the
     * same months as {@link #close}, in words that say the shorter gap's months are part of them, so two steps never read as
     * if they added up.
     */
    public static NextStep beyond(Gap gap, Gap shorter, Action action) {
        NextStep step = close(gap, action);
        if (!action.isMonthsFromGap()) {
            return step;
        }
        int before = shorter.getMissingMonths();
        return step.with(step.label + ": the " + Years.duration(before) + " for " + shorter.getRequirement().getId() + ", then "
                + Years.duration(gap.getMissingMonths() - before) + " more", step.credentialPath);
    }

    /** This step in other words, or tied to a credential of the profile. */
    private NextStep with(String newLabel, String newCredentialPath) {
        return new NextStep(role, kind, key, action, newLabel, closes, monthsMin, monthsMax, costMin, costMax, estimate, urgent,
                source, requires, newCredentialPath);
    }

    /**
     * Time that closes a gap another way: a route that counts a measure's months (the BSN route's leadership years for a
     * master's gap) is met once the measure reaches the route's minimum; the step takes the whole months still missing.
     */
    public static NextStep gain(Gap gap, Measure measure, int minimumMonths, Action action) {
        return gaining(gap.getRequirement(), action, measure.getName(), Math.max(0, minimumMonths - measure.getMonths()),
                measure.getLabel(), action.getSource());
    }

    /** A step of gaining months of a measure, keyed by the action, the measure and the months. */
    private static NextStep gaining(Requirement closes, Action action, String measure, int months, String what, String source) {
        return new NextStep(closes.getRole(), CLOSE, action.getId() + ":" + measure + ":" + months, action, gainLabel(months, what),
                closes, months, months, action.getCostMin(), action.getCostMax(), action.isEstimate(), false, source,
                action.getRequires(), null);
    }

    /** "Gain 1 more year of leadership experience", "Gain 7 more months of ...", "Gain 1 year 6 months more of ...". */
    static String gainLabel(int months, String what) {
        if (months % 12 == 0) {
            int years = months / 12;
            return "Gain " + years + " more " + (years == 1 ? "year" : "years") + " of " + what;
        }
        if (months < 12) {
            return "Gain " + months + " more " + (months == 1 ? "month" : "months") + " of " + what;
        }
        return "Gain " + Years.duration(months) + " more of " + what;
    }

    /**
     * Work in progress closes the gap when completed, in the time the profile expects; it takes the place
     * of the catalog action (its prerequisites are behind it), and its remaining cost is not counted.
     */
    public static NextStep complete(Gap gap, Qualification inProgress, Action action) {
        return completion(gap.getRequirement().getRole(), CLOSE, inProgress.getCredential(), action, gap.getRequirement());
    }

    /** Work in progress that another step needs first (a residency before the medical license). */
    public static NextStep completeFirst(String role, Credential inProgress, Action action) {
        return completion(role, PREREQUISITE, inProgress, action, null);
    }

    /** Without an expected date, the time is the catalog's for the whole program, as an estimate. */
    private static NextStep completion(String role, String kind, Credential credential, Action action, Requirement closes) {
        Integer remaining = credential.getMonthsRemaining();
        int min = remaining != null ? remaining : nz(action.getMonthsMin());
        int max = remaining != null ? remaining : nz(action.getMonthsMax());
        String left = remaining == null ? "no expected date given: up to " + Years.duration(max) + " for a whole program"
                : remaining == 0 ? "due this month or earlier: confirm it is completed" : remaining + (remaining == 1 ? " month" : " months") + " left";
        return new NextStep(role, kind, "complete:" + credential.getPath(), action,
                "Complete the " + credential.getLabel() + " in progress (" + left + "; remaining cost not counted)",
                closes, min, max, 0, 0, true, false,
                FROM_PROFILE + credential.getPath() + (remaining == null ? ", no expected date" : ", expected completion"),
                List.of(), credential.getPath());
    }

    /** A held credential that lapsed, was suspended, restricted or revoked: the catalog's step for its standing. */
    public static NextStep restore(Gap gap, Qualification held, Action action) {
        Credential credential = held.getCredential();
        NextStep step = fromCatalog(gap.getRequirement().getRole(), CLOSE, action.getId() + ":" + credential.getPath(), action,
                action.getLabel() + ": " + named(credential.getLabel(), held.getDetail()), gap.getRequirement(), false);
        return step.with(step.label, credential.getPath());
    }

    /** "RN license (RN, WA, expired 2025-09-30)", but "board certification in family medicine, expired 2025-12-31": never the name twice. */
    private static String named(String label, String detail) {
        return detail.startsWith(label) ? detail : label + " (" + detail + ")";
    }

    /** A catalog action that must come before another of the role's steps, because the candidate has not done it yet. */
    public static NextStep prerequisite(String role, Action action) {
        return fromCatalog(role, PREREQUISITE, action.getId(), action, action.getLabel(), null, false);
    }

    /** A met license or certification that lapses soon: renew it; urgent when it lapses within the policy's days. */
    public static NextStep renewal(Met met, Action action, int urgentWithinDays) {
        Credential credential = met.getQualification().getCredential();
        Integer days = credential.getDaysToExpiry();
        boolean urgent = days != null && days <= urgentWithinDays;
        String label = (urgent ? "Renew now, it lapses " + (days == 0 ? "today" : "within " + urgentWithinDays + " days")
                : action.getLabel()) + ": " + named(credential.getLabel(), credential.getDetail());
        return fromCatalog(met.getRequirement().getRole(), RENEWAL, "renew:" + credential.getPath(), action, label,
                met.getRequirement(), urgent);
    }

    public static NextStep jobSearch(Role role, Action action) {
        return fromCatalog(role.getId(), JOB_SEARCH, action.getId(), action, action.getLabel(), null, false);
    }

    private static int nz(Integer value) { return value == null ? 0 : value; }

    public String getRole() { return role; }
    public String getKind() { return kind; }
    /** The action's identity in a plan: steps with the same key are one step. */
    public String getKey() { return key; }
    public String getAction() { return action.getId(); }
    public Action getCatalogAction() { return action; }
    public String getLabel() { return label; }
    /** The requirement this step closes (or renews), null for prerequisites and job search. */
    public Requirement getCloses() { return closes; }
    public int getMonthsMin() { return monthsMin; }
    public int getMonthsMax() { return monthsMax; }
    public int getCostMin() { return costMin; }
    public int getCostMax() { return costMax; }
    public boolean isEstimate() { return estimate; }
    /** A credential that lapses within days: do it first. */
    public boolean isUrgent() { return urgent; }
    /** Its outcome is not in the candidate's hands (a revoked license): it does not count as closing. */
    public boolean isUncertain() { return action.isUncertain(); }
    public String getSource() { return source; }
    /** Credential classes needed before this step. */
    public List<String> getRequires() { return requires; }
    public List<String> getGrants() { return action.getGrants(); }
    /** The profile credential this step completes or restores ("education[1]"), whose classes it gives; else null. */
    public String getCredentialPath() { return credentialPath; }
    public int getJobSearchOrder() { return action.getJobSearchOrder(); }

    @Override public boolean equals(Object o) {
        return o instanceof NextStep s && role.equals(s.role) && kind.equals(s.kind) && key.equals(s.key)
                && label.equals(s.label) && closes == s.closes;
    }
    @Override public int hashCode() { return Objects.hash(role, kind, key, label, System.identityHashCode(closes)); }
    @Override public String toString() { return role + ": " + label; }
}
