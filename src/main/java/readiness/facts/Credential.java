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
    private final String detail;
    private final String path;
    private final Integer monthsRemaining;
    private final Integer monthsToExpiry;

    public Credential(String kind, String code, String label, String field, boolean healthcareFocus, String state,
                      String detail, String path, Integer monthsRemaining, Integer monthsToExpiry) {
        this.kind = kind;
        this.code = code;
        this.label = label;
        this.field = field;
        this.healthcareFocus = healthcareFocus;
        this.state = state;
        this.detail = detail;
        this.path = path;
        this.monthsRemaining = monthsRemaining;
        this.monthsToExpiry = monthsToExpiry;
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
    /** What the candidate has, as a person reads it: "RN, OH, active, expires 2027-03-31". */
    public String getDetail() { return detail; }
    /** Where it came from in the profile: "licenses[0]". */
    public String getPath() { return path; }
    /** Whole months until an in-progress degree is expected, else null. */
    public Integer getMonthsRemaining() { return monthsRemaining; }
    /** Whole months until a valid license or certification expires, else null. */
    public Integer getMonthsToExpiry() { return monthsToExpiry; }

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
