package readiness.domain;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the fields Jackson cannot: required values, text lengths, plausible dates, and the
 * contract's fixed value lists. Dates are judged against the profile's asOf (today when absent).
 */
public final class ProfileValidator {
    /** Looked up once per record class: reflection on every profile would cost more than the check. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };
    static final int EARLIEST_YEAR = 1900;
    static final int YEARS_AHEAD = 10;
    public static final List<String> DEGREE_STATUSES = List.of("completed", "in-progress", "incomplete");
    public static final List<String> LICENSE_STATUSES = List.of("active", "inactive", "expired", "suspended", "revoked");
    public static final List<String> BOARD_STATUSES = List.of("active", "eligible", "expired", "inactive", "revoked");
    public static final List<String> TRAINING_STATUSES = List.of("completed", "in-progress");
    public static final List<String> EXPERIENCE_KINDS = List.of("clinical", "supervisory", "management", "executive",
            "administrative", "physician-practice", "other");

    private final Profile profile;
    private final List<String> problems = new ArrayList<>();
    private LocalDate asOf = LocalDate.now();
    private String reference = "today (" + asOf + ")";

    ProfileValidator(Profile profile) {
        this.profile = profile;
    }

    List<String> problems() {
        textLengths("", profile);
        if (!problems.isEmpty()) {
            return problems; // an overlong value is never echoed back in another message
        }
        if (profile.id() == null || profile.id().isBlank()) {
            problems.add("id: missing: every profile needs an id");
        }
        DateText given = date("asOf", profile.asOf());
        if (given != null) {
            asOf = given.first();
            reference = "asOf " + profile.asOf();
        }
        for (int i = 0; i < profile.targetRoles().size(); i++) {
            present("targetRoles[" + i + "]", profile.targetRoles().get(i));
        }
        for (int i = 0; i < profile.education().size(); i++) {
            Education e = profile.education().get(i);
            String at = "education[" + i + "]";
            present(at + ".degree", e.degree());
            oneOf(at + ".status", e.status(), DEGREE_STATUSES);
            completed(at + ".completed", e.completed(), e.status());
            date(at + ".expected", e.expected());
        }
        for (int i = 0; i < profile.licenses().size(); i++) {
            License l = profile.licenses().get(i);
            String at = "licenses[" + i + "]";
            present(at + ".type", l.type());
            oneOf(at + ".status", l.status(), LICENSE_STATUSES);
            date(at + ".expires", l.expires());
        }
        for (int i = 0; i < profile.exams().size(); i++) {
            Exam x = profile.exams().get(i);
            present("exams[" + i + "].name", x.name());
            date("exams[" + i + "].passed", x.passed());
        }
        for (int i = 0; i < profile.certifications().size(); i++) {
            Certification c = profile.certifications().get(i);
            String at = "certifications[" + i + "]";
            present(at + ".code", c.code());
            date(at + ".earned", c.earned());
            date(at + ".expires", c.expires());
        }
        for (int i = 0; i < profile.boardCertifications().size(); i++) {
            BoardCertification b = profile.boardCertifications().get(i);
            String at = "boardCertifications[" + i + "]";
            oneOf(at + ".status", b.status(), BOARD_STATUSES);
            date(at + ".expires", b.expires());
        }
        for (int i = 0; i < profile.training().size(); i++) {
            Training t = profile.training().get(i);
            String at = "training[" + i + "]";
            present(at + ".type", t.type());
            oneOf(at + ".status", t.status(), TRAINING_STATUSES);
            completed(at + ".completed", t.completed(), t.status());
            date(at + ".expected", t.expected());
        }
        for (int i = 0; i < profile.experience().size(); i++) {
            experience("experience[" + i + "]", profile.experience().get(i));
        }
        for (int i = 0; i < profile.skills().size(); i++) {
            present("skills[" + i + "]", profile.skills().get(i));
        }
        for (int i = 0; i < profile.waivers().size(); i++) {
            Waiver w = profile.waivers().get(i);
            exception("waivers[" + i + "]", w.requirement(), w.reason(), w.by(), w.date());
        }
        for (int i = 0; i < profile.substitutions().size(); i++) {
            Substitution s = profile.substitutions().get(i);
            exception("substitutions[" + i + "]", s.requirement(), s.reason(), s.by(), s.date());
            present("substitutions[" + i + "].credential", s.credential());
        }
        return problems;
    }

    private void experience(String at, Experience x) {
        present(at + ".kind", x.kind());
        oneOf(at + ".kind", x.kind(), EXPERIENCE_KINDS);
        present(at + ".start", x.start());
        DateText start = date(at + ".start", x.start());
        DateText end = date(at + ".end", x.end());
        if (start != null && end != null && end.last().isBefore(start.first())) {
            problems.add(at + ".end: \"" + x.end() + "\" is before the start \"" + x.start() + "\"");
        }
        if (x.directReports() != null && x.directReports() < 0) {
            problems.add(at + ".directReports: " + x.directReports() + " is negative");
        }
    }

    /** An advisor's exception says which requirement, why, who decided and when: none of it may be missing. */
    private void exception(String at, String requirement, String reason, String by, String date) {
        present(at + ".requirement", requirement);
        present(at + ".reason", reason);
        present(at + ".by", by);
        present(at + ".date", date);
        DateText decided = date(at + ".date", date);
        if (decided != null && decided.first().isAfter(asOf)) {
            problems.add(at + ".date: \"" + date + "\" is after " + reference
                    + ": an exception cannot be granted in the future");
        }
    }

