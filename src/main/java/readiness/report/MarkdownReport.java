package readiness.report;

/** The report as Markdown, for a counselor to paste into an email or a case note. */
public final class MarkdownReport {
    private static final String NL = System.lineSeparator();

    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("# Readiness report: ").append(escape(report.candidateName() == null ? report.candidateId()
                : report.candidateName() + " (" + report.candidateId() + ")")).append(NL).append(NL);
        out.append("As of ").append(report.asOf()).append(", rules `").append(report.ruleSet().version())
                .append("` (").append(report.ruleSet().source()).append(").").append(NL);
        for (Report.RoleReport role : report.roles()) {
            role(out, role);
        }
        if (!report.positions().isEmpty()) {
            out.append(NL).append("## Positions held, from the work history").append(NL).append(NL);
            for (Report.PositionItem item : report.positions()) {
                out.append("- `").append(item.path()).append("` ").append(escape(Formats.jobName(item))).append(": ")
                        .append(escape(Formats.positions(item, report))).append(NL);
            }
        }
        if (!report.unrecognized().isEmpty()) {
            out.append(NL).append("## Not recognized").append(NL).append(NL)
                    .append("These meet no requirement: they are not in the rule vocabulary (check the spelling, or a counselor can add them to rules/vocabulary.drl).")
                    .append(NL).append(NL);
            for (Report.UnrecognizedItem item : report.unrecognized()) {
                out.append("- `").append(item.path()).append("`: ").append(escape(item.detail())).append(NL);
            }
        }
        return out.toString();
    }

    private static void role(StringBuilder out, Report.RoleReport role) {
        out.append(NL).append("## ").append(escape(role.title())).append(NL).append(NL);
        out.append("- **Verdict:** ").append(Formats.verdict(role.verdict())).append(" (").append(role.verdictReason()).append(")").append(NL);
        out.append("- **Score:** ").append(Formats.score(role.score())).append(NL);
        out.append("- **Level:** ").append(Formats.level(role)).append(NL);
        out.append("- **Ready in:** ").append(Formats.readyIn(role)).append(NL);
        if (!role.gaps().isEmpty()) {
            out.append(NL).append("### Gaps").append(NL).append(NL)
                    .append("| Requirement | Severity | Need | Have | Source |").append(NL)
                    .append("|---|---|---|---|---|").append(NL);
            for (Report.GapItem gap : role.gaps()) {
                out.append("| `").append(gap.requirement()).append("` | ").append(gap.severity()).append(" | ")
                        .append(escape(gap.need())).append(" | ").append(escape(gap.have())).append(" | ")
                        .append(escape(gap.source())).append(" |").append(NL);
            }
        }
        if (!role.met().isEmpty()) {
            out.append(NL).append("### Met").append(NL).append(NL);
            for (Report.MetItem met : role.met()) {
                out.append("- `").append(met.requirement()).append("`: ").append(escape(met.detail())).append(NL);
            }
        }
        if (!role.ladder().isEmpty()) {
            out.append(NL).append("### Ladder").append(NL).append(NL);
            for (Report.RungItem rung : role.ladder()) {
                out.append("- [").append(rung.reached() ? "x" : " ").append("] ").append(rung.order()).append(". **")
                        .append(escape(rung.title())).append("**").append(NL);
                for (Report.ConditionItem condition : rung.conditions()) {
                    out.append("  - ").append(condition.met() ? "met: " : "not met: ").append(escape(Formats.condition(condition))).append(NL);
                }
            }
        }
        if (!role.nextSteps().isEmpty()) {
            out.append(NL).append("### Next steps").append(NL).append(NL);
            for (Report.StepItem step : role.nextSteps()) {
                out.append(step.order()).append(". ").append(escape(step.action())).append(" (")
                        .append(escape(Formats.stepFacts(step, role.nextSteps()))).append(")").append(NL);
            }
        }
    }

    /**
     * Text from a profile or a rule file, shown as itself: a table cell's "|", and what Markdown would read as markup
     * (emphasis, code, a link's "](", HTML such as a name holding "<img src=...>"), each escaped with a backslash. A
     * bracket alone stays as it is: "Staff Nurse [clinical]" is no link.
     */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*<>|".indexOf(c) >= 0 || c == ']' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
