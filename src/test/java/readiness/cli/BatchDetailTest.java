package readiness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;
import readiness.report.JsonReport;
import readiness.report.LeanExpander;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** batch --detail: full lines are assess --format json on one line; lean lines expand back to them, in a file, .gz or on stdout. */
class BatchDetailTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path cohort(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            lines.add(JSON.readTree(file.toFile()).toString());
        }
        return Files.write(dir.resolve("cohort.jsonl"), lines);
    }

    private static List<String> gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void fullIsTheDefaultAndEachLineIsAssessFormatJson(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        AssessCommandTest.Run batch = run("batch", input.toString(), "--out", dir.resolve("r.jsonl").toString(), "--rules", "rules");
        AssessCommandTest.Run full = run("batch", input.toString(), "--out", "-", "--detail", "full", "--rules", "rules");

        assertThat(batch.exitCode()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("r.jsonl"));
        assertThat(full.out().lines().toList()).isEqualTo(lines);
        String single = run("assess", Assess.profileFiles().get(0).toString(), "--format", "json", "--rules", "rules").out();
        assertThat(lines.get(0)).isEqualTo(JSON.writeValueAsString(JSON.readTree(single)));
    }

    @Test
    void leanLinesInAGzipFileAndOnStandardOutputExpandToTheFullLines(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        run("batch", input.toString(), "--out", dir.resolve("full.jsonl").toString(), "--rules", "rules");
        AssessCommandTest.Run gz = run("batch", input.toString(), "--out", dir.resolve("lean.jsonl.gz").toString(), "--detail", "lean",
                "--rules", "rules");
        AssessCommandTest.Run stdout = run("batch", input.toString(), "--out", "-", "--detail", "lean", "--rules", "rules");
        LeanExpander expander = new LeanExpander(run("roles", "--format", "json", "--rules", "rules").out());

        assertThat(gz.exitCode()).isZero();
        assertThat(gz.err()).endsWith("read 13, assessed 13, rejected 0\n");
        List<String> lean = gunzip(dir.resolve("lean.jsonl.gz"));
        assertThat(stdout.out().lines().toList()).isEqualTo(lean);
        List<String> full = Files.readAllLines(dir.resolve("full.jsonl"));
        assertThat(lean).hasSameSizeAs(full).allSatisfy(line -> assertThat(line).startsWith("{\"detail\":\"lean\""));
        for (int i = 0; i < full.size(); i++) {
            assertThat(JsonReport.line(expander.expand(lean.get(i)))).isEqualTo(full.get(i));
        }
        assertThat(Files.size(dir.resolve("lean.jsonl.gz"))).isLessThan(Files.size(dir.resolve("full.jsonl")) / 10);
    }

    @Test
    void anUnknownDetailIsAnInvalidCommandLine(@TempDir Path dir) throws Exception {
        AssessCommandTest.Run run = run("batch", cohort(dir).toString(), "--out", "-", "--detail", "short", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--detail").contains("full, lean");
    }
}
