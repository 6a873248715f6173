package readiness.engine;

import java.util.List;

/** Why each requirement of a role came out as it did: the deciding rule, the facts it looked at, the failing condition. */
public record Explanation(String candidateId, String asOf, List<RoleExplanation> roles, List<String> facts) {

    public record RoleExplanation(String role, String title, String verdict, String verdictRule, String level,
                                  List<RequirementExplanation> requirements) {
    }

    /**
     * @param outcome MET, GAP, or NOT MET (for ladder conditions and optional requirements, which are never gaps)
     * @param test how the requirement is met: "any of: ...", "years.healthcare >= 5"
     * @param rule the rule that decided it, or null when no rule fired (a ladder condition not met)
     * @param lookedAt the facts the deciding rule matched, as a person reads them
     * @param why for anything not met: the condition that failed, with the values compared
     */
    public record RequirementExplanation(String id, String severity, String need, String outcome, String test, String rule,
                                         List<String> lookedAt, String why) {
    }
}
