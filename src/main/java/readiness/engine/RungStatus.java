package readiness.engine;

import readiness.facts.Rung;

import java.util.List;

/** One rung of a role's ladder for one candidate: reached or not, and how each of its conditions stands. */
public record RungStatus(Rung rung, boolean reached, List<Condition> conditions) {

    /** "Ready for the role", the first condition of every rung at or above the role's own title. */
    public static Condition ready(List<String> requiredGaps) {
        return new Condition(null, "Ready for the role: every required requirement met", requiredGaps.isEmpty(),
                requiredGaps.isEmpty() ? "no required gap" : "required gaps: " + String.join(", ", requiredGaps));
    }

    /** A condition of the rung; requirement is null for "ready for the role" on rungs at or above the role. */
    public record Condition(String requirement, String need, boolean met, String detail) {
    }
}
