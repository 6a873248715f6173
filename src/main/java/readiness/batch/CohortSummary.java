package readiness.batch;

import readiness.facts.Role;
import readiness.facts.Rung;
import readiness.report.Report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a whole cohort, kept small whatever its size: per role the verdicts, ladder rungs,
 * gaps, months to ready, and the single actions that would make not-yet-ready candidates ready.
 */
public final class CohortSummary implements BatchListener {
    /** Upper bounds (inclusive) of the months-to-ready buckets; the last is open. */
    static final int[] MONTH_BUCKETS = {0, 3, 6, 12, 24, 36, 60, 120};
    static final List<String> VERDICTS = List.of("READY", "NEARLY_READY", "NOT_READY");

    private final Map<String, RoleCounts> roles = new LinkedHashMap<>();
    private final String ruleSetVersion;
    private final String ruleSetSource;
    private final List<Rejected> rejectedShown = new java.util.ArrayList<>();
    private long read;
    private long assessed;

    /** The first rejected records, for the HTML summary; the errors file has them all. */
    static final int REJECTED_SHOWN = 100;

    /** A rejected record: where it was, its id if it could be read, and why. */
    public record Rejected(String where, String id, List<String> problems) {
    }

    public CohortSummary(List<Role> definitions, String ruleSetVersion, String ruleSetSource) {
        definitions.forEach(role -> roles.put(role.getId(), new RoleCounts(role)));
        this.ruleSetVersion = ruleSetVersion;
        this.ruleSetSource = ruleSetSource;
    }

    /** One role's counts. */
    static final class RoleCounts {
        final Role role;
        long candidates;
        final Map<String, Long> verdicts = new LinkedHashMap<>();
        final Map<String, Long> levels = new LinkedHashMap<>();
        final Map<String, Long> gaps = new TreeMap<>();
        final Map<String, String> gapSeverity = new TreeMap<>();
        final long[] months = new long[MONTH_BUCKETS.length + 1];
        /** The one step, in words with how long it takes, and how many candidates it would make ready. */
        final Map<String, Unlock> unlockGroups = new TreeMap<>();

        /** The one steps, by what they are and how long they take across the candidates they would make ready. */
        Map<String, Long> unlocks() {
            Map<String, Long> counts = new TreeMap<>();
            unlockGroups.values().forEach(u -> counts.merge(u.display(), u.count, Long::sum));
            return counts;
        }

        String unlockAction(String display) {
            return unlockGroups.values().stream().filter(u -> u.display().equals(display)).map(u -> u.actionId).findFirst().orElse(null);
        }

        RoleCounts(Role role) {
            this.role = role;
            VERDICTS.forEach(v -> verdicts.put(v, 0L));
            levels.put("", 0L);
            role.getRungs().forEach(rung -> levels.put(rung.getId(), 0L));
        }

        void add(Report.RoleReport report) {
            candidates++;
            verdicts.merge(report.verdict(), 1L, Long::sum);
            levels.merge(report.level() == null ? "" : report.level(), 1L, Long::sum);
            for (Report.GapItem gap : report.gaps()) {
                gaps.merge(gap.requirement(), 1L, Long::sum);
                gapSeverity.put(gap.requirement(), gap.severity());
            }
            months[bucket(report.monthsToReady().max())]++;
            Report.StepItem unlock = singleUnlockingStep(report);
            if (unlock != null) {
                String what = generic(unlock.action());
                // Keyed by the words a program reads: one row per kind of step, whichever of the role's gaps it closes.
                unlockGroups.computeIfAbsent(what, k -> new Unlock(what, unlock.actionId()))
                        .add(unlock.months());
            }
        }
    }

    static int bucket(int months) {
        for (int i = 0; i < MONTH_BUCKETS.length; i++) {
            if (months <= MONTH_BUCKETS[i]) {
                return i;
            }
        }
        return MONTH_BUCKETS.length;
    }

    static String bucketLabel(int index) {
        if (index == 0) {
            return "0 (ready)";
        }
        if (index == MONTH_BUCKETS.length) {
            return "over " + MONTH_BUCKETS[index - 1];
        }
        return (MONTH_BUCKETS[index - 1] + 1) + "-" + MONTH_BUCKETS[index];
    }

    /** One kind of one step: what it is, in words that hold for every candidate, and the months it takes them. */
    static final class Unlock {
        final String label;
        final String actionId;
        long count;
        int minMonths = Integer.MAX_VALUE;
        int maxMonths;

