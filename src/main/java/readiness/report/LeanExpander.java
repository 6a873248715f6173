package readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import readiness.engine.RungStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts back what a lean line leaves out, from {@code roles --format json} of the same rule-set version:
 * the result is the full report, and {@link JsonReport#line} of it is the {@code --detail full} line.
 */
public final class LeanExpander {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String version;
    private final Map<String, JsonNode> roles = new HashMap<>();
    private final Map<String, JsonNode> requirements = new HashMap<>();
    private final Map<String, JsonNode> actions = new HashMap<>();

    /** @param rolesJson the output of {@code roles --format json} for the rule set that wrote the lean lines */
    public LeanExpander(String rolesJson) {
        JsonNode document = read(rolesJson, "roles document");
        if (!document.path("ruleSet").path("version").isTextual() || !document.path("roles").isArray()
                || !document.path("catalog").isArray()) {
            throw new IllegalArgumentException("not the output of roles --format json: it needs ruleSet.version, roles and catalog");
        }
        version = document.path("ruleSet").path("version").asText();
        for (JsonNode role : document.get("roles")) {
            roles.put(role.path("role").asText(), role);
            role.path("requirements").forEach(r -> requirements.put(r.path("requirement").asText(), r));
        }
        document.get("catalog").forEach(a -> actions.put(a.path("actionId").asText(), a));
    }

    /** The rule-set version the roles document describes; only lean lines of this version expand. */
    public String version() {
        return version;
    }

    public Report expand(String leanLine) {
        JsonNode line = read(leanLine, "lean line");
        if (!"lean".equals(line.path("detail").asText())) {
            throw new IllegalArgumentException("not a lean report line: \"detail\" is not \"lean\"");
        }
        String lineVersion = line.path("ruleSet").path("version").asText();
        if (!version.equals(lineVersion)) {
            throw new IllegalArgumentException("the lean line is from rule set " + lineVersion + ", the roles document is for "
                    + version + ": run roles --format json with the rules that made the line");
        }
        List<Report.RoleReport> roleReports = new ArrayList<>();
        line.path("roles").forEach(role -> roleReports.add(role(role)));
        List<Report.PositionItem> positions = new ArrayList<>();
        for (JsonNode p : line.path("positions")) {
            List<String> rungs = texts(p.path("positions"));
            String basis = p.path("basis").textValue();
            positions.add(new Report.PositionItem(p.path("path").asText(), p.path("title").asText(), p.path("kind").asText(), rungs,
                    basis, ReportBuilder.positionNote(!rungs.isEmpty(), basis, p.path("stated").asBoolean(), p.path("kind").asText())));
        }
        List<Report.UnrecognizedItem> unrecognized = new ArrayList<>();
        line.path("unrecognized").forEach(u -> unrecognized.add(new Report.UnrecognizedItem(u.path("path").asText(),
                u.path("code").asText(), u.path("detail").asText(), ReportBuilder.UNRECOGNIZED)));
        return new Report(line.path("candidateId").asText(), line.path("candidateName").textValue(), line.path("asOf").asText(),
                new Report.RuleSetInfo(lineVersion, line.path("ruleSet").path("source").textValue()),
                roleReports, positions, unrecognized);
    }

    private Report.RoleReport role(JsonNode lean) {
        String id = lean.path("role").asText();
        JsonNode role = known(roles, id, "role");
        List<String> reached = texts(lean.path("reached"));
        JsonNode level = null;
        for (JsonNode rung : role.path("ladder")) {
            if (reached.contains(rung.path("level").asText())) {
                level = rung;
            }
        }
        Map<String, String> metDetail = new HashMap<>();
        List<Report.MetItem> met = new ArrayList<>();
        for (JsonNode m : lean.path("met")) {
            JsonNode r = known(requirements, m.path("requirement").asText(), "requirement");
            JsonNode e = m.get("exception");
            metDetail.put(m.path("requirement").asText(), m.path("detail").asText());
            met.add(new Report.MetItem(r.path("requirement").asText(), r.path("category").asText(), r.path("severity").asText(),
                    m.path("detail").asText(), r.path("source").asText(), e == null ? null : new Report.AdvisorNote(
                    e.path("kind").textValue(), e.path("by").textValue(), e.path("date").textValue(), e.path("reason").textValue(),
                    e.path("profilePath").textValue())));
        }
        List<Report.GapItem> gaps = new ArrayList<>();
        List<String> requiredGaps = new ArrayList<>();
        for (JsonNode g : lean.path("gaps")) {
            JsonNode r = known(requirements, g.path("requirement").asText(), "requirement");
            gaps.add(new Report.GapItem(r.path("requirement").asText(), r.path("category").asText(), r.path("severity").asText(),
                    r.path("need").asText(), g.path("have").asText(), r.path("source").asText()));
            if ("required".equals(r.path("severity").asText())) {
                requiredGaps.add(r.path("requirement").asText());
            }
        }
        List<Report.StepItem> steps = new ArrayList<>();
        for (JsonNode s : lean.path("nextSteps")) {
            JsonNode action = known(actions, s.path("actionId").asText(), "action");
            steps.add(new Report.StepItem(steps.size() + 1, or(s, "label", action.path("label")).asText(), s.path("actionId").asText(),
                    s.path("kind").asText(), texts(s.path("closes")), numbers(s.path("after")), range(s.path("months")),
                    range(s.path("costUsd")), or(s, "estimate", action.path("estimate")).asBoolean(), s.path("urgent").asBoolean(),
                    or(s, "source", action.path("source")).asText()));
        }
        return new Report.RoleReport(id, role.path("title").asText(), lean.path("verdict").asText(), lean.path("verdictReason").asText(),
                lean.path("score").asDouble(), level == null ? null : level.path("level").asText(),
                level == null ? null : level.path("title").asText(), salary(level), met, gaps, steps, range(lean.path("monthsToReady")),
                ladder(role, reached, lean.path("conditions"), metDetail, requiredGaps));
    }

    /** Every rung as roles --format json lists it, with the candidate's standing on each condition. */
    private List<Report.RungItem> ladder(JsonNode role, List<String> reached, JsonNode leanConditions, Map<String, String> metDetail,
                                         List<String> requiredGaps) {
        Map<String, JsonNode> stated = new HashMap<>();
        leanConditions.forEach(c -> stated.put(c.path("requirement").asText(), c));
        List<Report.RungItem> ladder = new ArrayList<>();
        for (JsonNode rung : role.path("ladder")) {
            boolean needsReady = rung.path("needsReady").asBoolean();
            List<Report.ConditionItem> conditions = new ArrayList<>();
            if (needsReady) {
                RungStatus.Condition ready = RungStatus.ready(requiredGaps);
                conditions.add(new Report.ConditionItem(null, ready.need(), ready.met(), ready.detail()));
            }
            for (JsonNode id : rung.path("conditions")) {
                JsonNode r = known(requirements, id.asText(), "requirement");
                if (needsReady && "required".equals(r.path("severity").asText())) {
                    continue;
                }
                JsonNode c = stated.get(id.asText());
                if (c == null && !metDetail.containsKey(id.asText())) {
                    throw new IllegalArgumentException("the lean line has no standing for rung condition " + id.asText());
                }
                conditions.add(new Report.ConditionItem(id.asText(), r.path("need").asText(), c == null || c.path("met").asBoolean(),
                        c == null ? metDetail.get(id.asText()) : c.path("detail").asText()));
            }
            ladder.add(new Report.RungItem(rung.path("order").asInt(), rung.path("level").asText(), rung.path("title").asText(),
                    reached.contains(rung.path("level").asText()), conditions));
        }
        return ladder;
    }

    private static Report.Salary salary(JsonNode rung) {
        if (rung == null) {
            return null;
        }
        Integer median = integer(rung.path("medianSalary"));
        Integer average = integer(rung.path("averageSalary"));
        Integer low = integer(rung.path("lowSalary"));
        Integer high = integer(rung.path("highSalary"));
        return ReportBuilder.hasSalary(median, average, low, high)
                ? new Report.Salary(median, average, low, high, rung.path("source").textValue()) : null;
    }

    private static JsonNode known(Map<String, JsonNode> index, String id, String what) {
        JsonNode node = index.get(id);
        if (node == null) {
            throw new IllegalArgumentException("the lean line names " + what + " " + id + ", which the roles document does not list");
        }
        return node;
    }

    private static JsonNode or(JsonNode node, String field, JsonNode otherwise) {
        return node.has(field) ? node.get(field) : otherwise;
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.intValue() : null;
    }

    private static Report.Range range(JsonNode pair) {
        return new Report.Range(pair.path(0).asInt(), pair.path(1).asInt());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add(n.asInt()));
        return numbers;
    }

    private static JsonNode read(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is empty: expected a JSON object");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the " + what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + what + " is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
    }
}
