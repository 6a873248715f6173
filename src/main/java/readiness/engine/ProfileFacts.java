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
import readiness.facts.Credential;
import readiness.facts.Measure;
import readiness.facts.Skill;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated profile into the facts rules reason over, as of the assessment date:
 * credentials with their standing, experience measures as unions of periods, and skills.
 */
public final class ProfileFacts {
    private static final Set<String> LEADERSHIP = Set.of("supervisory", "management", "executive");
    private static final Set<String> PRACTICE = Set.of("clinical", "physician-practice");
    private static final Map<String, String> KIND_LABELS = new LinkedHashMap<>();

    static {
        KIND_LABELS.put("clinical", "direct patient care (clinical) experience");
        KIND_LABELS.put("supervisory", "supervisory experience");
        KIND_LABELS.put("management", "management experience");
        KIND_LABELS.put("executive", "executive experience");
        KIND_LABELS.put("administrative", "administrative experience");
        KIND_LABELS.put("physician-practice", "physician practice");
        KIND_LABELS.put("other", "other experience");
    }

    private final Profile profile;
    private final LocalDate asOf;

    public ProfileFacts(Profile profile, LocalDate asOf) {
        this.profile = profile;
        this.asOf = asOf;
    }

    /** Every fact, in profile order, so a session sees the same input every time. */
    public List<Object> all() {
        List<Object> facts = new ArrayList<>(credentials());
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
            return new Credential("degree", code, code, field, focus, Credential.BLOCKED, name + ", incomplete", path, null, null);
        }
        if (status.equals("in-progress") || (completed != null && completed.first().isAfter(asOf))) {
            DateText due = expected != null ? expected : completed;
            String when = due == null ? "no expected date given" : "expected " + due.text();
            return new Credential("degree", code, code, field, focus, Credential.IN_PROGRESS, name + " in progress, " + when,
                    path, due == null ? null : monthsUntil(due.first()), null);
        }
        return new Credential("degree", code, code, field, focus, Credential.VALID,
                name + (completed == null ? ", completed" : ", completed " + completed.text()), path, null, null);
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
        if (status.equals("suspended") || status.equals("revoked")) {
            state = Credential.BLOCKED;
            detail.append(", ").append(status);
        } else if (status.equals("expired") || status.equals("inactive")) {
            state = Credential.LAPSED;
            detail.append(", ").append(status).append(expires == null ? "" : " " + expires.text());
        } else if (expires != null && expires.last().isBefore(asOf)) {
            state = Credential.LAPSED;
            detail.append(", expired ").append(expires.text());
        } else if (restricted) {
            state = Credential.BLOCKED;
            detail.append(", active but restricted");
        } else {
            state = Credential.VALID;
            detail.append(", active").append(expires == null ? "" : ", expires " + expires.text());
        }
        Integer monthsToExpiry = state.equals(Credential.VALID) && expires != null ? monthsUntil(expires.last()) : null;
        return new Credential("license", code, label, "", false, state, detail.toString(), path, null, monthsToExpiry);
    }

    private Credential exam(Exam x, String path) {
        String code = upper(x.name());
        DateText passed = date(x.passed());
        if (passed != null && passed.first().isAfter(asOf)) {
            return new Credential("exam", code, code, "", false, Credential.IN_PROGRESS, code + ", scheduled " + passed.text(),
                    path, monthsUntil(passed.first()), null);
        }
        return new Credential("exam", code, code, "", false, Credential.VALID,
                code + (passed == null ? ", passed" : ", passed " + passed.text()), path, null, null);
    }

    private Credential certification(Certification c, String path) {
        String code = upper(c.code());
        DateText earned = date(c.earned());
        DateText expires = date(c.expires());
        String label = code + " certification";
        if (earned != null && earned.first().isAfter(asOf)) {
            return new Credential("certification", code, label, "", false, Credential.IN_PROGRESS,
                    code + " in progress, expected " + earned.text(), path, monthsUntil(earned.first()), null);
        }
        String since = earned == null ? "" : ", earned " + earned.text();
        if (expires != null && expires.last().isBefore(asOf)) {
            return new Credential("certification", code, label, "", false, Credential.LAPSED,
                    code + since + ", expired " + expires.text(), path, null, null);
        }
        return new Credential("certification", code, label, "", false, Credential.VALID,
                code + since + (expires == null ? "" : ", expires " + expires.text()), path, null,
                expires == null ? null : monthsUntil(expires.last()));
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
        String detail = name + ", " + (state.equals(Credential.LAPSED) && status.equals("active") ? "expired" : status)
                + (expires == null ? "" : (state.equals(Credential.VALID) ? ", expires " : " ") + expires.text());
        Integer monthsToExpiry = state.equals(Credential.VALID) && expires != null ? monthsUntil(expires.last()) : null;
        return new Credential("board-certification", "BOARD", name, specialty, false, state, detail, path, null, monthsToExpiry);
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
            return new Credential("training", code, name, specialty, false, Credential.IN_PROGRESS,
                    name + " in progress" + (due == null ? ", no expected date given" : ", expected " + due.text()), path,
                    due == null ? null : monthsUntil(due.first()), null);
        }
        return new Credential("training", code, name, specialty, false, Credential.VALID,
                name + (completed == null ? ", completed" : ", completed " + completed.text()), path, null, null);
    }

    List<Measure> measures() {
        Map<String, List<Periods.Range>> byKind = new LinkedHashMap<>();
        KIND_LABELS.keySet().forEach(kind -> byKind.put(kind, new ArrayList<>()));
        List<Periods.Range> healthcare = new ArrayList<>();
        List<Periods.Range> leadership = new ArrayList<>();
        List<Periods.Range> practice = new ArrayList<>();
        for (Experience x : profile.experience()) {
            Periods.Range range = range(x);
            if (range == null) {
                continue;
            }
            String kind = lower(x.kind());
            byKind.get(kind).add(range);
            if (!kind.equals("other")) {
                healthcare.add(range);
            }
            if (LEADERSHIP.contains(kind)) {
                leadership.add(range);
            }
            if (PRACTICE.contains(kind)) {
                practice.add(range);
            }
        }
        List<Measure> measures = new ArrayList<>();
        byKind.forEach((kind, ranges) -> measures.add(measure("years." + kind, KIND_LABELS.get(kind), Periods.union(ranges))));
        measures.add(measure("years.leadership", "leadership (supervisory, management or executive) experience", Periods.union(leadership)));
        measures.add(measure("years.healthcare", "healthcare experience", Periods.union(healthcare)));
        measures.addAll(residencyMeasures(practice));
        return measures;
    }

    /** Practice after the first completed residency, and time since it: physicians' experience counts from there. */
    private List<Measure> residencyMeasures(List<Periods.Range> practice) {
        LocalDate residencyEnd = profile.training().stream()
                .filter(t -> "residency".equals(lower(t.type())) && !"in-progress".equals(lower(t.status())))
                .map(t -> date(t.completed()))
                .filter(d -> d != null && !d.first().isAfter(asOf))
                .map(d -> d.last().plusDays(1))
                .min(LocalDate::compareTo)
                .orElse(null);
        String practiceLabel = "clinical practice after residency";
        if (residencyEnd == null) {
            return List.of(new Measure("years.post-residency-practice", practiceLabel, 0, "no completed residency with a date"),
                    new Measure("years.since-residency", "time since residency", 0, "no completed residency with a date"));
        }
        List<Periods.Range> after = practice.stream()
                .filter(r -> r.end().isAfter(residencyEnd))
                .map(r -> new Periods.Range(r.start().isBefore(residencyEnd) ? residencyEnd : r.start(), r.end()))
                .toList();
        Periods since = Periods.union(List.of(new Periods.Range(residencyEnd, asOf)));
        return List.of(measure("years.post-residency-practice", practiceLabel, Periods.union(after)),
                new Measure("years.since-residency", "time since residency", since.years(),
                        "residency completed " + residencyEnd.minusDays(1)));
    }

    private static Measure measure(String name, String label, Periods periods) {
        return new Measure(name, label, periods.years(), periods.explanation());
    }

    /** The job's span clipped to the assessment date; a current job runs to it, a future one is not counted. */
    private Periods.Range range(Experience x) {
        LocalDate start = DateText.parse(x.start()).first();
        LocalDate end = x.end() == null ? asOf : DateText.parse(x.end()).last().plusDays(1);
        if (end.isAfter(asOf)) {
            end = asOf;
        }
        return start.isBefore(end) ? new Periods.Range(start, end) : null;
    }

    private int monthsUntil(LocalDate date) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(asOf, date));
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
