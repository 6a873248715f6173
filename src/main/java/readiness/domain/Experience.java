package readiness.domain;

/** A job or role held; no end means it is current and runs to the assessment date. */
public record Experience(String title, String kind, String organization, String start, String end, Integer directReports) {
}
