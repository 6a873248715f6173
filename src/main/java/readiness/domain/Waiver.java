package readiness.domain;

/** An advisor's waiver of one requirement for this candidate: reported as met by waiver, with who, when and why. */
public record Waiver(String requirement, String reason, String by, String date) {
}
