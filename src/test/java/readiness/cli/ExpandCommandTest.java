package readiness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

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

/** expand: kept lean lines become, line for line, the full reports batch --detail full writes; a line that cannot is named. */
class ExpandCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shipped profiles as a cohort, with their full and lean batch results. */
    private static Path cohort(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            lines.add(JSON.readTree(file.toFile()).toString());
        }
        Path cohort = Files.write(dir.resolve("cohort.jsonl"), lines);
        run("batch", cohort.toString(), "--out", dir.resolve("full.jsonl").toString(), "--rules", "rules");
        run("batch", cohort.toString(), "--out", dir.resolve("lean.jsonl.gz").toString(), "--detail", "lean", "--rules", "rules");
        return cohort;
    }

    @Test
    void leanLinesExpandWithTheRulesToExactlyTheFullLines(@TempDir Path dir) throws Exception {
        cohort(dir);

        AssessCommandTest.Run expand = run("expand", dir.resolve("lean.jsonl.gz").toString(), "--rules", "rules");

        assertThat(expand.exitCode()).isZero();
        assertThat(expand.out().lines().toList()).isEqualTo(Files.readAllLines(dir.resolve("full.jsonl")));
        assertThat(expand.err()).isEqualTo("read 13, expanded 13, refused 0\n");
    }

    @Test
    void aSavedRolesDocumentServesInsteadOfTheRulesAndTheOutputCanBeGzipped(@TempDir Path dir) throws Exception {
        cohort(dir);
        Path roles = Files.writeString(dir.resolve("roles.json"), run("roles", "--format", "json", "--rules", "rules").out());
        Path out = dir.resolve("again.jsonl.gz");

        AssessCommandTest.Run expand = run("expand", dir.resolve("lean.jsonl.gz").toString(), "--roles", roles.toString(),
                "--out", out.toString());

        assertThat(expand.exitCode()).isZero();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList())
                    .isEqualTo(Files.readAllLines(dir.resolve("full.jsonl")));
        }
    }

    @Test
    void aLineThatCannotBeExpandedIsNamedAndTheRestAreExpanded(@TempDir Path dir) throws Exception {
        cohort(dir);
        List<String> lean;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("lean.jsonl.gz")))) {
            lean = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        String version = JSON.readTree(lean.get(0)).path("ruleSet").path("version").asText();
        lean.set(1, lean.get(1).replace(version, "000000000000"));
        lean.set(2, "{\"detail\": \"lean\", oops");
        Path input = Files.write(dir.resolve("mixed.jsonl"), lean);

        AssessCommandTest.Run expand = run("expand", input.toString(), "--rules", "rules");

        assertThat(expand.exitCode()).isEqualTo(4);
        List<String> full = Files.readAllLines(dir.resolve("full.jsonl"));
        assertThat(expand.out().lines().toList()).hasSize(11).containsExactlyElementsOf(
                java.util.stream.Stream.concat(full.subList(0, 1).stream(), full.subList(3, full.size()).stream()).toList());
        assertThat(expand.err()).contains(input + ":2: the lean line is from rule set 000000000000, the roles document is for " + version)
                .contains(input + ":3: the lean line is not valid JSON at line 1, column")
                .endsWith("read 13, expanded 11, refused 2\n");
    }

    @Test
    void aRolesFileThatIsNotARolesDocumentOrTheInputAsOutputIsAnInvalidCommandLine(@TempDir Path dir) throws Exception {
        cohort(dir);
        Path notRoles = Files.writeString(dir.resolve("roles.json"), "{\"roles\": []}");

        AssessCommandTest.Run wrongRoles = run("expand", dir.resolve("lean.jsonl.gz").toString(), "--roles", notRoles.toString());
        AssessCommandTest.Run missing = run("expand", dir.resolve("lean.jsonl.gz").toString(), "--roles", dir.resolve("none.json").toString());
        byte[] lean = Files.readAllBytes(dir.resolve("lean.jsonl.gz"));
        AssessCommandTest.Run overwrite = run("expand", dir.resolve("lean.jsonl.gz").toString(), "--rules", "rules",
                "--out", dir.resolve("lean.jsonl.gz").toString());
        Path roles = Files.writeString(dir.resolve("saved-roles.json"), run("roles", "--format", "json", "--rules", "rules").out());
        AssessCommandTest.Run overwriteRoles = run("expand", dir.resolve("lean.jsonl.gz").toString(), "--roles", roles.toString(),
                "--out", roles.toString());
        AssessCommandTest.Run folder = run("expand", dir.toString(), "--rules", "rules");

        assertThat(wrongRoles.exitCode()).isEqualTo(2);
        assertThat(wrongRoles.err()).isEqualTo("--roles " + notRoles + ": not the output of roles --format json: it needs ruleSet.version, roles and catalog\n");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("--roles " + dir.resolve("none.json") + ": cannot be read: ");
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("is the input");
        assertThat(dir.resolve("lean.jsonl.gz")).hasBinaryContent(lean);
        assertThat(overwriteRoles.exitCode()).isEqualTo(2);
        assertThat(overwriteRoles.err()).contains("is --roles " + roles);
        assertThat(roles).content().startsWith("{");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo(dir + ": is a folder: name a file of lean lines (batch --detail lean --out FILE), or - for stdin\n");
    }

    @Test
    void aMissingInputIsNamedAndNoOutputIsTouched(@TempDir Path dir) throws Exception {
        Path kept = Files.writeString(dir.resolve("full.jsonl"), "kept\n");

        AssessCommandTest.Run run = run("expand", dir.resolve("none.jsonl").toString(), "--rules", "rules", "--out", kept.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("none.jsonl") + ": no such file or folder\n");
        assertThat(kept).hasContent("kept");
    }
}
