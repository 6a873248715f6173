package readiness.engine;

/** A rule's consequence threw (a division by zero, a method called on a missing value): named at file:line with why. */
public final class RuleFailedException extends RuleRunException {
    public RuleFailedException(String message) {
        super(message);
    }
}
