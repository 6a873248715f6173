package readiness.domain;

/**
 * A job or role held; no end means it is current and runs to the assessment date. position, when given,
 * is the ladder rung id the job held (its title is then not classified by the vocabulary rules).
 */
public record Experience(String title, String kind, String organization, String start, String end, Integer directReports,
                         String position) {
}
