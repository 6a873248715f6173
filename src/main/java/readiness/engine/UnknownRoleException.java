package readiness.engine;

/** A role id asked for (--role or targetRoles) that the rule set does not define. */
public final class UnknownRoleException extends Exception {
    public UnknownRoleException(String message) {
        super(message);
    }
}
