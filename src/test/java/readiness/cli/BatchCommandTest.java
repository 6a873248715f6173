package readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** The batch command as a program coordinator runs it: every record accounted for, in order. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> profileLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            lines.add(JSON.readTree(file.toFile()).toString());
        }
        return lines;
    }

    private static List<String> ids(Path results) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            ids.add(JSON.readTree(line).get("candidateId").asText());
        }
        return ids;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void badLinesAtTheStartMiddleAndEndAreRejectedAndTheRestAssessedInOrder(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(profileLines());
        lines.add(0, "{\"id\": \"bad-start\", \"experience\": [{\"kind\": \"clinical\", \"start\": \"2020-13\"}]}");
        lines.add(6, "{\"id\": \"bad-middle\", \"skils\": []");
        lines.add("not json at all");
        Path input = dir.resolve("cohort.jsonl");
        Files.write(input, lines);
        Path out = dir.resolve("results.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--jobs", "2", "--rules", "rules");

        int good = lines.size() - 3;
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(lastLine(run.err())).isEqualTo("read " + lines.size() + ", assessed " + good + ", rejected 3");
        assertThat(Files.readAllLines(out)).hasSize(good);
        List<String> expectedIds = new ArrayList<>();
        for (String line : profileLines()) {
            expectedIds.add(JSON.readTree(line).get("id").asText());
        }
        assertThat(ids(out)).containsExactlyElementsOf(expectedIds);

        List<String> errors = Files.readAllLines(dir.resolve("results.errors.jsonl"));
        assertThat(errors).hasSize(3);
        JsonNode first = JSON.readTree(errors.get(0));
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("id").asText()).isEqualTo("bad-start");
        assertThat(first.at("/messages/0").asText()).isEqualTo(input + ":1: experience[0].start: \"2020-13\" is not a valid month");
        JsonNode middle = JSON.readTree(errors.get(1));
        assertThat(middle.get("line").asInt()).isEqualTo(7);
        assertThat(middle.get("id").isNull()).as("the line is not JSON, so its id cannot be read").isTrue();
        assertThat(middle.at("/messages/0").asText()).startsWith(input + ":7:").contains("malformed JSON");
        JsonNode last = JSON.readTree(errors.get(2));
        assertThat(last.get("line").asInt()).isEqualTo(lines.size());
        assertThat(last.at("/messages/0").asText()).startsWith(input + ":" + lines.size() + ":4: malformed JSON: Unrecognized token 'not'");
    }

    @Test
    void eachResultIsWhatAssessWouldGiveForThatProfile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.jsonl");
        run("batch", "profiles", "--out", out.toString(), "--rules", "rules");

        List<String> results = Files.readAllLines(out);
        List<Path> files = Assess.profileFiles();
        assertThat(results).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode single = JSON.readTree(run("assess", files.get(i).toString(), "--format", "json", "--rules", "rules").out());
            assertThat(JSON.readTree(results.get(i))).as(files.get(i).toString()).isEqualTo(single);
        }
    }

    @Test
    void aFolderIsReadFileByFileAndABadFileIsNamed(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("profiles/new-graduate-nurse.json"), folder.resolve("a.json"));
        Files.writeString(folder.resolve("b.json"), "{\"id\": \"b\", \"licenses\": [{\"type\": \"RN\", \"status\": \"lapsed\"}]}");
        Files.writeString(folder.resolve("notes.txt"), "not a profile");
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", folder.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(lastLine(run.err())).isEqualTo("read 2, assessed 1, rejected 1");
        JsonNode error = JSON.readTree(Files.readAllLines(dir.resolve("r.errors.jsonl")).get(0));
        assertThat(error.get("file").asText()).isEqualTo("b.json");
        assertThat(error.at("/messages/0").asText()).startsWith("b.json: licenses[0].status: \"lapsed\" is not one of");
    }

    @Test
    void aCohortSavedAsUtf16IsRejectedLineByLineAsUtf16NotAsBrokenJson(@TempDir Path dir) throws Exception {
        String lines = Files.readAllLines(Path.of("profiles/new-graduate-nurse.json")).stream().map(String::strip)
                .collect(java.util.stream.Collectors.joining());
        Path input = Files.write(dir.resolve("cohort.jsonl"), (lines + "\n" + lines + "\n").getBytes(StandardCharsets.UTF_16));
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(4);
        List<String> errors = Files.readAllLines(dir.resolve("r.errors.jsonl"));
        assertThat(lastLine(run.err())).isEqualTo("read " + errors.size() + ", assessed 0, rejected " + errors.size());
        assertThat(JSON.readTree(errors.get(0)).at("/messages/0").asText()).endsWith("it is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8");
        assertThat(errors.subList(1, errors.size())).allSatisfy(line -> assertThat(JSON.readTree(line).at("/messages/0").asText())
                .contains("(a UTF-16 file, compressed data or damage?)").doesNotContain("CTRL-CHAR"));
    }

    @Test
    void gzipInputIsReadDirectly(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("cohort.jsonl.gz");
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(input))) {
            gzip.write(String.join("\n", profileLines()).getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(profileLines().size());
    }

    @Test
    void aFolderExportedWithUpperCaseNamesHasEveryProfileRead(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.copy(Path.of("profiles/do-physician-leader.json"), folder.resolve("A-1024.JSON"));
        Files.copy(Path.of("profiles/resident-physician.json"), folder.resolve("b-1025.json"));
        Files.writeString(folder.resolve("notes.txt"), "not a profile");
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", folder.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().strip()).isEqualTo("read 2, assessed 2, rejected 0");
    }

    @Test
    void aGzipWrittenUnderAnUpperCaseNameIsReadBackAsGzip(@TempDir Path dir) throws Exception {
        Path cohort = dir.resolve("COHORT.JSONL.GZ");
        AssessCommandTest.Run generated = run("generate", "--count", "5", "--out", cohort.toString());
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", cohort.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(generated.exitCode()).isZero();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().strip()).isEqualTo("read 5, assessed 5, rejected 0");
        assertThat(Files.readAllLines(out)).hasSize(5);
    }

    @Test
    void aJsonLinesExportWithAByteOrderMarkHasItsFirstRecordAssessed(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("export.jsonl");
        Files.writeString(input, "\uFEFF{\"id\": \"first\"}\r\n{\"id\": \"second\"}\r\n");
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(lastLine(run.err())).isEqualTo("read 2, assessed 2, rejected 0");
        assertThat(ids(out)).containsExactly("first", "second");
    }

    @Test
    void anEmptyInputGivesEmptyOutputsAndExitZero(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--summary",
                dir.resolve("s.json").toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(lastLine(run.err())).isEqualTo("read 0, assessed 0, rejected 0");
        assertThat(Files.readString(out)).isEmpty();
        assertThat(JSON.readTree(dir.resolve("s.json").toFile()).at("/records/read").asInt()).isZero();
    }

    @Test
    void manyRecordsOnSeveralThreadsKeepInputOrder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("cohort.jsonl");
        run("generate", "--count", "300", "--seed", "5", "--out", input.toString());
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--jobs", "4", "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            expected.add(String.format("g-%07d", i));
        }
        assertThat(ids(out)).containsExactlyElementsOf(expected);
        assertThat(dir.resolve(".r.jsonl.partial")).doesNotExist();
    }

    @Test
    void summariesCountTheCohort(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.jsonl");
        Path json = dir.resolve("summary.json");
        Path csv = dir.resolve("summary.csv");
        Path html = dir.resolve("summary.html");

        run("batch", "profiles", "--out", out.toString(), "--summary", json.toString(), "--summary", csv.toString(),
                "--summary", html.toString(), "--rules", "rules");

        JsonNode summary = JSON.readTree(json.toFile());
        int profiles = profileLines().size();
        assertThat(summary.at("/records/read").asInt()).isEqualTo(profiles);
        JsonNode csd = null;
        for (JsonNode role : summary.get("roles")) {
            if (role.get("role").asText().equals("clinical-services-director")) {
                csd = role;
            }
        }
        assertThat(csd).isNotNull();
        long verdicts = csd.get("verdicts").get("READY").asLong() + csd.get("verdicts").get("NEARLY_READY").asLong()
                + csd.get("verdicts").get("NOT_READY").asLong();
        assertThat(verdicts).isEqualTo(csd.get("candidates").asLong());
        long inBuckets = 0;
        for (JsonNode bucket : csd.get("monthsToReady")) {
            inBuckets += bucket.get("candidates").asLong();
        }
        assertThat(inBuckets).isEqualTo(csd.get("candidates").asLong());
        assertThat(csd.at("/topGaps/0/share").asDouble()).isBetween(0.0, 1.0);
        assertThat(csd.get("unlocks").toString()).as("the nurse manager's MHA in progress is her one step")
                .contains("\"action\":\"masters-degree\"").doesNotContain("\"action\":\"rn-license\"")
                .as("the sentence says how long the one step takes")
                .contains("after one step: complete the MHA in progress, takes 6 months");

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("id,role,verdict,score,level,months_to_ready_min,months_to_ready_max,required_gaps");
        long roleRows = 0;
        for (String line : Files.readAllLines(out)) {
            roleRows += JSON.readTree(line).get("roles").size();
        }
        assertThat(rows).hasSize((int) roleRows + 1);

        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("class=\"stack\"").contains("Verdicts per role")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
    }

    @Test
    void aMissingInputExitsTwoAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", dir.resolve("nope.jsonl").toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.jsonl").contains("no such file or folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void brokenRulesExitThree(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("x.drl"), "package readiness.rules;\nrule \"x\" when then\n");

        AssessCommandTest.Run run = run("batch", "profiles", "--out", dir.resolve("r.jsonl").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/x.drl:");
    }

    @Test
    void aNumberOfWorkerThreadsBelowOneIsACommandLineErrorNotSilentlyOne(@TempDir Path dir) {
        for (String jobs : java.util.List.of("0", "-4")) {
            AssessCommandTest.Run run = run("batch", "profiles", "--out", dir.resolve("r.jsonl").toString(), "--jobs", jobs, "--rules", "rules");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("--jobs " + jobs + ": not a number of worker threads: use 1 or more");
            assertThat(dir.resolve("r.jsonl")).doesNotExist();
        }
    }

    @Test
    void moreWorkerThreadsThanARunCanUseIsACommandLineErrorInBatchAndBench(@TempDir Path dir) {
        AssessCommandTest.Run batch = run("batch", "profiles", "--out", dir.resolve("r.jsonl").toString(), "--jobs", "100000", "--rules", "rules");
        AssessCommandTest.Run bench = run("bench", "--count", "10", "--jobs", "257", "--rules", "rules");
        AssessCommandTest.Run most = run("batch", "profiles", "--out", dir.resolve("most.jsonl").toString(), "--jobs", "256", "--rules", "rules");

        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).startsWith("--jobs 100000: more worker threads than a run can use: use 1 to 256 (this machine has ");
        assertThat(dir.resolve("r.jsonl")).doesNotExist();
        assertThat(bench.exitCode()).isEqualTo(2);
        assertThat(bench.err()).startsWith("--jobs 257: more worker threads than a run can use: use 1 to 256");
        assertThat(most.exitCode()).isZero();
        assertThat(most.err()).contains("rejected 0");
    }

    @Test
    void anUnknownSummaryFormatOrRoleIsACommandLineError(@TempDir Path dir) {
        assertThat(run("batch", "profiles", "--out", dir.resolve("r.jsonl").toString(), "--summary", "s.pdf").exitCode()).isEqualTo(2);
        AssessCommandTest.Run role = run("batch", "profiles", "--out", dir.resolve("r.jsonl").toString(), "--role", "ceo", "--rules", "rules");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role \"ceo\"");
    }

    @Test
    void generateIsDeterministicForASeedAndEveryProfileIsValid(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path c = dir.resolve("c.jsonl");
        run("generate", "--count", "200", "--seed", "42", "--out", a.toString());
        run("generate", "--count", "200", "--seed", "42", "--out", b.toString());
        run("generate", "--count", "200", "--seed", "43", "--out", c.toString());

        assertThat(Files.readString(a)).isEqualTo(Files.readString(b)).isNotEqualTo(Files.readString(c));
        AssessCommandTest.Run run = run("batch", a.toString(), "--out", dir.resolve("r.jsonl").toString(), "--rules", "rules");
        assertThat(lastLine(run.err())).isEqualTo("read 200, assessed 200, rejected 0");
        String all = Files.readString(a);
        assertThat(all).contains("\"kind\":\"physician-practice\"").contains("\"degree\":\"MSW\"").contains("\"status\":\"in-progress\"");
    }
}
