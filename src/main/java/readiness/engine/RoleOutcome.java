package readiness.engine;

import readiness.facts.Gap;
import readiness.facts.Met;
import readiness.facts.Role;
import readiness.facts.Rung;
import readiness.facts.Verdict;

import java.util.List;

/** What the rules concluded for one role, in a stable order. level is null below the first rung. */
public record RoleOutcome(
        Role role,
        Verdict verdict,
        double score,
        Rung level,
        List<Met> met,
        List<Gap> gaps,
        List<PlannedStep> steps,
        int monthsToReadyMin,
        int monthsToReadyMax,
        List<RungStatus> ladder) {
}
