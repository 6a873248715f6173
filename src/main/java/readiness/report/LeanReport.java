package readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import readiness.facts.Action;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lean report line: per candidate only what varies. Texts that are the same for every candidate
 * (titles, needs, categories, severities, sources, salaries, catalog labels) are left to
 * {@code roles --format json} of the version the line names; {@link LeanExpander} puts them back.
 * Fields are written in a fixed order, so the line is byte-stable. docs/lean-report.schema.json describes it.
 */
public final class LeanReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Action> catalog;

    /** @param catalog the next-step catalog of the rule set that made the reports, by action id */
    public LeanReport(Map<String, Action> catalog) {
        this.catalog = catalog;
    }

    public String line(Report report) {
        ObjectNode line = JSON.createObjectNode().put("detail", "lean").put("candidateId", report.candidateId());
        if (report.candidateName() != null) {
            line.put("candidateName", report.candidateName());
        }
        line.put("asOf", report.asOf());
        line.putObject("ruleSet").put("version", report.ruleSet().version()).put("source", report.ruleSet().source());
        ArrayNode roles = line.putArray("roles");
        report.roles().forEach(role -> role(role, roles.addObject()));
        ArrayNode positions = line.putArray("positions");
        for (Report.PositionItem item : report.positions()) {
            ObjectNode p = positions.addObject().put("path", item.path()).put("title", item.title()).put("kind", item.kind());
            item.positions().forEach(p.putArray("positions")::add);
            p.put("basis", item.basis());
            if (item.positions().isEmpty() && ReportBuilder.STATED_NOT_A_RUNG.equals(item.note())) {
                p.put("stated", true);
            }
        }
        ArrayNode unrecognized = line.putArray("unrecognized");
        report.unrecognized().forEach(u -> unrecognized.addObject().put("path", u.path()).put("code", u.code()).put("detail", u.detail()));
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lean line is always serialisable", e);
        }
    }

    private void role(Report.RoleReport role, ObjectNode node) {
        node.put("role", role.role()).put("verdict", role.verdict()).put("verdictReason", role.verdictReason())
                .put("score", role.score());
        ArrayNode reached = node.putArray("reached");
        role.ladder().stream().filter(Report.RungItem::reached).forEach(rung -> reached.add(rung.level()));
        Map<String, String> metDetail = new HashMap<>();
        ArrayNode met = node.putArray("met");
        for (Report.MetItem item : role.met()) {
            metDetail.put(item.requirement(), item.detail());
            ObjectNode m = met.addObject().put("requirement", item.requirement()).put("detail", item.detail());
            if (item.exception() != null) {
                Report.AdvisorNote note = item.exception();
                m.putObject("exception").put("kind", note.kind()).put("by", note.by()).put("date", note.date())
                        .put("reason", note.reason()).put("profilePath", note.profilePath());
            }
        }
        ArrayNode gaps = node.putArray("gaps");
        role.gaps().forEach(g -> gaps.addObject().put("requirement", g.requirement()).put("have", g.have()));
        ArrayNode steps = node.putArray("nextSteps");
        role.nextSteps().forEach(step -> step(step, steps.addObject()));
        range(node, "monthsToReady", role.monthsToReady());
        node.set("conditions", conditions(role.ladder(), metDetail));
    }

    /** Each rung condition once, unless it is met with the same detail as the role's met list gives. */
    private static ArrayNode conditions(List<Report.RungItem> ladder, Map<String, String> metDetail) {
        ArrayNode conditions = JSON.createArrayNode();
        Set<String> seen = new HashSet<>();
        for (Report.RungItem rung : ladder) {
            for (Report.ConditionItem c : rung.conditions()) {
                if (c.requirement() == null || !seen.add(c.requirement())
                        || (c.met() && c.detail().equals(metDetail.get(c.requirement())))) {
                    continue;
                }
                conditions.addObject().put("requirement", c.requirement()).put("met", c.met()).put("detail", c.detail());
            }
        }
        return conditions;
    }

    private void step(Report.StepItem step, ObjectNode node) {
        Action action = catalog.get(step.actionId());
        node.put("actionId", step.actionId()).put("kind", step.kind());
        if (action == null || !action.getLabel().equals(step.action())) {
            node.put("label", step.action());
        }
        if (!step.closes().isEmpty()) {
            step.closes().forEach(node.putArray("closes")::add);
        }
        if (!step.after().isEmpty()) {
            step.after().forEach(node.putArray("after")::add);
        }
        range(node, "months", step.months());
        range(node, "costUsd", step.costUsd());
        if (action == null || action.isEstimate() != step.estimate()) {
            node.put("estimate", step.estimate());
        }
        if (step.urgent()) {
            node.put("urgent", true);
        }
        if (action == null || !action.getSource().equals(step.source())) {
            node.put("source", step.source());
        }
    }

    private static void range(ObjectNode node, String name, Report.Range range) {
        node.putArray(name).add(range.min()).add(range.max());
    }
}
