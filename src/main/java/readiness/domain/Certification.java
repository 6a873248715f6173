package readiness.domain;

/** A professional certification; an expired one does not count. */
public record Certification(String code, String earned, String expires) {
}
