package readiness.engine;

import readiness.domain.BoardCertification;
import readiness.domain.Certification;
import readiness.domain.DateText;
import readiness.domain.Education;
import readiness.domain.Exam;
import readiness.domain.Experience;
import readiness.domain.License;
import readiness.domain.Profile;
import readiness.domain.Substitution;
import readiness.domain.Training;
import readiness.domain.Waiver;
import readiness.facts.AdvisorException;
import readiness.facts.Candidate;
import readiness.facts.Credential;
import readiness.facts.Job;
import readiness.facts.Measure;
import readiness.facts.MonthSpans;
import readiness.facts.Skill;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated profile into the facts rules reason over, as of the assessment date: credentials
 * with their standing, jobs for the title rules, experience measures in whole calendar months, and skills.
 *
 * <p>Experience counts whole calendar months: a job counts every month from its start month to its end
 * month inclusive (a YYYY-MM-DD date counts its whole month); a current job, or one ending later, counts
 * up to the month before the assessment month, the last month completed by the assessment date.
 */
public final class ProfileFacts {
    private static final Set<String> LEADERSHIP = Set.of("supervisory", "management", "executive");
    /** Direct patient care: clinical work, and a physician's practice (000 Step 1, "direct patient care"). */
    private static final Set<String> DIRECT_CARE = Set.of("clinical", "physician-practice");
    private static final Map<String, String> KIND_LABELS = new LinkedHashMap<>();

    static {
        KIND_LABELS.put("clinical", "direct patient care (clinical or physician practice) experience");
        KIND_LABELS.put("supervisory", "supervisory experience");
        KIND_LABELS.put("management", "management experience");
        KIND_LABELS.put("executive", "executive experience");
        KIND_LABELS.put("administrative", "administrative experience");
        KIND_LABELS.put("physician-practice", "physician practice");
        KIND_LABELS.put("other", "other experience");
    }

    private final Profile profile;
    private final LocalDate asOf;
    /** The last month experience counts: the month before the assessment month. */
    private final YearMonth lastCounted;

    public ProfileFacts(Profile profile, LocalDate asOf) {
        this.profile = profile;
        this.asOf = asOf;
        this.lastCounted = YearMonth.from(asOf).minusMonths(1);
    }

