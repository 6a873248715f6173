package readiness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import readiness.facts.Action;
import readiness.facts.Requirement;
import readiness.facts.Role;
import readiness.facts.Rung;
import readiness.facts.Years;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Every role, its ladder and its requirements, written from the rule files themselves. */
public final class RoleDocs {
    private static final String NL = System.lineSeparator();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RoleDocs() {
    }

    /** How a requirement is met, in words: "any of: rn-license, pt-license" or "years.healthcare >= 5". */
    public static String test(Requirement r) {
        if (r.getKind() == null) {
            return "(no test declared)";
        }
        return switch (r.getKind()) {
            case Requirement.QUALIFICATION -> "any of: " + String.join(", ", r.getAccepts());
            case Requirement.YEARS -> (r.getMeasure().startsWith("years.as.")
                    ? "years as " + r.getMeasure().substring("years.as.".length()) + " or higher" : r.getMeasure())
                    + " >= " + Years.format(r.getMinYears());
            case Requirement.SKILLS -> r.getMinSkills() + " of: " + String.join(", ", r.getSkills());
            default -> r.getKind();
        };
    }

    /** A rung's conditions; at or above the role's own title, every required requirement of the role comes first. */
    public static String conditions(Role role, Rung rung) {
        String listed = role.getRequirements().stream()
                .filter(r -> r.getRungs().contains(rung.getOrder()) && !(rung.isAtOrAboveRole() && r.isRequired()))
                .map(Requirement::getId).collect(Collectors.joining(", "));
        if (!rung.isAtOrAboveRole()) {
            return listed;
        }
        return "ready for the role (every required requirement)" + (listed.isEmpty() ? "" : ", " + listed);
    }

    public static String salary(Rung rung) {
        return Formats.salary(new Report.Salary(rung.getMedianSalary(), rung.getAverageSalary(), rung.getLowSalary(),
                rung.getHighSalary(), rung.getSource()));
    }

    public static String markdown(List<Role> roles) {
        StringBuilder out = new StringBuilder();
        for (Role role : roles) {
            out.append("### ").append(role.getTitle()).append(" (`").append(role.getId()).append("`)").append(NL).append(NL);
            out.append("Source: `").append(role.getSeed()).append("`").append(NL).append(NL);
            out.append("| rung | title | salary | conditions |").append(NL).append("|---|---|---|---|").append(NL);
            for (Rung rung : role.getRungs()) {
                out.append("| ").append(rung.getOrder()).append(" | ").append(rung.getTitle()).append(" | ")
                        .append(salary(rung)).append(" | ").append(conditions(role, rung)).append(" |").append(NL);
            }
            out.append(NL).append("| requirement | category | severity | need | met by | source |").append(NL)
                    .append("|---|---|---|---|---|---|").append(NL);
            for (Requirement r : role.getRequirements()) {
                if (Requirement.LADDER.equals(r.getSeverity())) {
                    continue;
                }
                out.append("| `").append(r.getId()).append("` | ").append(r.getCategory()).append(" | ").append(r.getSeverity())
                        .append(" | ").append(esc(r.getNeed())).append(" | ").append(esc(test(r))).append(" | ")
                        .append(esc(r.getSource())).append(" |").append(NL);
            }
            out.append(NL);
        }
        return out.toString();
    }

    public static String text(List<Role> roles) {
        StringBuilder out = new StringBuilder();
        for (Role role : roles) {
            out.append(role.getTitle()).append(" (").append(role.getId()).append("), from ").append(role.getSeed()).append(NL);
            out.append("  Ladder").append(NL);
            for (Rung rung : role.getRungs()) {
                out.append("    ").append(rung.getOrder()).append(". ").append(rung.getTitle());
                String salary = salary(rung);
                out.append(salary.isEmpty() ? "" : " (" + salary + ")").append(": ").append(conditions(role, rung)).append(NL);
            }
            out.append("  Requirements").append(NL);
            for (Requirement r : role.getRequirements()) {
                out.append("    ").append(r.getId()).append(" [").append(r.getSeverity()).append(", ").append(r.getCategory())
                        .append("] ").append(r.getNeed()).append(NL)
                        .append("        met by ").append(test(r)).append("; closed by ").append(r.getClosedBy()).append(NL);
            }
            out.append(NL);
        }
        return out.toString();
    }

    /** As roles --format json prints it for this rule set. */
    public static String json(readiness.engine.Assessor assessor) {
        return json(assessor.roles(), assessor.catalog().values(), assessor.ruleSet().version(), assessor.ruleSet().location());
    }

    /**
     * The rule set's roles and next-step catalog as JSON: with the version it names, everything a lean
     * report line leaves out (titles, needs, categories, severities, sources, salaries, catalog labels).
     */
    public static String json(List<Role> roles, Collection<Action> catalog, String version, String location) {
        ObjectNode document = JSON.createObjectNode();
        document.putObject("ruleSet").put("version", version).put("source", location);
        ArrayNode array = document.putArray("roles");
        for (Role role : roles) {
            ObjectNode node = array.addObject().put("role", role.getId()).put("title", role.getTitle()).put("source", role.getSeed());
            ArrayNode ladder = node.putArray("ladder");
            for (Rung rung : role.getRungs()) {
                ObjectNode r = ladder.addObject().put("order", rung.getOrder()).put("level", rung.getId()).put("title", rung.getTitle())
                        .put("theRole", rung.isRoleTitle()).put("needsReady", rung.isAtOrAboveRole());
                r.putPOJO("medianSalary", rung.getMedianSalary()).putPOJO("averageSalary", rung.getAverageSalary())
                        .putPOJO("lowSalary", rung.getLowSalary()).putPOJO("highSalary", rung.getHighSalary())
                        .put("source", rung.getSource());
                ArrayNode conditions = r.putArray("conditions");
                role.getRequirements().stream().filter(q -> q.getRungs().contains(rung.getOrder())).forEach(q -> conditions.add(q.getId()));
            }
            ArrayNode requirements = node.putArray("requirements");
            for (Requirement r : role.getRequirements()) {
                requirements.addObject().put("requirement", r.getId()).put("category", r.getCategory())
                        .put("severity", r.getSeverity()).put("need", r.getNeed()).put("metBy", test(r))
                        .put("closedBy", r.getClosedBy()).put("source", r.getSource());
            }
        }
        ArrayNode actions = document.putArray("catalog");
        for (Action action : catalog) {
            ObjectNode a = actions.addObject().put("actionId", action.getId()).put("label", action.getLabel());
            a.putPOJO("monthsMin", action.getMonthsMin()).putPOJO("monthsMax", action.getMonthsMax());
            a.put("costMin", action.getCostMin()).put("costMax", action.getCostMax()).put("estimate", action.isEstimate())
                    .put("source", action.getSource());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + NL;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
