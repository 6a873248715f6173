package readiness.facts;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One entry of the profile's work history, for the vocabulary rules that classify its title into a
 * ladder position. The span is the calendar months it counts as of the assessment date (null when none).
 */
public final class Job {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final String path;
    private final String title;
    private final String kind;
    private final String position;
    private final MonthSpans.Span span;
    private final String lowerTitle;
    private final int index;

    public Job(String path, String title, String kind, String position, MonthSpans.Span span) {
        this.path = path;
        this.title = title;
        this.kind = kind;
        this.position = position;
        this.span = span;
        this.lowerTitle = title.toLowerCase(java.util.Locale.ROOT);
        String digits = path.replaceAll("\\D", "");
        this.index = digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    /** Where it is in the profile: "experience[1]". */
    public String getPath() { return path; }
    /** Its place in the work history: 1 for "experience[1]". */
    public int getIndex() { return index; }
    /** The title as the profile gives it, or empty. */
    public String getTitle() { return title; }
    /** clinical, supervisory, management, executive, administrative, physician-practice or other. */
    public String getKind() { return kind; }
    /** The ladder position (a rung id) the profile states for this job, or null when the title is to be classified. */
    public String getPosition() { return position; }
    public MonthSpans.Span getSpan() { return span; }
    public int getMonths() { return span == null ? 0 : span.months(); }

    /** Whether the lower-cased title matches the pattern anywhere, as whole words ("\\bnurse manager\\b"). */
    public boolean titleMatches(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r)).matcher(lowerTitle).find();
    }

    /** "Nurse Manager (experience[1], 2017-06 to 2026-10)". */
    public String describe() {
        String name = title.isBlank() ? kind + " job" : title;
        return name + " (" + path + (span == null ? ", no months counted" : ", " + span) + ")";
    }

    @Override public boolean equals(Object o) {
        return o instanceof Job j && path.equals(j.path) && title.equals(j.title) && Objects.equals(position, j.position);
    }
    @Override public int hashCode() { return Objects.hash(path, title, position); }
    @Override public String toString() { return path + " " + title; }
}
