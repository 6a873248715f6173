package readiness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** rules: the counselor's commands for rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check, test and compare rule files: validate, test, diff.",
        subcommands = {RulesValidateCommand.class, RulesTestCommand.class, RulesDiffCommand.class},
        footer = ExitCodes.HELP)
public final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: validate, test or diff");
    }
}
