package readiness.engine;

import readiness.domain.Profile;
import readiness.facts.Credential;
import readiness.facts.Gap;
import readiness.facts.Measure;
import readiness.facts.Met;
import readiness.facts.Qualification;
import readiness.facts.Requirement;
import readiness.facts.Role;
import readiness.facts.Skill;
import readiness.facts.Verdict;
import readiness.facts.Years;
import readiness.report.RoleDocs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Answers "which condition failed?" for every requirement, from a traced assessment. */
public final class Explainer {
    private final Assessor assessor;

    public Explainer(Assessor assessor) {
        this.assessor = assessor;
    }

    public Explanation explain(Profile profile, LocalDate asOf, List<String> roles) throws UnknownReferenceException {
        Trace trace = new Trace();
        Assessment assessment = assessor.assess(profile, asOf, roles, trace);
        List<Object> facts = trace.facts();
        Map<Credential, List<String>> classes = new LinkedHashMap<>();
        facts.stream().filter(f -> f instanceof Credential).map(f -> (Credential) f)
                .sorted(Comparator.comparing(Credential::getPath)).forEach(c -> classes.put(c, new ArrayList<>()));
        facts.stream().filter(f -> f instanceof Qualification).map(f -> (Qualification) f)
                .forEach(q -> classes.computeIfAbsent(q.getCredential(), c -> new ArrayList<>()).add(q.getName()));
        Map<String, Measure> measures = new java.util.TreeMap<>();
        facts.stream().filter(f -> f instanceof Measure).map(f -> (Measure) f).forEach(m -> measures.put(m.getName(), m));
        List<String> skills = facts.stream().filter(f -> f instanceof Skill).map(f -> ((Skill) f).getName()).sorted().toList();

        List<String> factLines = new ArrayList<>();
        classes.forEach((credential, names) -> factLines.add(credential.getPath() + ": " + credential.getDetail() + " [" + credential.getState()
                + "] -> " + (names.isEmpty() ? "no class (unrecognized)" : String.join(", ", new TreeSet<>(names)))));
        measures.values().forEach(m -> factLines.add(m.getName() + " = " + Years.ofMonthsWithUnit(m.getMonths()) + ", " + m.getMonths()
                + " months (" + m.getExplanation() + ")"));
        factLines.add("skills: " + (skills.isEmpty() ? "none" : String.join(", ", skills)));

        List<Explanation.RoleExplanation> explained = new ArrayList<>();
        for (RoleOutcome outcome : assessment.roles()) {
            Role role = outcome.role();
            List<Explanation.RequirementExplanation> requirements = new ArrayList<>();
            for (Requirement r : role.getRequirements()) {
                Met met = facts.stream().filter(f -> f instanceof Met m && m.getRequirement() == r).map(f -> (Met) f)
                        .min(Comparator.comparing(Met::getDetail)).orElse(null);
                Gap gap = facts.stream().filter(f -> f instanceof Gap g && g.getRequirement() == r).map(f -> (Gap) f).findFirst().orElse(null);
                Object decided = met != null ? met : gap;
                Trace.Decision decision = decided == null ? null : trace.of(decided);
                String result = met != null ? "MET" : gap != null ? "GAP" : "NOT MET";
                List<String> lookedAt = decision == null ? List.of() : decision.matched().stream()
                        .filter(o -> o != r && !(o instanceof Role)).map(Explainer::describe).filter(s -> !s.isEmpty()).toList();
                String why = met != null ? null : why(r, classes, measures, skills);
                requirements.add(new Explanation.RequirementExplanation(r.getId(), r.getSeverity(), r.getNeed(), result,
                        RoleDocs.test(r), decision == null ? null : decision.rule(), lookedAt, why));
            }
            Verdict verdict = outcome.verdict();
            Trace.Decision verdictDecision = trace.of(verdict);
            explained.add(new Explanation.RoleExplanation(role.getId(), role.getTitle(), verdict.getValue().replace('_', ' ') + ": " + verdict.getReason(),
                    verdictDecision == null ? null : verdictDecision.rule(), outcome.level() == null ? null : outcome.level().getTitle(),
                    requirements));
        }
        return new Explanation(assessment.candidateId(), assessment.asOf().toString(), explained, factLines);
    }

    /** The condition that failed, with the values it compared. */
    private static String why(Requirement r, Map<Credential, List<String>> classes, Map<String, Measure> measures, List<String> skills) {
        if (r.getKind() == null) {
            return "the requirement declares no test";
        }
        return switch (r.getKind()) {
            case Requirement.QUALIFICATION -> {
                List<String> partial = new ArrayList<>();
                classes.forEach((credential, names) -> {
                    if (names.stream().anyMatch(r.getAccepts()::contains)) {
                        partial.add(credential.getDetail() + " is " + credential.getState());
                    }
                });
                yield partial.isEmpty()
                        ? "no credential of an accepted class (" + String.join(", ", r.getAccepts()) + ")"
                        : "an accepted credential is held but does not count yet: " + String.join("; ", partial);
            }
            case Requirement.YEARS -> {
                Measure m = measures.get(r.getMeasure());
                yield m == null ? r.getMeasure() + " is not a measure"
                        : r.getMeasure() + " = " + m.getMonths() + " months (" + Years.ofMonthsWithUnit(m.getMonths()) + "), below the "
                        + r.getMinMonths() + " months (" + Years.ofMonthsWithUnit(r.getMinMonths()) + ") needed";
            }
            case Requirement.SKILLS -> {
                List<String> held = skills.stream().filter(r::acceptsSkill).toList();
                yield held.size() + " of the listed skills held (" + (held.isEmpty() ? "none" : String.join(", ", held)) + "), "
                        + r.getMinSkills() + " needed";
            }
            default -> r.getKind();
        };
    }

    private static String describe(Object fact) {
        if (fact instanceof Qualification q) {
            return q.getCredential().getPath() + ": " + q.getDetail() + " (class " + q.getName() + ")";
        }
        if (fact instanceof Measure m) {
            return m.getName() + " = " + Years.ofMonthsWithUnit(m.getMonths()) + " (" + m.getExplanation() + ")";
        }
        if (fact instanceof Credential c) {
            return c.getPath() + ": " + c.getDetail();
        }
        if (fact instanceof readiness.facts.AdvisorException e) {
            return e.getPath() + ": " + e.describe();
        }
        if (fact instanceof List<?> list) {
            return list.isEmpty() ? "" : list.stream().map(Explainer::describe).collect(Collectors.joining("; "));
        }
        if (fact instanceof java.util.Set<?> set) {
            return set.isEmpty() ? "" : "skills held: " + set.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        return "";
    }
}