    /** A completed date after asOf is a mistake, not a plan: an unfinished one is "in-progress" with "expected". */
    private void completed(String at, String value, String status) {
        DateText done = date(at, value);
        boolean completedStatus = status == null || status.equalsIgnoreCase("completed");
        if (done != null && completedStatus && done.first().isAfter(asOf)) {
            problems.add(at + ": \"" + value + "\" is after " + reference
                    + ": not completed yet? use \"status\": \"in-progress\" with \"expected\"");
        }
    }

    /**
     * Every text field of every entry, found by walking the records, so a new field is covered too.
     * Control characters are refused: printed in a text report, a line feed forges a report line
     * ("Verdict READY") and an escape drives the counselor's terminal.
     */
    private void textLengths(String at, Object value) {
        if (value instanceof String text) {
            if (text.length() > ProfileReader.MAX_TEXT_LENGTH) {
                problems.add(at + ": text too long: " + String.format("%,d", text.length()) + " characters; the limit is "
                        + String.format("%,d", ProfileReader.MAX_TEXT_LENGTH));
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    problems.add(at + ": control character " + String.format("U+%04X", (int) text.charAt(i)) + " at character "
                            + (i + 1) + ": text is one line of printable characters");
                    return;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                textLengths(at + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                try {
                    String name = at.isEmpty() ? component.getName() : at + "." + component.getName();
                    textLengths(name, component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("profile records have public accessors", e);
                }
            }
        }
    }

    private void present(String at, String value) {
        if (value == null || value.isBlank()) {
            problems.add(at + ": missing");
        }
    }

    private void oneOf(String at, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
            problems.add(at + ": \"" + value + "\" is not one of " + String.join(", ", allowed)
                    + Suggestions.didYouMean(value, allowed));
        }
    }

    private DateText date(String at, String value) {
        if (value == null) {
            return null;
        }
        DateText parsed;
        try {
            parsed = DateText.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
            return null;
        }
        int year = parsed.first().getYear();
        int latest = asOf.getYear() + YEARS_AHEAD;
        if (year < EARLIEST_YEAR) {
            problems.add(at + ": \"" + value + "\" is before " + EARLIEST_YEAR + ": not a plausible date");
            return null;
        }
        if (year > latest && !at.equals("asOf")) {
            problems.add(at + ": \"" + value + "\" is more than " + YEARS_AHEAD + " years after " + reference
                    + ": not a plausible date");
            return null;
        }
        return parsed;
    }
}
