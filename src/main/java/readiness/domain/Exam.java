package readiness.domain;

/** A licensure exam passed (NCLEX-RN, USMLE, COMLEX-USA). */
public record Exam(String name, String passed) {
}
