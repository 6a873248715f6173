package readiness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** rules: the counselor's commands for rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check and test the rule files: validate, test.",
        subcommands = {RulesValidateCommand.class, RulesTestCommand.class},
        footer = ExitCodes.HELP)
public final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: validate or test");
    }
}
