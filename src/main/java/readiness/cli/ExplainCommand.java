package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.Explainer;
import readiness.engine.Explanation;
import readiness.engine.RuleSetException;
import readiness.engine.UnknownReferenceException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** explain PROFILE: for each requirement, the rule that decided it, the facts it looked at, and the condition that failed. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show, for each requirement, which rule decided it, the facts it looked at, and which condition failed.",
        footer = ExitCodes.HELP)
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROFILE.json", description = "The candidate profile.")
    Path profile;

    @Option(names = "--role", paramLabel = "ID", description = "Explain only this role (repeatable).")
    List<String> roles = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfConverter.class, description = "Assessment date.")
    LocalDate asOf;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws ProfileException, RuleSetException, UnknownReferenceException {
        PrintWriter out = spec.commandLine().getOut();
        Explanation explanation;
        try {
            explanation = new Explainer(new Assessor(rules.load())).explain(ProfileReader.read(profile), asOf, roles);
        } catch (UnknownReferenceException e) {
            throw new UnknownReferenceException(profile + ": " + e.getMessage());
        }
        out.println("Explanation for " + explanation.candidateId() + ", as of " + explanation.asOf());
        out.println();
        out.println("Facts computed from the profile");
        explanation.facts().forEach(f -> out.println("  " + f));
        for (Explanation.RoleExplanation role : explanation.roles()) {
            out.println();
            out.println("== " + role.title() + " (" + role.role() + ")");
            out.println("Verdict " + role.verdict() + (role.verdictRule() == null ? "" : "   [rule \"" + role.verdictRule() + "\"]"));
            out.println("Level   " + (role.level() == null ? "below the first rung" : role.level()));
            for (Explanation.RequirementExplanation r : role.requirements()) {
                out.println();
                out.println("  " + r.outcome() + "  " + r.id() + " [" + r.severity() + "]");
                out.println("      need        " + r.need());
                out.println("      test        " + r.test());
                out.println("      decided by  " + (r.rule() == null ? "no rule fired" : "rule \"" + r.rule() + "\""));
                r.lookedAt().forEach(f -> out.println("      looked at   " + f));
                if (r.why() != null) {
                    out.println("      failed      " + r.why());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
