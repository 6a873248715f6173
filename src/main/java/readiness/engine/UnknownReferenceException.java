package readiness.engine;

/**
 * A profile or command line names something the rule set does not define: a role (--role,
 * targetRoles), a waived requirement, or a substituted credential the profile does not list.
 */
public final class UnknownReferenceException extends Exception {
    public UnknownReferenceException(String message) {
        super(message);
    }
}
