package readiness.facts;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One entry of the profile's education, licenses, exams, certifications, board certifications
 * or training, normalised by Java so rules can classify it: code upper-cased, field lower-cased,
 * and its standing as of the assessment date worked out.
 */
public final class Credential {
    public static final String VALID = "valid";
    public static final String IN_PROGRESS = "in-progress";
    public static final String LAPSED = "lapsed";
    public static final String BLOCKED = "blocked";

    private final String kind;
    private final String code;
    private final String label;
    private final String field;
    private final boolean healthcareFocus;
    private final String state;
    private final String standing;
    private final String detail;
    private final String path;
    private final Integer monthsRemaining;
    private final Integer monthsToExpiry;
    private final Integer daysToExpiry;

    public Credential(String kind, String code, String label, String field, boolean healthcareFocus, String state,
                      String standing, String detail, String path, Integer monthsRemaining, Integer monthsToExpiry,
                      Integer daysToExpiry) {
        this.kind = kind;
        this.code = code;
        this.label = label;
        this.field = field;
        this.healthcareFocus = healthcareFocus;
        this.state = state;
        this.standing = standing;
        this.detail = detail;
        this.path = path;
        this.monthsRemaining = monthsRemaining;
        this.monthsToExpiry = monthsToExpiry;
        this.daysToExpiry = daysToExpiry;
    }

    /** degree, license, exam, certification, board-certification or training. */
    public String getKind() { return kind; }
    /** Upper-case code: BSN, RN, NCLEX-RN, CPHQ; for training the type, for board certification BOARD. */
    public String getCode() { return code; }
    /** A short name for steps: "MHA", "RN license", "CPHQ certification". */
    public String getLabel() { return label; }
    /** Lower-case field of study or specialty, empty when none was given. */
    public String getField() { return field; }
    public boolean isHealthcareFocus() { return healthcareFocus; }
    /** valid, in-progress, lapsed (expired or inactive, can be renewed) or blocked (restricted, suspended, revoked, incomplete). */
    public String getState() { return state; }
    public boolean isValid() { return VALID.equals(state); }
    public boolean isInProgress() { return IN_PROGRESS.equals(state); }
    public boolean isLapsed() { return LAPSED.equals(state); }
    /**
     * Its standing in the profile's words, as of the assessment date: completed, in-progress, incomplete;
     * active, expired, inactive, suspended, revoked, restricted; eligible.
     */
    public String getStanding() { return standing; }
    /** Held but not in good standing, in a way a catalog step restores (renewal, the board's conditions). */
    public boolean isRestorable() {
        return LAPSED.equals(state) || "suspended".equals(standing) || "revoked".equals(standing) || "restricted".equals(standing);
    }
    /** What the candidate has, as a person reads it: "RN, OH, active, expires 2027-03-31". */
    public String getDetail() { return detail; }
    /** Where it came from in the profile: "licenses[0]". */
    public String getPath() { return path; }
    /** Whole months until an in-progress degree is expected, else null. */
    public Integer getMonthsRemaining() { return monthsRemaining; }
    /** Months until work in progress is done, for ordering: unknown (no expected date) sorts last. */
    public int getMonthsToComplete() { return monthsRemaining == null ? Integer.MAX_VALUE : monthsRemaining; }
    /** Whole months until a valid license or certification expires, else null. */
    public Integer getMonthsToExpiry() { return monthsToExpiry; }
    /** Days until a valid license or certification expires (0 on its last day), else null. */
    public Integer getDaysToExpiry() { return daysToExpiry; }

    /** Rule files pass a handful of constant patterns, so each is compiled once and shared. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public boolean fieldMatches(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(field).matches();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Credential c && path.equals(c.path) && detail.equals(c.detail);
    }
    @Override public int hashCode() { return Objects.hash(path, detail); }
    @Override public String toString() { return path + " " + detail; }
}
