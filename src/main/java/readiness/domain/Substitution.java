package readiness.domain;

/** An advisor accepts one of the candidate's credentials (by code) for a requirement it would not otherwise meet. */
public record Substitution(String requirement, String credential, String reason, String by, String date) {
}
