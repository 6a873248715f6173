package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetException;
import readiness.engine.UnknownReferenceException;
import readiness.report.JsonReport;
import readiness.report.MarkdownReport;
import readiness.report.Report;
import readiness.report.ReportBuilder;
import readiness.report.TextReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/** assess PROFILE.json: the readiness report for every role, or the roles asked for. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess one profile against the rules and print its readiness report.",
        footer = ExitCodes.HELP)
public final class AssessCommand implements Callable<Integer> {
    public enum Format { text, json, md }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROFILE.json", description = "The candidate profile (see docs/profile.schema.json).")
    Path profile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), md or json (the contract's report).")
    Format format;

    @Option(names = "--role", paramLabel = "ID", description = "Assess only this role (repeatable; overrides targetRoles).")
    List<String> roles = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfConverter.class,
            description = "Assessment date (overrides the profile's asOf; default today).")
    LocalDate asOf;

    @Option(names = "--timings", description = "Print how long reading the profile, compiling (or loading) the rules and assessing took, on stderr.")
    boolean timings;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws ProfileException, RuleSetException, UnknownReferenceException {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        // The rules load on a second thread while the profile is read: on a warm cache, each takes a good part of the run.
        long[] loadNanos = new long[1];
        FutureTask<RuleSet> loading = new FutureTask<>(() -> {
            long begin = System.nanoTime();
            RuleSet loaded = rules.load();
            loadNanos[0] = System.nanoTime() - begin;
            return loaded;
        });
        Thread loader = new Thread(loading, "rules-load");
        loader.setDaemon(true);
        loader.start();
        Profile candidate = ProfileReader.read(profile);
        long parsed = System.nanoTime();
        RuleSet ruleSet = RulesOption.await(loading);
        // One profile: a pooled session would be cleaned for a next profile that never comes.
        Assessor assessor = new Assessor(ruleSet, Assessor.Sessions.FRESH);
        long compiled = System.nanoTime();
        Report report;
        try {
            report = ReportBuilder.build(assessor.assess(candidate, asOf, roles));
        } catch (UnknownReferenceException e) {
            throw new UnknownReferenceException(profile + ": " + e.getMessage());
        }
        long assessed = System.nanoTime();
        out.print(switch (format) {
            case text -> TextReport.render(report);
            case md -> MarkdownReport.render(report);
            case json -> JsonReport.pretty(report);
        });
        out.flush();
        if (timings) {
            spec.commandLine().getErr().printf("timings: read profile %d ms and, at the same time, %s %d ms; assess %d ms; total %d ms%n",
                    (parsed - start) / 1_000_000, ruleSet.fromCache() ? "load rules from the compile cache" : "compile rules",
                    loadNanos[0] / 1_000_000, (assessed - compiled) / 1_000_000, (assessed - start) / 1_000_000);
        }
        return ExitCodes.OK;
    }
}
