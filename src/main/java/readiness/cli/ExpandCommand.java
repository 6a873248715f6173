package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readiness.batch.AtomicOutput;
import readiness.batch.InputRecord;
import readiness.batch.InputSource;
import readiness.batch.OutputException;
import readiness.batch.OutputSet;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.RuleSetException;
import readiness.report.JsonReport;
import readiness.report.LeanExpander;
import readiness.report.RoleDocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** expand LEAN.jsonl: kept lean result lines back into the full reports batch --detail full would have written. */
@Command(name = "expand", mixinStandardHelpOptions = true,
        description = {"Turn batch --detail lean lines back into full reports, one a line, each exactly the line batch --detail full writes.",
                "The texts come from roles --format json of the rule-set version that made the lines: a saved copy (--roles) "
                        + "or the rule files (--rules, default the built-in rules).",
                "The last line on stderr is: read N, expanded N, refused N."},
        footer = ExitCodes.EXPAND_HELP)
public final class ExpandCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LEAN.jsonl", description = "Lean result lines: a file (.gz read directly) or - for stdin.")
    String input;

    @Option(names = "--out", paramLabel = "FULL.jsonl", defaultValue = "-",
            description = "Where the full reports go: a file (.gz compresses it; replaced only when every line is read), or - (default) for standard output.")
    String out;

    @Option(names = "--roles", paramLabel = "ROLES.json",
            description = "roles --format json saved from the rule set that made the lines (instead of loading --rules).")
    Path roles;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException, RuleSetException {
        PrintWriter err = spec.commandLine().getErr();
        LeanExpander expander;
        try {
            expander = new LeanExpander(roles != null ? rolesDocument(roles) : RoleDocs.json(new Assessor(rules.load())));
        } catch (IllegalArgumentException e) {
            err.println("--roles " + roles + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            err.println("--roles " + roles + ": cannot be read: " + ProfileReader.cannotRead(e));
            return ExitCodes.INVALID_INPUT;
        }
        if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
            err.println(input + ": is a folder: name a file of lean lines (batch --detail lean --out FILE), or - for stdin");
            return ExitCodes.INVALID_INPUT;
        }
        if (!out.equals("-") && (isSameFile(out, input) || (roles != null && isSameFile(out, roles.toString())))) {
            err.println("--out " + out + ": is " + (isSameFile(out, input) ? "the input " + input : "--roles " + roles)
                    + ": writing it would destroy what expand reads; choose another file");
            return ExitCodes.INVALID_INPUT;
        }
        InputSource source;
        try {
            source = InputSource.open(input, System.in);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        OutputSet outputs = new OutputSet("expand", err);
        try (source; outputs) {
            AtomicOutput results = out.equals("-") ? outputs.stream("standard output", spec.commandLine().getOut())
                    : outputs.open(Path.of(out));
            long read = 0;
            long expanded = 0;
            Writer writer = results.writer();
            for (InputRecord record = source.next(); record != null; record = source.next()) {
                read++;
                String full = expand(expander, record, err);
                if (full != null) {
                    writer.write(full);
                    writer.write('\n');
                    expanded++;
                }
            }
            outputs.commitAll();
            err.printf("read %d, expanded %d, refused %d%n", read, expanded, read - expanded);
            err.flush();
            return read == expanded ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
        } catch (OutputException e) {
            if (!outputs.stoppedBySignal()) {
                err.println(e.getMessage());
            }
            return ExitCodes.INVALID_INPUT;
        }
    }

    /** The full line, or null after saying on stderr why this record has none. */
    private static String expand(LeanExpander expander, InputRecord record, PrintWriter err) {
        if (record.unreadable() != null) {
            err.println(record.label() + ": " + record.unreadable());
            return null;
        }
        try {
            return JsonReport.line(expander.expand(record.text()));
        } catch (IllegalArgumentException e) {
            err.println(record.label() + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean isSameFile(String a, String b) throws IOException {
        return !b.equals("-") && Files.isRegularFile(Path.of(a)) && Files.isRegularFile(Path.of(b)) && Files.isSameFile(Path.of(a), Path.of(b));
    }

    private static String rolesDocument(Path file) throws IOException {
        String text = ProfileReader.decode(Files.readAllBytes(file));
        if (text == null) {
            throw new IllegalArgumentException("is not UTF-8 text: save roles --format json to a file as it prints");
        }
        return text;
    }
}
