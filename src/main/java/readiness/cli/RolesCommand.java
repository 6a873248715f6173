package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import readiness.engine.Assessor;
import readiness.engine.RuleSetException;
import readiness.report.RoleDocs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** roles: every role, its ladder and requirements, generated from the rule files so docs never drift. */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "List every role, its ladder and its requirements, as the rule files define them.",
        footer = ExitCodes.HELP)
public final class RolesCommand implements Callable<Integer> {
    public enum Format { text, md, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), md or json.")
    Format format;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws RuleSetException {
        PrintWriter out = spec.commandLine().getOut();
        Assessor assessor = new Assessor(rules.load());
        out.print(switch (format) {
            case text -> RoleDocs.text(assessor.roles());
            case md -> RoleDocs.markdown(assessor.roles());
            case json -> RoleDocs.json(assessor);
        });
        out.flush();
        return ExitCodes.OK;
    }
}
