package readiness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import readiness.domain.ProfileException;
import readiness.engine.RuleSetException;
import readiness.engine.RuleRunException;
import readiness.engine.UnknownReferenceException;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The top-level command; each subcommand is its own class. */
@Command(name = "readiness", mixinStandardHelpOptions = true, version = "readiness 0.1.0",
        description = "Career readiness for healthcare leadership roles: a profile in, a gap report with next steps out.",
        footer = ExitCodes.ALL_HELP)
public final class ReadinessCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (assess, batch, expand, generate, bench, roles, rules, explain, serve)");
    }

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("assess", AssessCommand::new);
        commands.put("batch", BatchCommand::new);
        commands.put("expand", ExpandCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("roles", RolesCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** The whole command line, every subcommand included. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when the first names a subcommand (other than help), only that one is built,
     * since picocli reads every subcommand's annotations up front and that is a tenth of a one-profile run.
     */
    public static CommandLine commandLine(String[] args) {
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help");
        return commandLine(one ? List.of(args[0]) : COMMANDS.keySet());
    }

    private static CommandLine commandLine(Collection<String> names) {
        CommandLine commandLine = new CommandLine(new ReadinessCommand());
        for (String name : names) {
            commandLine.addSubcommand(name, COMMANDS.get(name).get());
        }
        commandLine.setOut(standardOutput());
        commandLine.setExecutionStrategy(ReadinessCommand::runAndCheckOutput);
        commandLine.setParameterExceptionHandler(ReadinessCommand::usageError);
        commandLine.setExecutionExceptionHandler(ReadinessCommand::failure);
        return commandLine;
    }

    /**
     * Standard output as picocli would write it (its encoding, flushed at each line), but made on System.out itself, so that
     * checkError sees what System.out records and otherwise hides: a closed pipe or a full disk.
     */
    private static PrintWriter standardOutput() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = Charset.defaultCharset();
        try {
            charset = encoding == null ? charset : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            // picocli falls back to the default encoding too
        }
        return new PrintWriter(System.out, true, charset);
    }

    /**
     * Runs the command; a success whose standard output failed (roles > a full disk, assess | a closed pipe) is not one:
     * what was printed is incomplete. batch says so itself, with exit 2, before its count line.
     */
    private static int runAndCheckOutput(CommandLine.ParseResult parsed) {
        int code = new CommandLine.RunLast().execute(parsed);
        CommandLine cl = parsed.commandSpec().commandLine();
        if ((code == ExitCodes.OK || code == ExitCodes.SOME_REJECTED) && cl.getOut().checkError()) {
            cl.getErr().println("standard output: " + readiness.batch.AtomicOutput.STREAM_FAILED);
            cl.getErr().flush();
            return ExitCodes.INVALID_INPUT;
        }
        return code;
    }

    /** Each kind of failure is a few plain lines on stderr and its documented exit code, never a stack trace. */
    private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ProfileException profile) {
            profile.problems().forEach(err::println);
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof UnknownReferenceException unknown) {
            err.println(unknown.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof RuleSetException rules) {
            rules.problems().forEach(err::println);
            return ExitCodes.RULES_INVALID;
        }
        if (e instanceof RuleRunException stopped) {
            err.println(stopped.getMessage());
            return ExitCodes.RULES_INVALID;
        }
        if (e instanceof java.io.IOException io) {
            // a file that cannot be read or written is the user's to fix: say which and why, plainly
            String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
            err.println(io instanceof readiness.batch.OutputException ? io.getMessage()
                    : file + "cannot read or write: " + readiness.batch.AtomicOutput.reason(io));
            return ExitCodes.INVALID_INPUT;
        }
        err.println("internal error: " + e);
        return ExitCodes.INTERNAL;
    }

    /** A command-line mistake: one line saying what is wrong, one saying where help is. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandName() + ": " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.INVALID_INPUT;
    }
}
