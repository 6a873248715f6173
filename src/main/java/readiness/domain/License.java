package readiness.domain;

/** A professional license; it counts only if active, unrestricted and not expired as of the assessment date. */
public record License(String type, String jurisdiction, String status, Boolean restricted, String expires) {
}
