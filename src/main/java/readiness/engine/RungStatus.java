package readiness.engine;

import readiness.facts.Rung;

import java.util.List;

/** One rung of a role's ladder for one candidate: reached or not, and how each of its conditions stands. */
public record RungStatus(Rung rung, boolean reached, List<Condition> conditions) {

    /** A condition of the rung; requirement is null for "ready for the role" on rungs at or above the role. */
    public record Condition(String requirement, String need, boolean met, String detail) {
    }
}
