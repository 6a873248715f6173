package readiness.engine;

import readiness.facts.Credential;

import java.time.LocalDate;
import java.util.List;

/** One candidate's outcome for every role assessed, with the rule set that produced it. */
public record Assessment(
        String candidateId,
        String candidateName,
        LocalDate asOf,
        String ruleSetVersion,
        String ruleSetLocation,
        List<RoleOutcome> roles,
        List<Credential> unrecognized,
        List<JobPositions> positions) {
}
