package readiness.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import readiness.domain.DateText;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.UnknownReferenceException;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs counselors' example cases: each .json file holds a profile (inline, or a file next to the case)
 * and, per role, the expected verdict, level, and requirement ids expected among gaps or met, or absent.
 *
 * <pre>
 * {"name": "...", "profile": {...} | "profileFile": "../x.json", "asOf": "2026-11-01",
 *  "expect": {"clinical-director": {"verdict": "READY", "level": "clinical-director",
 *                                   "gaps": [...], "noGaps": [...], "met": [...],
 *                                   "steps": [catalog action ids], "noSteps": [...], "monthsToReady": {"min": 6, "max": 6}}}}
 * </pre>
 */
public final class CaseRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CASE_FIELDS = Set.of("name", "profile", "profileFile", "asOf", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("verdict", "level", "gaps", "noGaps", "met", "steps", "noSteps",
            "monthsToReady");

    private final Assessor assessor;

    public CaseRunner(Assessor assessor) {
        this.assessor = assessor;
    }

    /** The case files of a folder, sorted. */
    public static List<Path> caseFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    public CaseResult run(Path file) {
        String name = file.getFileName().toString();
        try {
            JsonNode spec = JSON.readTree(file.toFile());
            if (spec == null || !spec.isObject()) {
                return failed(file, name, "a case is a JSON object with name, profile and expect");
            }
            List<String> problems = new ArrayList<>();
            unknownFields(spec, CASE_FIELDS, "", problems);
            name = spec.path("name").asText(name);
            if (!problems.isEmpty()) {
                return new CaseResult(file.toString(), name, problems);
            }
            Profile profile = profile(file, spec);
            LocalDate asOf = spec.hasNonNull("asOf") ? DateText.parse(spec.get("asOf").asText()).first() : null;
            JsonNode expect = spec.path("expect");
            if (!expect.isObject() || expect.isEmpty()) {
                problems.add("expect: give at least one role with its expected verdict, level or gaps");
            }
            if (!problems.isEmpty()) {
                return new CaseResult(file.toString(), name, problems);
            }
            List<String> roles = new ArrayList<>();
            expect.fieldNames().forEachRemaining(roles::add);
            Report report = ReportBuilder.build(assessor.assess(profile, asOf, roles));
            List<String> differences = new ArrayList<>();
            for (Report.RoleReport role : report.roles()) {
                compare(role, expect.get(role.role()), differences);
            }
            return new CaseResult(file.toString(), name, differences);
        } catch (JsonProcessingException e) {
            return failed(file, name, "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return failed(file, name, "cannot be read: " + e.getMessage());
        } catch (ProfileException e) {
            return new CaseResult(file.toString(), name, e.problems());
        } catch (UnknownReferenceException | IllegalArgumentException e) {
            return failed(file, name, e.getMessage());
        }
    }

    private static Profile profile(Path file, JsonNode spec) throws ProfileException, IOException {
        if (spec.hasNonNull("profileFile")) {
            return ProfileReader.read(file.resolveSibling(spec.get("profileFile").asText()));
        }
        if (!spec.path("profile").isObject()) {
            throw new IllegalArgumentException("profile: give the profile inline, or profileFile: a path next to the case");
        }
        return ProfileReader.parse(spec.get("profile").toString(), file + ": profile");
    }

    private static void compare(Report.RoleReport role, JsonNode expected, List<String> differences) {
        String at = role.role() + ": ";
        List<String> problems = new ArrayList<>();
        unknownFields(expected, EXPECT_FIELDS, role.role() + ".", problems);
        differences.addAll(problems);
        if (expected.has("verdict") && !expected.get("verdict").asText().equals(role.verdict())) {
            differences.add(at + "verdict: expected " + expected.get("verdict").asText().replace('_', ' ') + ", got "
                    + role.verdict().replace('_', ' '));
        }
        if (expected.has("level")) {
            String want = expected.get("level").isNull() ? null : expected.get("level").asText();
            if (want == null ? role.level() != null : !want.equals(role.level())) {
                differences.add(at + "level: expected " + want + ", got " + role.level());
            }
        }
        List<String> gaps = role.gaps().stream().map(Report.GapItem::requirement).toList();
        List<String> met = role.met().stream().map(Report.MetItem::requirement).toList();
        for (String id : strings(expected.path("gaps"))) {
            if (!gaps.contains(id)) {
                differences.add(at + "expected gap " + id + ", but it is " + (met.contains(id) ? "met" : "neither a gap nor met"));
            }
        }
        for (String id : strings(expected.path("noGaps"))) {
            if (gaps.contains(id)) {
                differences.add(at + "expected no gap " + id + ", but it is a gap (have: "
                        + role.gaps().stream().filter(g -> g.requirement().equals(id)).findFirst().orElseThrow().have() + ")");
            }
        }
        for (String id : strings(expected.path("met"))) {
            if (!met.contains(id)) {
                differences.add(at + "expected " + id + " met, but it is " + (gaps.contains(id) ? "a gap" : "not reported"));
            }
        }
        List<String> steps = role.nextSteps().stream().map(Report.StepItem::actionId).toList();
        for (String id : strings(expected.path("steps"))) {
            if (!steps.contains(id)) {
                differences.add(at + "expected a next step " + id + ", but the steps are " + steps);
            }
        }
        for (String id : strings(expected.path("noSteps"))) {
            if (steps.contains(id)) {
                differences.add(at + "expected no next step " + id + ", but it is step " + (steps.indexOf(id) + 1));
            }
        }
        JsonNode months = expected.path("monthsToReady");
        if (months.isObject() && (months.path("min").asInt() != role.monthsToReady().min()
                || months.path("max").asInt() != role.monthsToReady().max())) {
            differences.add(at + "monthsToReady: expected " + months.path("min").asInt() + "-" + months.path("max").asInt()
                    + ", got " + role.monthsToReady().min() + "-" + role.monthsToReady().max());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (!known.contains(field)) {
                problems.add(prefix + field + ": unknown field" + readiness.domain.Suggestions.didYouMean(field, known));
            }
        }
    }

    private static CaseResult failed(Path file, String name, String problem) {
        return new CaseResult(file.toString(), name, List.of(problem));
    }
}
