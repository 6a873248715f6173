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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
