package readiness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import readiness.domain.DateText;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.domain.Suggestions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile with planned changes applied, and the date by which they are all done: the "after" of
 * a what-if is assessed as of that date, so experience accrues and credentials lapse as they would.
 * The change shapes (documented in /openapi.json and the README):
 * <pre>
 * {"add": "education", "entry": {...}}          a planned credential or job, as the profile section holds it
 * {"complete": "education[1]", "date": "2027-05"} a degree or training in progress, completed then
 * {"extend": "experience[1]", "months": 12}      a job held that many months longer
 * {"renew": "licenses[0]", "expires": "2029-03"}  a license or certification renewed (active again)
 * </pre>
 */
public final class WhatIf {
    static final List<String> SECTIONS = List.of("education", "licenses", "exams", "certifications",
            "boardCertifications", "training", "experience", "skills");
    private static final List<String> VERBS = List.of("add", "complete", "extend", "renew");
    /** The fields each kind of change takes: anything else is a typo that would otherwise be dropped unseen. */
    private static final Map<String, List<String>> FIELDS = Map.of("add", List.of("add", "entry"),
            "complete", List.of("complete", "date"), "extend", List.of("extend", "months"), "renew", List.of("renew", "expires"));
    private static final Pattern ENTRY_PATH = Pattern.compile("([a-zA-Z]+)\\[(\\d+)]");
    /** The field of each section's entry that says when it was done, for an added entry. */
    private static final Map<String, List<String>> DONE_FIELDS = Map.of(
            "education", List.of("completed", "expected"), "exams", List.of("passed"), "certifications", List.of("earned"),
            "training", List.of("completed", "expected"), "experience", List.of("end", "start"));

    /** The changed profile, the date the plan is done by, and each change in words. */
    public record Plan(Profile profile, LocalDate doneBy, List<String> described) {
    }

    private WhatIf() {
    }

