package readiness.domain;

/** A degree: completed (the default), in progress with an expected date, or left incomplete. */
public record Education(String degree, String field, Boolean healthcareFocus, String status, String completed,
                        String expected, String institution) {
}
