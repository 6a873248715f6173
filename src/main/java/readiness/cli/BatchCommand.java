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
import readiness.batch.Progress;
import readiness.batch.SummaryCsv;
import readiness.batch.SummaryHtml;
import readiness.batch.SummaryJson;
import readiness.engine.Assessor;
import readiness.engine.RuleSetException;
import readiness.engine.UnknownReferenceException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl", description = "Where the reports go, one a line.")
    Path out;

    @Option(names = "--errors", paramLabel = "ERRORS.jsonl",
            description = "Where rejected records go (default: beside RESULTS, named RESULTS.errors.jsonl).")
    Path errors;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "A cohort summary, by extension: .json (counts), .csv (a row per candidate and role), .html (charts). Repeatable.")
    List<Path> summaries = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of cores).")
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
        for (Path summary : summaries) {
            String name = summary.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".json") && !name.endsWith(".csv") && !name.endsWith(".html")) {
                err.println("--summary " + summary + ": unknown format: use a .json, .csv or .html file");
                return ExitCodes.INVALID_INPUT;
            }
        }
        Assessor assessor = new Assessor(rules.load());
        List<String> selected = roles.isEmpty() ? List.of() : assessor.selectRoles(roles, "--role");
        InputSource source;
        try {
            source = InputSource.open(input, System.in);
        } catch (IOException e) {
            err.println(input + ": cannot be read: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        Path errorsPath = errors != null ? errors : defaultErrorsPath(out);
        List<AtomicOutput> outputs = new ArrayList<>();
        try (source) {
            AtomicOutput results = track(outputs, new AtomicOutput(out));
            AtomicOutput rejected = track(outputs, new AtomicOutput(errorsPath));
            CohortSummary summary = new CohortSummary(assessor.roles(),
                    assessor.ruleSet().version(), assessor.ruleSet().location());
            List<BatchListener> listeners = new ArrayList<>(List.of(summary));
            for (Path file : summaries) {
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    listeners.add(new SummaryCsv(track(outputs, new AtomicOutput(file)).writer()));
                }
            }
            boolean showProgress = progress != null ? progress : System.console() != null;
            Progress bar = showProgress ? new Progress(err, source) : null;
            if (bar != null) {
                listeners.add(bar);
            }
            BatchCounts counts;
            try {
                counts = new BatchRunner(assessor, jobs, asOf, selected).run(source, results.writer(), rejected.writer(),
                        outcome -> {
                            for (BatchListener listener : listeners) {
                                listener.accept(outcome);
                            }
                        });
            } catch (IOException e) {
                err.println(e.getMessage());
                return ExitCodes.INVALID_INPUT;
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            for (Path file : summaries) {
                String name = file.toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".json")) {
                    AtomicOutput json = track(outputs, new AtomicOutput(file));
                    SummaryJson.write(summary, json.writer());
                } else if (name.endsWith(".html")) {
                    AtomicOutput html = track(outputs, new AtomicOutput(file));
                    SummaryHtml.write(summary, new SummaryHtml.Run(input, asOf, java.time.Instant.now(),
                            counts.rejected() == 0 ? null : relative(file, errorsPath)), html.writer());
                }
            }
            for (AtomicOutput output : outputs) {
                output.commit();
            }
            err.println(counts);
            return counts.rejected() == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
        } finally {
            for (AtomicOutput output : outputs) {
                output.close();
            }
        }
    }

    private static AtomicOutput track(List<AtomicOutput> outputs, AtomicOutput output) {
        outputs.add(output);
        return output;
    }

    /** The errors file as a link from the summary page: relative to the page's folder when it can be. */
    private static String relative(Path page, Path errorsFile) {
        Path folder = page.toAbsolutePath().getParent();
        Path target = errorsFile.toAbsolutePath();
        return (folder != null && target.startsWith(folder) ? folder.relativize(target) : target).toString().replace('\\', '/');
    }

    static Path defaultErrorsPath(Path results) {
        String name = results.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return results.resolveSibling(base + ".errors.jsonl");
    }
}
