package readiness.engine;

import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.report.JsonReport;
import readiness.report.LeanReport;
import readiness.report.Report;
import readiness.report.ReportBuilder;
import readiness.report.RoleDocs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine for a program that runs it itself (a Spark executor, a service): one compiled rule set,
 * one call per profile, safe to call from any number of threads at once. A profile that cannot be
 * assessed is a rejected result carrying plain messages, never an exception, so one bad record never
 * stops a partition. docs/SCALING.md shows it in Spark's mapPartitions.
 */
public final class ReadinessEngine {
    private static final Map<Optional<Path>, ReadinessEngine> SHARED = new HashMap<>();

    private final Assessor assessor;
    private final LeanReport lean;

    private ReadinessEngine(Assessor assessor) {
        this.assessor = assessor;
        this.lean = new LeanReport(assessor.catalog());
    }

    /** Compiles the rule files of a folder, or the rules shipped in the jar when rules is null. */
    public static ReadinessEngine load(Path rules) throws RuleSetException {
        return new ReadinessEngine(new Assessor(RuleSet.load(rules)));
    }

    /** The engine for these rules, compiled on first use and then shared by every caller in this JVM. */
    public static ReadinessEngine shared(Path rules) throws RuleSetException {
        Optional<Path> key = Optional.ofNullable(rules).map(p -> p.toAbsolutePath().normalize());
        synchronized (SHARED) {
            ReadinessEngine engine = SHARED.get(key);
            if (engine == null) {
                engine = load(rules);
                SHARED.put(key, engine);
            }
            return engine;
        }
    }

    /** The rule-set version every report of this engine names. */
    public String ruleSetVersion() {
        return assessor.ruleSet().version();
    }

    /** roles --format json of these rules: what expands this engine's lean lines (readiness.report.LeanExpander). */
    public String rolesJson() {
        return RoleDocs.json(assessor);
    }

    /** One profile (JSON text); its line is the full report, as assess --format json writes it on one line. */
    public Result assess(String profileJson) {
        return assess(profileJson, "profile", false);
    }

    /** One profile (JSON text); its line is the lean report line, as batch --detail lean writes it. */
    public Result assessLean(String profileJson) {
        return assess(profileJson, "profile", true);
    }

    /** As above; source names the record in messages ("part-00003:17"). */
    public Result assess(String profileJson, String source, boolean leanLine) {
        try {
            Report report = ReportBuilder.build(assessor.assess(ProfileReader.parse(profileJson, source), null, List.of()));
            return new Result(report.candidateId(), report, leanLine ? lean.line(report) : JsonReport.line(report), List.of());
        } catch (ProfileException | UnknownReferenceException | RuntimeException e) {
            return new Result(null, null, null, rejection(e, source));
        }
    }

    /**
     * Why a record was rejected, in the plain words batch's errors file and this API share: a bad profile's problems
     * (they name the source), a reference or a runaway rule named with the source, anything else an internal error.
     */
    public static List<String> rejection(Exception e, String source) {
        if (e instanceof ProfileException profile) {
            return profile.problems();
        }
        if (e instanceof UnknownReferenceException || e instanceof RuleRunException) {
            return List.of(source + ": " + e.getMessage());
        }
        return List.of(source + ": internal error: " + e);
    }

    /**
     * An assessed profile (its report and result line) or a rejected one (problems say what was wrong,
     * naming the source and the JSON path, as batch's errors file does).
     */
    public record Result(String candidateId, Report report, String line, List<String> problems) {
        public boolean isAssessed() {
            return report != null;
        }
    }
}
