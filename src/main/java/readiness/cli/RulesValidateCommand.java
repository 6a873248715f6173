package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import readiness.engine.Assessor;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetException;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** rules validate: compile every file and check what Drools cannot; every problem at file:line:col. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compile the rule files and check them: each role declares an id, title and ladder; each",
                "requirement an id, category, severity, need, test, next step and source; ids are unique; the",
                "classes and actions named exist; thresholds are sane; no code reaches outside the domain."},
        footer = ExitCodes.HELP)
public final class RulesValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RuleSet ruleSet = rules.load();
            Assessor assessor = new Assessor(ruleSet);
            long requirements = assessor.roles().stream().mapToLong(r -> r.getRequirements().size()).sum();
            out.printf("rules %s (%s): %d files, %d roles, %d requirements, %d catalog actions: OK%n", ruleSet.version(),
                    ruleSet.location(), ruleSet.fileCount(), assessor.roles().size(), requirements, assessor.catalog().size());
            out.flush();
            return ExitCodes.OK;
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + ": nothing was loaded; fix these and validate again");
            return ExitCodes.RULES_INVALID;
        }
    }
}