    /** The body is {"profile": {...}, "changes": [...]} and nothing else: a field dropped unseen (asOf, "chnages") would plan another what-if. */
    static void checkBody(JsonNode body) throws ApiProblem {
        String shape = "the body is {\"profile\": {...}, \"changes\": [...]}";
        List<String> fields = List.of("profile", "changes");
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                unknown.add(name + ": unknown field \"" + name + "\"" + Suggestions.didYouMean(name, fields) + ": " + shape
                        + (name.equals("asOf") ? "; an assessment date is the asOf parameter" : ""));
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidRequest(unknown);
        }
        if (!body.isObject() || !body.path("profile").isObject()) {
            throw ApiProblem.invalidRequest("profile: missing: " + shape);
        }
    }

    /**
     * @param profile the profile as the request sent it (already known to be valid)
     * @param asOf the date of the "before" assessment
     */
    public static Plan apply(ObjectNode profile, JsonNode changes, LocalDate asOf) throws ApiProblem {
        if (changes == null || !changes.isArray()) {
            throw ApiProblem.invalidRequest("changes: expected a list [...] of planned changes");
        }
        ObjectNode changed = profile.deepCopy();
        LocalDate doneBy = asOf;
        List<String> errors = new ArrayList<>();
        List<String> described = new ArrayList<>();
        Map<String, String> addedAt = new LinkedHashMap<>();
        Map<String, String> changedAt = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            String at = "changes[" + i + "]";
            try {
                Applied applied = applyOne(changed, changes.get(i), at, asOf, addedAt, changedAt);
                described.add(applied.description());
                if (applied.date().isAfter(doneBy)) {
                    doneBy = applied.date();
                }
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidRequest(errors);
        }
        // The planned profile is read as of the day its last change is done, so a degree completed then is completed.
        changed.put("asOf", doneBy.toString());
        try {
            return new Plan(ProfileReader.parse(changed.toString(), "profile"), doneBy, described);
        } catch (ProfileException e) {
            // An added entry's problems name the change that added it, not a position the user never saw.
            throw ApiProblem.invalidRequest(e.problems().stream().map(p -> renameAdded(p, addedAt)).toList());
        }
    }

    private record Applied(LocalDate date, String description) {
    }

    private static Applied applyOne(ObjectNode profile, JsonNode change, String at, LocalDate asOf, Map<String, String> addedAt,
                                    Map<String, String> changedAt) {
        if (change == null || !change.isObject()) {
            throw new IllegalArgumentException(at + ": expected an object {...} with one of: " + String.join(", ", VERBS));
        }
        List<String> verbs = new ArrayList<>();
        change.fieldNames().forEachRemaining(name -> {
            if (VERBS.contains(name)) {
                verbs.add(name);
            }
        });
        if (verbs.size() != 1) {
            String first = change.fieldNames().hasNext() ? change.fieldNames().next() : "";
            throw new IllegalArgumentException(at + ": expected exactly one of: " + String.join(", ", VERBS)
                    + (verbs.isEmpty() ? Suggestions.didYouMean(first, VERBS) : ""));
        }
        String verb = verbs.get(0);
        List<String> fields = FIELDS.get(verb);
        for (Iterator<String> names = change.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException(at + "." + name + ": unknown field \"" + name + "\"" + Suggestions.didYouMean(name, fields)
                        + ": " + (verb.startsWith("a") || verb.startsWith("e") ? "an " : "a ") + verb + " change takes " + String.join(" and ", fields));
            }
        }
        String target = text(change, verb, at);
        // Two changes to one entry contradict each other (two renewal dates) or hide a sum: one must be chosen by the user.
        String earlier = verb.equals("add") ? null : changedAt.putIfAbsent(sameEntry(target), at);
        if (earlier != null) {
            throw new IllegalArgumentException(at + "." + verb + ": " + target + " is already changed by " + earlier
                    + ": plan one change per entry");
        }
        return switch (verb) {
            case "add" -> add(profile, change, target, at, asOf, addedAt);
            case "complete" -> complete(profile, change, target, at, asOf);
            case "extend" -> extend(profile, change, target, at, asOf);
            default -> renew(profile, change, target, at, asOf);
        };
    }

    /** One spelling per entry: licenses[00] is licenses[0]. */
    private static String sameEntry(String target) {
        Matcher path = ENTRY_PATH.matcher(target);
        return path.matches() ? path.group(1) + "[" + new java.math.BigInteger(path.group(2)) + "]" : target;
    }

    private static Applied add(ObjectNode profile, JsonNode change, String section, String at, LocalDate asOf,
                               Map<String, String> addedAt) {
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException(at + ".add: unknown section \"" + section + "\""
                    + Suggestions.didYouMean(section, SECTIONS) + "; sections: " + String.join(", ", SECTIONS));
        }
        JsonNode entry = change.get("entry");
        if (entry == null) {
            throw new IllegalArgumentException(at + ".entry: missing: the " + section + " entry to add");
        }
        ArrayNode list = profile.withArray(section);
        addedAt.put(section + "[" + list.size() + "]", at + ".entry");
        list.add(entry.deepCopy());
        LocalDate date = asOf;
        for (String field : DONE_FIELDS.getOrDefault(section, List.of())) {
            if (entry.path(field).isTextual()) {
                date = date(entry.get(field).asText(), at + ".entry." + field).last();
                break;
            }
        }
        String name = entry.isTextual() ? entry.asText() : firstText(entry);
        return new Applied(date, "add to " + section + ": " + name);
    }

    private static Applied complete(ObjectNode profile, JsonNode change, String target, String at, LocalDate asOf) {
        ObjectNode entry = entry(profile, target, at + ".complete", List.of("education", "training"));
        String status = entry.path("status").asText("");
        if (status.equals("completed") || (status.isEmpty() && entry.has("completed"))) {
            throw new IllegalArgumentException(at + ".complete: " + target + " (" + firstText(entry) + ") is already completed:"
                    + " complete takes a degree or training in progress");
        }
        DateText date = date(text(change, "date", at), at + ".date");
        if (date.last().isBefore(asOf)) {
            throw new IllegalArgumentException(at + ".date: " + date.text() + " is before the assessment date " + asOf
                    + ": a what-if plans what is still to come; a completion already done belongs in the profile");
        }
        entry.put("status", "completed");
        entry.put("completed", date.text());
        entry.remove("expected");
        return new Applied(date.last(), "complete " + target + " (" + firstText(entry) + ") by " + date.text());
    }

    private static Applied extend(ObjectNode profile, JsonNode change, String target, String at, LocalDate asOf) {
        ObjectNode entry = entry(profile, target, at + ".extend", List.of("experience"));
        JsonNode months = change.get("months");
        if (months == null || !months.canConvertToInt() || !months.isIntegralNumber() || months.asInt() < 1 || months.asInt() > 600) {
            throw new IllegalArgumentException(at + ".months: expected a whole number of months from 1 to 600");
        }
        LocalDate date;
        if (entry.path("end").isTextual()) {
            YearMonth end = YearMonth.from(date(entry.get("end").asText(), target + ".end").first()).plusMonths(months.asInt());
            entry.put("end", end.toString());
            date = end.atEndOfMonth();
        } else {
            // A current job runs to the assessment date: holding it longer means assessing later.
            date = asOf.plusMonths(months.asInt());
        }
        return new Applied(date, months.asInt() + " more months as " + firstText(entry));
    }

    private static Applied renew(ObjectNode profile, JsonNode change, String target, String at, LocalDate asOf) {
        ObjectNode entry = entry(profile, target, at + ".renew", List.of("licenses", "certifications", "boardCertifications"));
        DateText expires = date(text(change, "expires", at), at + ".expires");
        if (!expires.last().isAfter(asOf)) {
            throw new IllegalArgumentException(at + ".expires: " + expires.text() + " is not after the assessment date " + asOf
                    + ": a renewal runs to a later date");
        }
        entry.put("expires", expires.text());
        entry.put("status", "active");
        if (target.startsWith("certifications")) {
            entry.remove("status");
        }
        return new Applied(asOf, "renew " + target + " (" + firstText(entry) + ") until " + expires.text());
    }

    private static ObjectNode entry(ObjectNode profile, String target, String at, List<String> sections) {
        Matcher m = ENTRY_PATH.matcher(target);
        if (!m.matches() || !sections.contains(m.group(1))) {
            throw new IllegalArgumentException(at + ": \"" + target + "\" is not an entry this change applies to: use "
                    + String.join(", ", sections.stream().map(s -> s + "[N]").toList()));
        }
        JsonNode list = profile.path(m.group(1));
        // An index too long for an int is past the end of any list the body limit allows.
        int index = m.group(2).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
        if (!list.isArray() || index >= list.size() || !list.get(index).isObject()) {
            throw new IllegalArgumentException(at + ": the profile has no " + target
                    + " (it has " + (list.isArray() ? list.size() : 0) + " " + m.group(1) + " entries, counted from 0)");
        }
        return (ObjectNode) list.get(index);
    }

    private static String text(JsonNode change, String field, String at) {
        JsonNode value = change.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + ": " + (value == null ? "missing" : "expected text"));
        }
        return value.asText();
    }

    private static DateText date(String text, String at) {
        try {
            return DateText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage());
        }
    }

    /** The entry's code or title, to name it in words: its first text field. */
    private static String firstText(JsonNode entry) {
        for (Iterator<JsonNode> values = entry.elements(); values.hasNext(); ) {
            JsonNode value = values.next();
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return "entry";
    }

    private static String renameAdded(String problem, Map<String, String> addedAt) {
        String text = problem.startsWith("profile: ") ? problem.substring("profile: ".length()) : problem;
        for (Map.Entry<String, String> added : addedAt.entrySet()) {
            if (text.startsWith(added.getKey())) {
                return added.getValue() + text.substring(added.getKey().length());
            }
        }
        return problem;
    }
}