        Unlock(String label, String actionId) {
            this.label = label;
            this.actionId = actionId;
        }

        void add(Report.Range months) {
            count++;
            minMonths = Math.min(minMonths, months.min());
            maxMonths = Math.max(maxMonths, months.max());
        }

        String display() {
            return label + ", takes " + duration(new Report.Range(minMonths, maxMonths));
        }
    }

    /**
     * A step's words without what is one candidate's own ("Gain 7 more months of leadership experience" becomes "Gain
     * leadership experience"; a renewal or recertification loses the credential it names), so a cohort's steps group.
     */
    static String generic(String action) {
        java.util.regex.Matcher gain = GAIN.matcher(action);
        if (gain.matches()) {
            return "Gain " + gain.group(1);
        }
        java.util.regex.Matcher complete = COMPLETE.matcher(action);
        if (complete.matches()) {
            return "Complete the " + complete.group(1) + " in progress";
        }
        int colon = ownPartAt(action);
        return colon > 0 ? action.substring(0, colon) : action;
    }

    /** Where ": " starts the credential a step names, outside the catalog's own parentheses ("(continuing certification: ...)"). */
    private static int ownPartAt(String action) {
        int depth = 0;
        for (int i = 0; i + 1 < action.length(); i++) {
            char c = action.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ':' && depth == 0 && action.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern GAIN = java.util.regex.Pattern.compile("Gain .*? (?:more )?of ([^:]+)(?:: .*)?");
    private static final java.util.regex.Pattern COMPLETE = java.util.regex.Pattern.compile("Complete the (.+?) in progress \\(.*");

    /** "12 months", "24-36 months": how long the step takes, so a long wait is never called one step without saying so. */
    static String duration(Report.Range months) {
        String unit = months.max() == 1 ? " month" : " months";
        return months.min() == months.max() ? months.max() + unit : months.min() + "-" + months.max() + unit;
    }

    /**
     * The one step that would close every required gap of a not-ready candidate, with no prerequisite still
     * to do, if there is one: completing a master's, gaining the missing months of one kind of experience.
     */
    static Report.StepItem singleUnlockingStep(Report.RoleReport report) {
        // Loops, not streams: this runs on the batch's one writer thread for every role of every candidate.
        List<String> required = new java.util.ArrayList<>();
        for (Report.GapItem gap : report.gaps()) {
            if (gap.severity().equals("required")) {
                required.add(gap.requirement());
            }
        }
        if (required.isEmpty()) {
            return null;
        }
        Report.StepItem only = null;
        for (Report.StepItem step : report.nextSteps()) {
            if (closesAny(step, required)) {
                if (only != null) {
                    return null;
                }
                only = step;
            }
        }
        // A prerequisite still to do makes it two steps, not one.
        return only != null && only.after().isEmpty() && only.closes().containsAll(required) ? only : null;
    }

    private static boolean closesAny(Report.StepItem step, List<String> requirements) {
        for (String closed : step.closes()) {
            if (requirements.contains(closed)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void accept(Outcome outcome) {
        read++;
        if (outcome.report() == null) {
            if (rejectedShown.size() < REJECTED_SHOWN) {
                rejectedShown.add(new Rejected(outcome.record().label(), outcome.candidateId(), outcome.problems()));
            }
            return;
        }
        assessed++;
        for (Report.RoleReport role : outcome.report().roles()) {
            RoleCounts counts = roles.get(role.role());
            if (counts != null) {
                counts.add(role);
            }
        }
    }

    public long read() { return read; }
    public long assessed() { return assessed; }
    public long rejected() { return read - assessed; }
    public String ruleSetVersion() { return ruleSetVersion; }
    public String ruleSetSource() { return ruleSetSource; }
    /** The first rejected records, in input order (at most REJECTED_SHOWN). */
    public List<Rejected> rejectedShown() { return rejectedShown; }

    /** The roles that at least one candidate was assessed for, in rule-set order. */
    List<RoleCounts> roles() {
        return roles.values().stream().filter(r -> r.candidates > 0).toList();
    }

    static String rungTitle(Role role, String rungId) {
        return rungId.isEmpty() ? "below the first rung"
                : role.getRungs().stream().filter(r -> r.getId().equals(rungId)).map(Rung::getTitle).findFirst().orElse(rungId);
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
