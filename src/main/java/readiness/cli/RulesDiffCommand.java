package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import readiness.batch.InputRecord;
import readiness.batch.InputSource;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.engine.Assessor;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetException;
import readiness.engine.UnknownReferenceException;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * rules diff: the change impact of a rule edit. Assesses a cohort under both rule sets and reports who
 * changes verdict, level or gaps, grouped by the kind of change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Assess a cohort under two rule sets and report who changes verdict, level or gaps,",
                "grouped by the kind of change: see what an edit does before anyone sees a report."},
        footer = ExitCodes.HELP)
public final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--before", required = true, paramLabel = "DIR", description = "The rules as they are.")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "DIR", description = "The rules as edited.")
    Path after;

    @Parameters(paramLabel = "COHORT", description = "A folder of .json profiles or a JSON Lines file (.gz too).")
    String cohort;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfConverter.class, description = "Assessment date for every profile.")
    LocalDate asOf;

    @Option(names = "--examples", defaultValue = "5", paramLabel = "N", description = "Candidate ids listed per kind of change (default 5).")
    int examples;

    @Override
    public Integer call() throws IOException, RuleSetException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Assessor was = new Assessor(RuleSet.load(before));
        Assessor now = new Assessor(RuleSet.load(after));
        Map<String, List<String>> changes = new TreeMap<>();
        long candidates = 0;
        long skipped = 0;
        try (InputSource input = InputSource.open(cohort, System.in)) {
            for (InputRecord record = input.next(); record != null; record = input.next()) {
                Profile profile;
                try {
                    profile = record.profile();
                } catch (ProfileException e) {
                    skipped++;
                    continue;
                }
                candidates++;
                Report a;
                Report b;
                try {
                    a = ReportBuilder.build(was.assess(profile, asOf, List.of()));
                    b = ReportBuilder.build(now.assess(profile, asOf, List.of()));
                } catch (UnknownReferenceException e) {
                    skipped++;
                    candidates--;
                    continue;
                }
                compare(profile.id(), a, b, changes);
            }
        } catch (IOException e) {
            err.println(cohort + ": cannot be read: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        out.printf("rules %s (%s) -> %s (%s), %d candidates%s%n", was.ruleSet().version(), before, now.ruleSet().version(), after,
                candidates, skipped == 0 ? "" : ", " + skipped + " invalid profiles skipped");
        if (changes.isEmpty()) {
            out.println("No candidate changes verdict, level or gaps.");
        }
        final long cohortSize = candidates;
        changes.forEach((kind, ids) -> {
            out.printf("%s: %d of %d candidates (%.1f%%)%n", kind, ids.size(), cohortSize, ids.size() * 100.0 / Math.max(1, cohortSize));
            out.println("    e.g. " + String.join(", ", ids.subList(0, Math.min(examples, ids.size()))));
        });
        out.flush();
        return ExitCodes.OK;
    }

    private static void compare(String id, Report before, Report after, Map<String, List<String>> changes) {
        Map<String, Report.RoleReport> was = new TreeMap<>();
        before.roles().forEach(r -> was.put(r.role(), r));
        for (Report.RoleReport now : after.roles()) {
            Report.RoleReport then = was.remove(now.role());
            if (then == null) {
                changes.computeIfAbsent(now.title() + ": new role", k -> new ArrayList<>()).add(id);
                continue;
            }
            if (!then.verdict().equals(now.verdict())) {
                changes.computeIfAbsent(now.title() + ": verdict " + then.verdict().replace('_', ' ') + " -> "
                        + now.verdict().replace('_', ' '), k -> new ArrayList<>()).add(id);
            }
            String levelThen = then.level() == null ? "none" : then.level();
            String levelNow = now.level() == null ? "none" : now.level();
            if (!levelThen.equals(levelNow)) {
                changes.computeIfAbsent(now.title() + ": level " + levelThen + " -> " + levelNow, k -> new ArrayList<>()).add(id);
            }
            List<String> gapsThen = then.gaps().stream().map(Report.GapItem::requirement).toList();
            List<String> gapsNow = now.gaps().stream().map(Report.GapItem::requirement).toList();
            gapsNow.stream().filter(g -> !gapsThen.contains(g))
                    .forEach(g -> changes.computeIfAbsent(now.title() + ": new gap " + g, k -> new ArrayList<>()).add(id));
            gapsThen.stream().filter(g -> !gapsNow.contains(g))
                    .forEach(g -> changes.computeIfAbsent(now.title() + ": gap closed " + g, k -> new ArrayList<>()).add(id));
        }
        was.values().forEach(r -> changes.computeIfAbsent(r.title() + ": role removed", k -> new ArrayList<>()).add(id));
    }
}
