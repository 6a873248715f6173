package readiness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Smoke test of target/readiness.jar, started with java -jar the way the README says. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "readiness.jar").toAbsolutePath();

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path workingDir, String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), workingDir, args);
    }

    private static Result run(java.util.Map<String, String> environment, Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarAssessesAProfileWithTheRulesFolder() throws Exception {
        Result result = run(Path.of("."), "assess", "profiles/do-physician-leader.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("== Medical Director (medical-director)").contains("Verdict   READY").contains("(rules)");
    }

    @Test
    void aSecondRunOfTheJarLoadsTheRulesTheFirstCompiledAndPrintsTheSameReport(@TempDir Path cache) throws Exception {
        var environment = java.util.Map.of("READINESS_CACHE_DIR", cache.toString());

        Result first = run(environment, Path.of("."), "assess", "profiles/nurse-manager-near-csd.json", "--timings");
        Result second = run(environment, Path.of("."), "assess", "profiles/nurse-manager-near-csd.json", "--timings");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("compile rules");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).contains("load rules from the compile cache").doesNotContain("note:");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void theLauncherPrintsWhatTheJarPrintsUsingTheBuildsClassDataSharingArchive(@TempDir Path cache) throws Exception {
        Path jsa = Path.of("target", "readiness.jsa").toAbsolutePath();
        Path cdsLog = cache.resolve("cds.log");
        Result jar = run(java.util.Map.of("READINESS_CACHE_DIR", cache.toString()), Path.of("."),
                "assess", "profiles/nurse-manager-near-csd.json");
        ProcessBuilder builder = new ProcessBuilder(Path.of("bin", "readiness").toAbsolutePath().toString(),
                "assess", "profiles/nurse-manager-near-csd.json");
        builder.environment().put("READINESS_CACHE_DIR", cache.toString());
        // Java's own log of the archives it maps, to a file: the launcher keeps them off the terminal.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:cds=info:file=" + cdsLog);
        Path out = cache.resolve("out.txt");
        Process launcher = builder.redirectOutput(out.toFile()).redirectError(cache.resolve("err.txt").toFile()).start();
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(launcher.exitValue()).isZero();
        assertThat(Files.readString(out)).isEqualTo(jar.out());
        assertThat(Files.readString(cache.resolve("err.txt"))).doesNotContain("note:").doesNotContain("[cds");
        if (!Boolean.getBoolean("cds.skip")) {
            assertThat(Files.readString(cdsLog)).contains("Opened archive " + jsa).doesNotContain("Unable to use shared archive");
        }
    }

    @Test
    void theJarFallsBackToItsBuiltInRules(@TempDir Path elsewhere) throws Exception {
        Path profile = elsewhere.resolve("p.json");
        Files.copy(Path.of("profiles/resident-physician.json"), profile);

        Result result = run(elsewhere, "assess", "p.json", "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"source\" : \"built-in\"").contains("\"role\" : \"medical-director\"");
    }

    @Test
    void theJarExitsTwoOnABadProfileWithOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"x\", \"skils\": []}");

        Result result = run(Path.of("."), "assess", bad.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(bad + ": skils: unknown field \"skils\" (did you mean \"skills\"?)");
    }
}
