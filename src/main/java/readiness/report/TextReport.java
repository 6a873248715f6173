package readiness.report;

import java.util.List;

/** The report for a person at a terminal: per role the verdict, score, rung, gaps and numbered next steps. */
public final class TextReport {
    private static final String NL = System.lineSeparator();

    private TextReport() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("Readiness report for ").append(report.candidateName() == null ? report.candidateId()
                : report.candidateName() + " (" + report.candidateId() + ")").append(NL);
        out.append("As of ").append(report.asOf()).append(", rules ").append(report.ruleSet().version())
                .append(" (").append(report.ruleSet().source()).append(")").append(NL);
        for (Report.RoleReport role : report.roles()) {
            role(out, role);
        }
        if (!report.positions().isEmpty()) {
            out.append(NL).append("Positions held, from the work history").append(NL);
            for (Report.PositionItem item : report.positions()) {
                out.append("  ").append(item.path()).append(" ").append(Formats.jobName(item)).append(": ")
                        .append(Formats.positions(item, report)).append(NL);
            }
        }
        if (!report.unrecognized().isEmpty()) {
            out.append(NL).append("Not recognized (not in the rule vocabulary: check the spelling, or a counselor can add it to rules/vocabulary.drl):").append(NL);
            for (Report.UnrecognizedItem item : report.unrecognized()) {
                out.append("  ").append(item.path()).append(": ").append(item.detail()).append(NL);
            }
        }
        return out.toString();
    }

    private static void role(StringBuilder out, Report.RoleReport role) {
        String heading = "== " + role.title() + " (" + role.role() + ") ";
        out.append(NL).append(heading).append("=".repeat(Math.max(3, 78 - heading.length()))).append(NL);
        out.append("Verdict   ").append(Formats.verdict(role.verdict())).append(": ").append(role.verdictReason()).append(NL);
        out.append("Score     ").append(Formats.score(role.score())).append(NL);
        out.append("Level     ").append(Formats.level(role)).append(NL);
        out.append("Ready in  ").append(Formats.readyIn(role)).append(NL);

        List<Report.GapItem> required = ReportBuilder.required(role);
        if (!role.gaps().isEmpty()) {
            out.append(NL).append("Gaps (").append(required.size()).append(" required, ")
                    .append(role.gaps().size() - required.size()).append(" preferred)").append(NL);
            for (Report.GapItem gap : role.gaps()) {
                out.append("  - [").append(gap.severity()).append("] ").append(gap.requirement())
                        .append(" (").append(gap.category()).append(")").append(NL);
                out.append("      need    ").append(gap.need()).append(NL);
                out.append("      have    ").append(gap.have()).append(NL);
                out.append("      source  ").append(gap.source()).append(NL);
            }
        }
        if (!role.met().isEmpty()) {
            out.append(NL).append("Met (").append(role.met().size()).append(")").append(NL);
            for (Report.MetItem met : role.met()) {
                out.append("  + ").append(met.requirement()).append(": ").append(met.detail()).append(NL);
            }
        }
        if (!role.ladder().isEmpty()) {
            out.append(NL).append("Ladder (climbed in order; [x] reached)").append(NL);
            for (Report.RungItem rung : role.ladder()) {
                out.append("  [").append(rung.reached() ? "x" : " ").append("] ").append(rung.order()).append(". ")
                        .append(rung.title()).append(NL);
                for (Report.ConditionItem condition : rung.conditions()) {
                    out.append("        ").append(condition.met() ? "+ " : "- ").append(Formats.condition(condition)).append(NL);
                }
            }
        }
        if (!role.nextSteps().isEmpty()) {
            out.append(NL).append("Next steps").append(NL);
            for (Report.StepItem step : role.nextSteps()) {
                out.append(String.format("  %2d. ", step.order())).append(step.action()).append(NL);
                out.append("      ").append(Formats.stepFacts(step, role.nextSteps())).append(NL);
            }
        }
    }
}
