package readiness.engine;

/**
 * A rule stopped its session: it never settled, or its consequence failed on the facts before it. The message names
 * the rule at file:line. Exit 3 in the commands (the rules are at fault, not the profile); one rejected record in a batch.
 */
public class RuleRunException extends RuntimeException {
    public RuleRunException(String message) {
        super(message);
    }
}
