package readiness.engine;

import java.util.List;

/**
 * A next step after merging: one action for a role, the requirements it closes, and the steps that
 * must come first. Earliest finish is the critical path through its prerequisites, in months.
 */
public record PlannedStep(
        int order,
        String action,
        String label,
        String kind,
        List<String> closes,
        List<Integer> after,
        int monthsMin,
        int monthsMax,
        int costMin,
        int costMax,
        boolean estimate,
        boolean urgent,
        String source) {
}
