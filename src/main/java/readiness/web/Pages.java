package readiness.web;

import readiness.engine.Assessor;
import readiness.facts.Requirement;
import readiness.facts.Role;
import readiness.html.ReportView;
import readiness.html.Templates;
import readiness.report.Report;
import readiness.report.RoleDocs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The service's HTML: the page for candidates, the counselor view, HTML reports and what-if results. */
final class Pages {
    private final LiveRules rules;

    Pages(LiveRules rules) {
        this.rules = rules;
    }

    String home() {
        return Templates.render("home", rulesModel());
    }

    String counselor() {
        Map<String, Object> model = rulesModel();
        LiveRules.Loaded loaded = rules.current();
        List<RoleRow> roles = loaded == null ? List.of() : loaded.assessor().roles().stream()
                .map(role -> new RoleRow(role, role.getRequirements().stream()
                        .filter(r -> !Requirement.LADDER.equals(r.getSeverity()))
                        .map(r -> new RequirementRow(r, RoleDocs.test(r))).toList(),
                        role.getRungs().stream().map(rung -> new RungRow(rung.getOrder(), rung.getTitle(), RoleDocs.salary(rung),
                                RoleDocs.conditions(role, rung))).toList()))
                .toList();
        model.put("roles", roles);
        return Templates.render("counselor", model);
    }

    String report(Report report, Assessor assessor) {
        Map<String, Object> model = new HashMap<>();
        model.put("view", ReportView.of(report, assessor.roles()));
        return Templates.render("report", model);
    }

    String whatIf(Report before, Report after, WhatIf.Plan plan, List<WhatIfComparison.RoleChange> changes, Assessor assessor) {
        Map<String, Object> model = new HashMap<>();
        model.put("before", ReportView.of(before, assessor.roles()));
        model.put("after", ReportView.of(after, assessor.roles()));
        model.put("plan", plan);
        model.put("changes", changes);
        return Templates.render("what-if", model);
    }

    /** The rule set in use and the last reload error, shown on every page. */
    private Map<String, Object> rulesModel() {
        Map<String, Object> model = new HashMap<>();
        LiveRules.Status status = rules.status();
        LiveRules.Loaded loaded = status.loaded();
        model.put("version", loaded == null ? null : loaded.version());
        model.put("loadedAt", loaded == null ? null : loaded.loadedAt().toString());
        model.put("source", rules.source());
        model.put("error", status.error());
        model.put("roles", loaded == null ? List.of() : loaded.assessor().roles());
        return model;
    }

    record RoleRow(Role role, List<RequirementRow> requirements, List<RungRow> rungs) {
    }

    record RequirementRow(Requirement requirement, String test) {
    }

    record RungRow(int order, String title, String salary, String conditions) {
    }
}
