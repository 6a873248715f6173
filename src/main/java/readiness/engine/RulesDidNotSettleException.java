package readiness.engine;

/**
 * A session the rules kept busy past its budget: too many firings, too many facts or too long. The session is
 * halted and discarded; the message names the rule at file:line. Exit 3 in the commands; one rejected record in a batch.
 */
public final class RulesDidNotSettleException extends RuleRunException {
    public RulesDidNotSettleException(String message) {
        super(message);
    }
}
