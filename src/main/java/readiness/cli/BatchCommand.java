package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readiness.batch.AtomicOutput;
import readiness.batch.BatchCounts;
import readiness.batch.BatchListener;
import readiness.batch.BatchRunner;
import readiness.batch.CohortSummary;
import readiness.batch.InputSource;
import readiness.batch.OutputException;
import readiness.batch.OutputSet;
import readiness.batch.Progress;
import readiness.batch.SummaryCsv;
import readiness.batch.SummaryHtml;
import readiness.batch.SummaryJson;
import readiness.engine.Assessor;
import readiness.engine.RuleSetException;
import readiness.engine.UnknownReferenceException;
import readiness.report.JsonReport;
import readiness.report.LeanReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

/** batch INPUT --out RESULTS.jsonl: a whole cohort, every record accounted for. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Assess a cohort: a JSON Lines file (.gz read directly), a folder of .json profiles, or - for stdin.",
                "Results are one JSON report a line, in input order; rejected records go to the errors file.",
                "The last line on stderr is: read N, assessed N, rejected N."},
        footer = ExitCodes.BATCH_HELP)
public final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "cohort.jsonl, cohort.jsonl.gz, a folder of .json files, or - for stdin.")
    String input;

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl",
            description = {"Where the reports go, one a line: a file (.gz compresses it), - for standard output, or a device.",
                    "A file is replaced only when the run completes; another run writing it at the same time is refused."})
    String out;

    @Option(names = "--errors", paramLabel = "ERRORS.jsonl",
            description = "Where rejected records go (default: beside RESULTS, named RESULTS.errors.jsonl[.gz]; "
                    + "standard error when RESULTS is - or a device; - for standard output).")
    String errors;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "A cohort summary, by extension: .json (counts), .csv (a row per candidate and role), .html (charts); .gz after it compresses it. Repeatable.")
    List<Path> summaries = new ArrayList<>();

    /** full: each line is the report as assess --format json writes it; lean: only what varies per candidate. */
    public enum Detail { full, lean }

    @Option(names = "--detail", defaultValue = "full", paramLabel = "full|lean",
            description = {"full (default): each result line is the report as assess --format json writes it.",
                    "lean: only what varies per candidate, naming the rule-set version; roles --format json of that version "
                            + "has the rest (docs/lean-report.schema.json)."})
    Detail detail;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads, 1 to 256 (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--role", paramLabel = "ID", description = "Assess only this role (repeatable; overrides targetRoles).")
    List<String> roles = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfConverter.class,
            description = "Assessment date for every record (overrides each profile's asOf).")
    LocalDate asOf;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: only when there is a terminal).")
    Boolean progress;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException, InterruptedException, RuleSetException, UnknownReferenceException {
        PrintWriter err = spec.commandLine().getErr();
        if (!WorkerThreads.valid(jobs, err)) {
            return ExitCodes.INVALID_INPUT;
        }
        for (Path summary : summaries) {
            String name = format(summary);
            if (!name.endsWith(".json") && !name.endsWith(".csv") && !name.endsWith(".html")) {
                err.println("--summary " + summary + ": unknown format: use a .json, .csv or .html file (.gz compresses it)");
                return ExitCodes.INVALID_INPUT;
            }
        }
        String refused = refusedOutputs();
        if (refused != null) {
            err.println(refused);
            return ExitCodes.INVALID_INPUT;
        }
        Assessor assessor = new Assessor(rules.load());
        List<String> selected = roles.isEmpty() ? List.of() : assessor.selectRoles(roles, "--role");
        InputSource source;
        try {
            source = InputSource.open(input, System.in);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        OutputSet outputs = new OutputSet("batch", err);
        try (source; outputs) {
            return run(assessor, selected, source, outputs, err);
        } catch (OutputException e) {
            // After a signal the outputs are closed under the writer: the stop report already said what happened.
            if (!outputs.stoppedBySignal()) {
                err.println(e.getMessage());
            }
            return ExitCodes.INVALID_INPUT;
        }
    }

    private int run(Assessor assessor, List<String> selected, InputSource source, OutputSet outputs, PrintWriter err)
            throws IOException, InterruptedException {
        if (isStandardOutput(out) && errors != null && isStandardOutput(errors)) {
            throw new OutputException("--errors -: standard output already has the results: name a file, or leave --errors out");
        }
        AtomicOutput results = isStandardOutput(out)
                ? outputs.stream("standard output", spec.commandLine().getOut()) : outputs.open(Path.of(out));
        boolean errorsStreamed = (errors == null && AtomicOutput.isWrittenThrough(out)) || (errors != null && isStandardOutput(errors));
        AtomicOutput rejected = errors == null && AtomicOutput.isWrittenThrough(out) ? outputs.stream("standard error", err)
                : errors != null && isStandardOutput(errors) ? outputs.stream("standard output", spec.commandLine().getOut())
                : outputs.open(errorsPath());
        CohortSummary summary = new CohortSummary(assessor.roles(), assessor.ruleSet().version(), assessor.ruleSet().location());
        List<BatchListener> listeners = new ArrayList<>(List.of(summary));
        for (Path file : summaries) {
            if (format(file).endsWith(".csv")) {
                listeners.add(new SummaryCsv(outputs.open(file).writer()));
            }
        }
        Map<Path, AtomicOutput> atEnd = new LinkedHashMap<>();
        for (Path file : summaries) {
            if (!format(file).endsWith(".csv")) {
                atEnd.put(file, outputs.open(file));
            }
        }
        boolean showProgress = progress != null ? progress : System.console() != null;
        Progress bar = showProgress ? new Progress(err, source) : null;
        if (bar != null) {
            listeners.add(bar);
        }
        BatchCounts counts;
        try {
            java.util.function.Function<readiness.report.Report, String> render = detail == Detail.lean
                    ? new LeanReport(assessor.catalog())::line : JsonReport::line;
            counts = new BatchRunner(assessor, jobs, asOf, selected, render).run(source, results.writer(), rejected.writer(),
                    outcome -> {
                        for (BatchListener listener : listeners) {
                            listener.accept(outcome);
                        }
                    });
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        for (Map.Entry<Path, AtomicOutput> file : atEnd.entrySet()) {
            if (format(file.getKey()).endsWith(".json")) {
                SummaryJson.write(summary, file.getValue().writer());
            } else {
                String errorsLink = counts.rejected() == 0 || errorsStreamed ? null : relative(file.getKey(), errorsPath());
                SummaryHtml.write(summary, new SummaryHtml.Run(input, asOf, java.time.Instant.now(), errorsLink),
                        file.getValue().writer());
            }
        }
        outputs.commitAll();
        err.println(counts);
        return counts.rejected() == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }

    /** The errors file as a link from the summary page: relative to the page's folder when it can be. */
    private static String relative(Path page, Path errorsFile) {
        Path folder = page.toAbsolutePath().getParent();
        Path target = errorsFile.toAbsolutePath();
        return (folder != null && target.startsWith(folder) ? folder.relativize(target) : target).toString().replace('\\', '/');
    }

    private static boolean isStandardOutput(String name) {
        return name.equals("-");
    }

    /** The format of a summary by its extension; a .gz after it only compresses it. */
    private static String format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private Path errorsPath() {
        return errors != null ? Path.of(errors) : defaultErrorsPath(Path.of(out));
    }

    /**
     * Why the outputs cannot be written as named, or null: an output that is the input (however it
     * is named: a link, a hard link, ./x) or another output would destroy what it reads or writes.
     */
    private String refusedOutputs() {
        List<String> options = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        if (!isStandardOutput(out)) {
            options.add("--out");
            paths.add(Path.of(out));
        }
        if (errors != null ? !isStandardOutput(errors) : !AtomicOutput.isWrittenThrough(out)) {
            options.add("--errors");
            paths.add(errorsPath());
        }
        for (Path summary : summaries) {
            options.add("--summary");
            paths.add(summary);
        }
        Path in = input.equals("-") ? Path.of("/dev/stdin") : Path.of(input);
        for (int i = 0; i < paths.size(); i++) {
            if (sameFile(in, paths.get(i))) {
                return options.get(i) + " " + paths.get(i) + ": is the input " + (input.equals("-") ? "(standard input)" : input)
                        + ": writing it would destroy the cohort; choose another file";
            }
            for (int j = 0; j < i; j++) {
                if (sameFile(paths.get(j), paths.get(i)) || paths.get(j).toAbsolutePath().normalize()
                        .equals(paths.get(i).toAbsolutePath().normalize())) {
                    return options.get(i) + " " + paths.get(i) + ": is also " + options.get(j) + " " + paths.get(j)
                            + ": every output needs its own file";
                }
            }
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isRegularFile(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** results.jsonl gives results.errors.jsonl, and results.jsonl.gz gives results.errors.jsonl.gz. */
    static Path defaultErrorsPath(Path results) {
        String name = results.getFileName().toString();
        String gz = name.endsWith(".gz") ? ".gz" : "";
        String plain = name.substring(0, name.length() - gz.length());
        String base = plain.endsWith(".jsonl") ? plain.substring(0, plain.length() - ".jsonl".length()) : plain;
        return results.resolveSibling(base + ".errors.jsonl" + gz);
    }
}