    /** Every fact, in profile order, so a session sees the same input every time. */
    public List<Object> all() {
        List<Object> facts = new ArrayList<>();
        facts.add(new Candidate(profile.id(), asOf));
        facts.addAll(credentials());
        facts.addAll(jobs());
        facts.addAll(measures());
        profile.skills().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).distinct().map(Skill::new).forEach(facts::add);
        for (int i = 0; i < profile.waivers().size(); i++) {
            Waiver w = profile.waivers().get(i);
            facts.add(new AdvisorException(AdvisorException.WAIVER, lower(w.requirement()), null, w.reason(), w.by(), w.date(),
                    "waivers[" + i + "]"));
        }
        for (int i = 0; i < profile.substitutions().size(); i++) {
            Substitution s = profile.substitutions().get(i);
            facts.add(new AdvisorException(AdvisorException.SUBSTITUTION, lower(s.requirement()), upper(s.credential()),
                    s.reason(), s.by(), s.date(), "substitutions[" + i + "]"));
        }
        return facts;
    }

    List<Credential> credentials() {
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < profile.education().size(); i++) {
            credentials.add(degree(profile.education().get(i), "education[" + i + "]"));
        }
        for (int i = 0; i < profile.licenses().size(); i++) {
            credentials.add(license(profile.licenses().get(i), "licenses[" + i + "]"));
        }
        for (int i = 0; i < profile.exams().size(); i++) {
            credentials.add(exam(profile.exams().get(i), "exams[" + i + "]"));
        }
        for (int i = 0; i < profile.certifications().size(); i++) {
            credentials.add(certification(profile.certifications().get(i), "certifications[" + i + "]"));
        }
        for (int i = 0; i < profile.boardCertifications().size(); i++) {
            credentials.add(board(profile.boardCertifications().get(i), "boardCertifications[" + i + "]"));
        }
        for (int i = 0; i < profile.training().size(); i++) {
            credentials.add(training(profile.training().get(i), "training[" + i + "]"));
        }
        return credentials;
    }

    private Credential degree(Education e, String path) {
        String code = upper(e.degree());
        String field = lower(e.field());
        boolean focus = Boolean.TRUE.equals(e.healthcareFocus());
        String name = code + (field.isEmpty() ? "" : " (" + field + ")") + (focus ? ", healthcare focus" : "");
        String status = e.status() == null ? "completed" : lower(e.status());
        DateText completed = date(e.completed());
        DateText expected = date(e.expected());
        if (status.equals("incomplete")) {
            return new Credential("degree", code, code, field, focus, Credential.BLOCKED, "incomplete", name + ", incomplete",
                    path, null, null, null);
        }
        if (status.equals("in-progress") || (completed != null && completed.first().isAfter(asOf))) {
            DateText due = expected != null ? expected : completed;
            return new Credential("degree", code, code, field, focus, Credential.IN_PROGRESS, "in-progress",
                    name + " in progress, " + expectedText(due), path, due == null ? null : monthsToMonth(due.first()), null, null);
        }
        return new Credential("degree", code, code, field, focus, Credential.VALID, "completed",
                name + (completed == null ? ", completed" : ", completed " + completed.text()), path, null, null, null);
    }

    private Credential license(License l, String path) {
        String code = upper(l.type());
        String label = (code.equals("MEDICAL") ? "medical" : code) + " license";
        String status = l.status() == null ? "active" : lower(l.status());
        DateText expires = date(l.expires());
        boolean restricted = Boolean.TRUE.equals(l.restricted());
        StringBuilder detail = new StringBuilder(code.equals("MEDICAL") ? "medical license" : code);
        if (l.jurisdiction() != null && !l.jurisdiction().isBlank()) {
            detail.append(", ").append(l.jurisdiction().trim());
        }
        String state;
        String standing = status;
        if (status.equals("suspended") || status.equals("revoked")) {
            state = Credential.BLOCKED;
            detail.append(", ").append(status);
        } else if (status.equals("expired") || status.equals("inactive")) {
            state = Credential.LAPSED;
            // "expired 2025-09-30" is when it lapsed; an inactive license's date, or a later one, is only the date on file.
            boolean lapsedOnDate = status.equals("expired") && expires != null && !expires.first().isAfter(asOf);
            detail.append(", ").append(status).append(expires == null ? "" : lapsedOnDate ? " " + expires.text()
                    : ", expiry date on file " + expires.text());
        } else if (expires != null && expires.last().isBefore(asOf)) {
            state = Credential.LAPSED;
            standing = "expired";
            detail.append(", expired ").append(expires.text());
        } else if (restricted) {
            state = Credential.BLOCKED;
            standing = "restricted";
            detail.append(", active but restricted");
        } else {
            state = Credential.VALID;
            detail.append(", active").append(expires == null ? "" : ", expires " + expires.text());
        }
        boolean valid = state.equals(Credential.VALID) && expires != null;
        return new Credential("license", code, label, "", false, state, standing, detail.toString(), path, null,
                valid ? monthsUntil(expires.last()) : null, valid ? daysUntil(expires.last()) : null);
    }

    private Credential exam(Exam x, String path) {
        String code = upper(x.name());
        DateText passed = date(x.passed());
        if (passed != null && passed.first().isAfter(asOf)) {
            return new Credential("exam", code, code, "", false, Credential.IN_PROGRESS, "scheduled", code + ", scheduled " + passed.text(),
                    path, monthsToMonth(passed.first()), null, null);
        }
        return new Credential("exam", code, code, "", false, Credential.VALID, "passed",
                code + (passed == null ? ", passed" : ", passed " + passed.text()), path, null, null, null);
    }

    private Credential certification(Certification c, String path) {
        String code = upper(c.code());
        DateText earned = date(c.earned());
        DateText expires = date(c.expires());
        String label = code + " certification";
        if (earned != null && earned.first().isAfter(asOf)) {
            return new Credential("certification", code, label, "", false, Credential.IN_PROGRESS, "in-progress",
                    code + " in progress, expected " + earned.text(), path, monthsToMonth(earned.first()), null, null);
        }
        String since = earned == null ? "" : ", earned " + earned.text();
        if (expires != null && expires.last().isBefore(asOf)) {
            return new Credential("certification", code, label, "", false, Credential.LAPSED, "expired",
                    code + since + ", expired " + expires.text(), path, null, null, null);
        }
        return new Credential("certification", code, label, "", false, Credential.VALID, "active",
                code + since + (expires == null ? "" : ", expires " + expires.text()), path, null,
                expires == null ? null : monthsUntil(expires.last()), expires == null ? null : daysUntil(expires.last()));
    }

    private Credential board(BoardCertification b, String path) {
        String specialty = lower(b.specialty());
        String status = b.status() == null ? "active" : lower(b.status());
        DateText expires = date(b.expires());
        String name = "board certification" + (specialty.isEmpty() ? "" : " in " + specialty);
        String state = switch (status) {
            case "active" -> expires != null && expires.last().isBefore(asOf) ? Credential.LAPSED : Credential.VALID;
            case "expired", "inactive" -> Credential.LAPSED;
            case "eligible" -> Credential.IN_PROGRESS;
            default -> Credential.BLOCKED;
        };
        String standing = state.equals(Credential.LAPSED) && status.equals("active") ? "expired" : status;
        String detail = name + ", " + standing
                + (expires == null ? "" : (state.equals(Credential.VALID) ? ", expires " : " ") + expires.text());
        boolean valid = state.equals(Credential.VALID) && expires != null;
        return new Credential("board-certification", "BOARD", name, specialty, false, state, standing, detail, path, null,
                valid ? monthsUntil(expires.last()) : null, valid ? daysUntil(expires.last()) : null);
    }

    private Credential training(Training t, String path) {
        String code = upper(t.type());
        String specialty = lower(t.specialty());
        String name = lower(t.type()) + (specialty.isEmpty() ? "" : " in " + specialty);
        DateText completed = date(t.completed());
        DateText expected = date(t.expected());
        boolean inProgress = "in-progress".equals(lower(t.status())) || (completed != null && completed.first().isAfter(asOf));
        if (inProgress) {
            DateText due = expected != null ? expected : completed;
            return new Credential("training", code, name, specialty, false, Credential.IN_PROGRESS, "in-progress",
                    name + " in progress, " + expectedText(due), path, due == null ? null : monthsToMonth(due.first()), null, null);
        }
        return new Credential("training", code, name, specialty, false, Credential.VALID, "completed",
                name + (completed == null ? ", completed" : ", completed " + completed.text()), path, null, null, null);
    }

    /** The work history as jobs for the title rules, with the months each counts. */
    List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < profile.experience().size(); i++) {
            Experience x = profile.experience().get(i);
            String position = x.position() == null || x.position().isBlank() ? null : lower(x.position());
            jobs.add(new Job("experience[" + i + "]", x.title() == null ? "" : x.title().trim(), lower(x.kind()), position, span(x)));
        }
        return jobs;
    }

    List<Measure> measures() {
        Map<String, List<MonthSpans.Span>> byKind = new LinkedHashMap<>();
        KIND_LABELS.keySet().forEach(kind -> byKind.put(kind, new ArrayList<>()));
        List<MonthSpans.Span> healthcare = new ArrayList<>();
        List<MonthSpans.Span> leadership = new ArrayList<>();
        for (Experience x : profile.experience()) {
            MonthSpans.Span span = span(x);
            if (span == null) {
                // not started by the assessment month: an empty span, so the measure names it rather than "no periods"
                span = new MonthSpans.Span(YearMonth.from(DateText.parse(x.start()).first()), lastCounted);
            }
            String kind = lower(x.kind());
            byKind.get(kind).add(span);
            if (kind.equals("physician-practice")) {
                byKind.get("clinical").add(span);
            }
            if (!kind.equals("other")) {
                healthcare.add(span);
            }
            if (LEADERSHIP.contains(kind)) {
                leadership.add(span);
            }
        }
        List<Measure> measures = new ArrayList<>();
        byKind.forEach((kind, spans) -> measures.add(measure("years." + kind, KIND_LABELS.get(kind), MonthSpans.union(spans))));
        measures.add(measure("years.leadership", "leadership (supervisory, management or executive) experience", MonthSpans.union(leadership)));
        measures.add(measure("years.healthcare", "healthcare experience", MonthSpans.union(healthcare)));
        measures.addAll(residencyMeasures());
        return measures;
    }

    /**
     * Physicians' experience counts from the month after the first completed residency: practice (direct patient
     * care) after it, any healthcare work after it (the medical director ladder's total experience), and time since.
     */
    private List<Measure> residencyMeasures() {
        YearMonth residencyEnd = completedBy("residency");
        boolean undated = residencyEnd == null && profile.training().stream()
                .anyMatch(t -> "residency".equals(lower(t.type())) && !"in-progress".equals(lower(t.status())));
        String bound = null;
        if (undated) {
            // A fellowship follows residency (004 How to Become, Step 1: "residency and potentially fellowship training"):
            // any dated one is taken to bound an undated residency's end, so practice counts at least from the month after it.
            residencyEnd = completedBy("fellowship");
            bound = "counted from " + (residencyEnd == null ? null : residencyEnd.plusMonths(1))
                    + ": the residency has no date, a fellowship was completed " + residencyEnd + "; ";
        }
        String practiceLabel = "clinical practice after residency";
        String afterLabel = "healthcare experience after residency";
        if (residencyEnd == null) {
            String none = undated ? "the residency completed has no date: add its completion date to count practice after it"
                    : "no completed residency with a date";
            return List.of(new Measure("years.post-residency-practice", practiceLabel, 0, none),
                    new Measure("years.post-residency", afterLabel, 0, none),
                    new Measure("years.since-residency", "time since residency", 0, none));
        }
        YearMonth from = residencyEnd.plusMonths(1);
        List<MonthSpans.Span> practice = new ArrayList<>();
        List<MonthSpans.Span> after = new ArrayList<>();
        for (Experience x : profile.experience()) {
            MonthSpans.Span span = span(x);
            String kind = lower(x.kind());
            if (span == null || span.last().isBefore(from) || kind.equals("other")) {
                continue;
            }
            MonthSpans.Span clipped = new MonthSpans.Span(span.first().isBefore(from) ? from : span.first(), span.last());
            after.add(clipped);
            if (DIRECT_CARE.contains(kind)) {
                practice.add(clipped);
            }
        }
        MonthSpans since = MonthSpans.union(from.isAfter(lastCounted) ? List.of() : List.of(new MonthSpans.Span(from, lastCounted)));
        MonthSpans practiced = MonthSpans.union(practice);
        MonthSpans worked = MonthSpans.union(after);
        String prefix = bound == null ? "" : bound;
        return List.of(new Measure("years.post-residency-practice", practiceLabel, practiced.months(), prefix + practiced.explanation()),
                new Measure("years.post-residency", afterLabel, worked.months(), prefix + worked.explanation()),
                new Measure("years.since-residency", "time since residency", since.months(),
                        bound == null ? "residency completed " + residencyEnd : bound + "since then"));
    }

    /** The earliest dated completion of a training of this type, up to the assessment date. */
    private YearMonth completedBy(String type) {
        return profile.training().stream()
                .filter(t -> type.equals(lower(t.type())) && !"in-progress".equals(lower(t.status())))
                .map(t -> date(t.completed()))
                .filter(d -> d != null && !d.first().isAfter(asOf))
                .map(d -> YearMonth.from(d.last()))
                .min(YearMonth::compareTo)
                .orElse(null);
    }

    private static Measure measure(String name, String label, MonthSpans spans) {
        return new Measure(name, label, spans.months(), spans.explanation());
    }

    /** The calendar months a job counts as of the assessment date, or null when it counts none yet. */
    private MonthSpans.Span span(Experience x) {
        YearMonth start = YearMonth.from(DateText.parse(x.start()).first());
        YearMonth end = x.end() == null ? lastCounted : YearMonth.from(DateText.parse(x.end()).last());
        if (end.isAfter(lastCounted)) {
            end = lastCounted;
        }
        return end.isBefore(start) ? null : new MonthSpans.Span(start, end);
    }

    /** "expected 2027-05", or that the expected date has passed and completion should be confirmed. */
    private String expectedText(DateText due) {
        if (due == null) {
            return "no expected date given";
        }
        return due.last().isBefore(asOf) ? "expected " + due.text() + " (that date has passed: confirm it was completed)"
                : "expected " + due.text();
    }

    /** Calendar months from the assessment month to the date's month: work due in March is 4 months away in November. */
    private int monthsToMonth(LocalDate date) {
        return (int) Math.max(0, YearMonth.from(asOf).until(YearMonth.from(date), ChronoUnit.MONTHS));
    }

    private int monthsUntil(LocalDate date) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(asOf, date));
    }

    private int daysUntil(LocalDate date) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(asOf, date));
    }

    private static DateText date(String text) {
        return text == null ? null : DateText.parse(text);
    }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
