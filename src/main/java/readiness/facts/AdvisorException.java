package readiness.facts;

/**
 * A waiver or a substitution an advisor recorded in the profile for one requirement. For a
 * substitution, code names the candidate's credential accepted in its place.
 */
public final class AdvisorException {
    public static final String WAIVER = "waiver";
    public static final String SUBSTITUTION = "substitution";

    private final String kind;
    private final String requirement;
    private final String code;
    private final String reason;
    private final String by;
    private final String date;
    private final String path;

    public AdvisorException(String kind, String requirement, String code, String reason, String by, String date, String path) {
        this.kind = kind;
        this.requirement = requirement;
        this.code = code;
        this.reason = reason;
        this.by = by;
        this.date = date;
        this.path = path;
    }

    public String getKind() { return kind; }
    public String getRequirement() { return requirement; }
    public String getCode() { return code; }
    public String getReason() { return reason; }
    public String getBy() { return by; }
    public String getDate() { return date; }
    /** Where it is in the profile: "waivers[0]". */
    public String getPath() { return path; }

    /** "waived by Dr. Lee on 2026-10-01: relevant military experience". */
    public String describe() {
        return (kind.equals(WAIVER) ? "waived" : "accepted") + " by " + by + " on " + date + ": " + reason;
    }
}
