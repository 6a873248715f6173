package readiness;

import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetException;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.nio.file.Path;
import java.util.List;

/** Test support: the project's rules compiled once, and profiles written compactly with single quotes. */
public final class Assess {
    public static final Path RULES = Path.of("rules");
    private static Assessor assessor;

    private Assess() {
    }

    public static synchronized Assessor assessor() {
        if (assessor == null) {
            try {
                assessor = new Assessor(RuleSet.load(RULES));
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return assessor;
    }

    /** A profile from JSON written with ' for " ; id and asOf 2026-11-01 are added when missing. */
    public static Profile profile(String body) {
        String json = body.strip().replace('\'', '"');
        String inner = json.substring(1, json.length() - 1).strip();
        StringBuilder full = new StringBuilder("{");
        if (!inner.contains("\"id\"")) {
            full.append("\"id\": \"t-1\", ");
        }
        if (!inner.contains("\"asOf\"")) {
            full.append("\"asOf\": \"2026-11-01\", ");
        }
        full.append(inner).append('}');
        try {
            return ProfileReader.parse(full.toString().replace(", }", "}"), "test");
        } catch (ProfileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Copies the project's rule files into target (created if needed), for a test to edit. */
    public static Path copyRules(Path target) throws java.io.IOException {
        java.nio.file.Files.createDirectories(target);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                java.nio.file.Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** The example profiles in profiles/, sorted by name. */
    public static List<Path> profileFiles() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("profiles"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    public static Report.RoleReport role(String roleId, String body) {
        try {
            Report report = ReportBuilder.build(assessor().assess(profile(body), null, List.of(roleId)));
            return report.roles().get(0);
        } catch (readiness.engine.UnknownReferenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static Report report(String body) {
        try {
            return ReportBuilder.build(assessor().assess(profile(body), null, List.of()));
        } catch (readiness.engine.UnknownReferenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static List<String> metIds(Report.RoleReport role) {
        return role.met().stream().map(Report.MetItem::requirement).toList();
    }

    public static List<String> gapIds(Report.RoleReport role) {
        return role.gaps().stream().map(Report.GapItem::requirement).toList();
    }

    public static Report.GapItem gap(Report.RoleReport role, String requirement) {
        return role.gaps().stream().filter(g -> g.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError("no gap " + requirement + " in " + gapIds(role)));
    }

    public static Report.MetItem met(Report.RoleReport role, String requirement) {
        return role.met().stream().filter(m -> m.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError("no met " + requirement + " in " + metIds(role)));
    }
}
