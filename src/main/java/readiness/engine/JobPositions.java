package readiness.engine;

import readiness.facts.Job;
import readiness.facts.Position;

import java.util.List;

/** A job of the work history and the ladder positions it counts at; none when no rule classifies its title. */
public record JobPositions(Job job, List<Position> positions) {
}
