package readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static readiness.cli.AssessCommandTest.run;

/** Where batch writes: nothing it is not asked to replace is replaced, and every failure is one plain line. */
class BatchOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> profileLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            lines.add(JSON.readTree(file.toFile()).toString());
        }
        return lines;
    }

    private static Path cohort(Path dir) throws IOException {
        return Files.write(dir.resolve("cohort.jsonl"), profileLines());
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static List<String> gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private static boolean mkfifo(Path path) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            return false;
        }
    }

    @Test
    void aDashIsStandardOutputAndRejectedRecordsGoToStandardError(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        Files.writeString(input, "{\"id\": \"bad\", \"skils\": []}\n", java.nio.file.StandardOpenOption.APPEND);

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", "-", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out().lines()).hasSize(profileLines().size()).allSatisfy(line -> assertThat(JSON.readTree(line).has("candidateId")).isTrue());
        assertThat(run.err()).contains("\"id\":\"bad\"").contains("unknown field \\\"skils\\\"");
        assertThat(lastLine(run.err())).isEqualTo("read 14, assessed 13, rejected 1");
        assertThat(Path.of("-")).doesNotExist();
        assertThat(Path.of("-.errors.jsonl")).doesNotExist();

        Path out = dir.resolve("r.jsonl");
        AssessCommandTest.Run errorsOut = run("batch", input.toString(), "--out", out.toString(), "--errors", "-", "--rules", "rules");
        assertThat(errorsOut.out().lines()).singleElement().satisfies(line -> assertThat(JSON.readTree(line).get("id").asText()).isEqualTo("bad"));
        assertThat(Files.readAllLines(out)).hasSize(profileLines().size());
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void devicesPipesAndLinksAreWrittenThroughNeverReplaced(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        int records = profileLines().size();

        assertThat(run("batch", input.toString(), "--out", "/dev/null", "--rules", "rules").exitCode()).isZero();
        assertThat(Path.of("/dev/null")).exists().matches(p -> !Files.isRegularFile(p), "still a device");

        Path real = Files.writeString(dir.resolve("real.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real.getFileName());
        assertThat(run("batch", input.toString(), "--out", link.toString(), "--rules", "rules").exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readAllLines(real)).hasSize(records);

        Path fifo = dir.resolve("pipe.jsonl");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AssessCommandTest.Run run = run("batch", input.toString(), "--out", fifo.toString(), "--rules", "rules");
        assertThat(run.exitCode()).isZero();
        assertThat(new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8).lines()).hasSize(records);
        assertThat(Files.isRegularFile(fifo)).as("the pipe is still a pipe").isFalse();
    }

    @Test
    void anOutputThatIsTheInputIsRefusedHoweverItIsNamed(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        byte[] before = Files.readAllBytes(input);
        Path hardLink = Files.createLink(dir.resolve("same.jsonl"), input);

        AssessCommandTest.Run same = run("batch", input.toString(), "--out", input.toString(), "--rules", "rules");
        AssessCommandTest.Run errors = run("batch", input.toString(), "--out", dir.resolve("r.jsonl").toString(),
                "--errors", dir.resolve(".").resolve("cohort.jsonl").toString(), "--rules", "rules");
        AssessCommandTest.Run linked = run("batch", input.toString(), "--out", hardLink.toString(), "--rules", "rules");

        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err().strip()).isEqualTo("--out " + input + ": is the input " + input
                + ": writing it would destroy the cohort; choose another file");
        assertThat(errors.exitCode()).isEqualTo(2);
        assertThat(errors.err()).startsWith("--errors ").contains(": is the input ");
        assertThat(linked.exitCode()).isEqualTo(2);
        assertThat(linked.err()).startsWith("--out " + hardLink + ": is the input ");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(dir.resolve("r.jsonl")).doesNotExist();
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedAndTheFirstFinishesClean(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("slow-input.jsonl");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        Path out = dir.resolve("results.jsonl");
        CompletableFuture<AssessCommandTest.Run> first = CompletableFuture.supplyAsync(
                () -> run("batch", fifo.toString(), "--out", out.toString(), "--jobs", "1", "--rules", "rules"));
        try (OutputStream feed = Files.newOutputStream(fifo)) {
            feed.write((profileLines().get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            // the first run holds the lock once its temporary file exists
            for (int i = 0; i < 600 && hidden(dir).stream().noneMatch(n -> n.endsWith(".partial")); i++) {
                Thread.sleep(50);
            }
            AssessCommandTest.Run second = run("batch", cohort(dir).toString(), "--out", out.toString(), "--rules", "rules");
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err().strip()).matches(java.util.regex.Pattern.quote(out.toString())
                    + ": another batch run \\(process \\d+\\) is writing it: wait for it to finish, or choose another file");
            for (String line : profileLines().subList(1, profileLines().size())) {
                feed.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        AssessCommandTest.Run done = first.get(120, TimeUnit.SECONDS);
        assertThat(done.exitCode()).isZero();
        List<String> results = Files.readAllLines(out);
        assertThat(results).hasSize(profileLines().size());
        for (String line : results) {
            assertThat(JSON.readTree(line).get("candidateId").isTextual()).isTrue();
        }
        assertThat(hidden(dir)).as("no temporary or lock file is left").isEmpty();
    }

    @Test
    void aTruncatedGzipKeepsWhatWasReadAndReportsTheDamageOnce(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.addAll(profileLines());
        }
        try (OutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = compressed.toByteArray();
        Path input = Files.write(dir.resolve("cohort.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(4);
        List<String> results = Files.readAllLines(out);
        List<String> errors = Files.readAllLines(dir.resolve("r.errors.jsonl"));
        assertThat(results).isNotEmpty().hasSizeLessThan(lines.size());
        assertThat(errors).hasSize(1);
        JsonNode damage = JSON.readTree(errors.get(0));
        assertThat(damage.get("line").asLong()).isGreaterThan(results.size());
        assertThat(damage.at("/messages/0").asText()).startsWith(input + ":" + damage.get("line").asLong()
                + ": input damaged at this line (byte ").contains("the file ends part way through the compressed data");
        assertThat(lastLine(run.err())).isEqualTo("read " + (results.size() + 1) + ", assessed " + results.size() + ", rejected 1");
    }

    private static byte[] gzip(List<String> lines) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return compressed.toByteArray();
    }

    @Test
    void aGzipAppendedToInPartsIsReadWholeAndAPartCutOffInItsHeaderIsReported(@TempDir Path dir) throws Exception {
        byte[] first = gzip(profileLines().subList(0, 5));
        byte[] second = gzip(profileLines().subList(5, 9));
        Path whole = dir.resolve("whole.jsonl.gz");
        Files.write(whole, first);
        Files.write(whole, second, java.nio.file.StandardOpenOption.APPEND);
        // gzip -c part2 >> cohort.jsonl.gz stopped after 5 bytes of the second part's header
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, first);
        Files.write(cut, Arrays.copyOf(second, 5), java.nio.file.StandardOpenOption.APPEND);

        AssessCommandTest.Run both = run("batch", whole.toString(), "--out", dir.resolve("w.jsonl").toString(), "--rules", "rules");
        AssessCommandTest.Run damaged = run("batch", cut.toString(), "--out", dir.resolve("c.jsonl").toString(), "--rules", "rules");

        assertThat(both.exitCode()).isZero();
        assertThat(lastLine(both.err())).isEqualTo("read 9, assessed 9, rejected 0");
        assertThat(damaged.exitCode()).isEqualTo(4);
        assertThat(lastLine(damaged.err())).isEqualTo("read 6, assessed 5, rejected 1");
        assertThat(Files.readAllLines(dir.resolve("c.jsonl"))).hasSize(5);
        List<String> errors = Files.readAllLines(dir.resolve("c.errors.jsonl"));
        assertThat(errors).hasSize(1);
        assertThat(JSON.readTree(errors.get(0)).at("/messages/0").asText()).isEqualTo(cut + ":6: input damaged at this line (byte "
                + String.format("%,d", first.length + 5) + " of the file): the compressed data is damaged: what follows a complete"
                + " compressed part is not another one (an append cut off?); nothing after it was read");
    }

    @Test
    void aGzNameIsCompressedForResultsErrorsAndTheCsvSummary(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        Files.writeString(input, "not json\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("results.jsonl.gz");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(),
                "--summary", dir.resolve("summary.csv.gz").toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(gunzip(out)).hasSize(profileLines().size());
        assertThat(gunzip(dir.resolve("results.errors.jsonl.gz"))).hasSize(1);
        assertThat(gunzip(dir.resolve("summary.csv.gz")).get(0)).startsWith("id,role,verdict");
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAndReported(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.jsonl");
        Files.writeString(dir.resolve(".r.jsonl.999999.partial"), "{\"half\":");

        AssessCommandTest.Run run = run("batch", cohort(dir).toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("batch: removed " + dir.resolve(".r.jsonl.999999.partial")
                + ", left by an earlier run (process 999999) that was stopped before it finished");
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aRunStoppedBySigtermSaysWhatItRemovedAndLeavesTheOldResults(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("r.jsonl"), "earlier results\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "readiness.App",
                "batch", "-", "--out", out.toString(), "--rules", Path.of("rules").toAbsolutePath().toString());
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((profileLines().get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            for (int i = 0; i < 1200 && hidden(dir).stream().noneMatch(n -> n.endsWith(".partial")); i++) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            process.toHandle().destroy(); // SIGTERM, with standard input still open: the run is not at its end
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        String err = Files.readString(stderr);
        assertThat(err).contains("batch stopped by a signal before it finished; nothing was replaced:")
                .contains(out + ": left as it was (removed the unfinished .r.jsonl.")
                .contains(dir.resolve("r.errors.jsonl") + ": not created (removed the unfinished .r.errors.jsonl.")
                .doesNotContain("Exception");
        assertThat(Files.readString(out)).isEqualTo("earlier results\n");
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aRunStoppedWhileWritingSaysOnlyWhatItRemoved(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("cohort.jsonl");
        readiness.generate.ProfileGenerator generator = new readiness.generate.ProfileGenerator(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add(generator.nextLine());
        }
        Files.write(input, lines);
        Path out = dir.resolve("r.jsonl.gz");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "readiness.App",
                "batch", input.toString(), "--out", out.toString(), "--no-progress", "--rules", Path.of("rules").toAbsolutePath().toString());
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        // Stop it once results are being written, so the writer is busy when the outputs are closed under it.
        for (int i = 0; i < 1200 && !writing(dir); i++) {
            Thread.sleep(50);
        }
        process.toHandle().destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String err = Files.readString(stderr);
        assertThat(err).startsWith("batch stopped by a signal before it finished; nothing was replaced:")
                .doesNotContain("cannot write").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(hidden(dir)).isEmpty();
    }

    private static boolean writing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("\\.r\\.jsonl\\.gz\\.\\d+\\.partial") && f.toFile().length() > 100_000);
        }
    }

    @Test
    void aFullDiskOrAFileInThePlaceOfAFolderIsOnePlainLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);

        AssessCommandTest.Run full = run("batch", input.toString(), "--out", "/dev/full", "--rules", "rules");
        AssessCommandTest.Run notFolder = run("batch", input.toString(), "--out", input.resolve("r.jsonl").toString(), "--rules", "rules");

        assertThat(full.exitCode()).isEqualTo(2);
        assertThat(full.err().strip()).isEqualTo("/dev/full: cannot write: no space left on device");
        assertThat(notFolder.exitCode()).isEqualTo(2);
        assertThat(notFolder.err().strip()).isEqualTo(input.resolve("r.jsonl") + ": cannot write: " + input + " is a file, not a folder");
    }

    /** A run whose standard output fails after a few bytes, as a closed pipe (| head) or a full disk (> /dev/full) does. */
    private static AssessCommandTest.Run runWithFailingStandardOutput(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.Writer failing = new java.io.Writer() {
            private int written;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                written += length;
                if (written > 100) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var cli = ReadinessCommand.commandLine(args);
        cli.setOut(new java.io.PrintWriter(failing));
        cli.setErr(new java.io.PrintWriter(err));
        return new AssessCommandTest.Run(cli.execute(args), "", err.toString());
    }

    @Test
    void aStandardOutputThatFailsIsAnErrorNotASuccess(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        Files.writeString(input, "{\"id\": \"bad\", \"skils\": []}\n", java.nio.file.StandardOpenOption.APPEND);

        AssessCommandTest.Run results = runWithFailingStandardOutput("batch", input.toString(), "--out", "-", "--rules", "rules");
        AssessCommandTest.Run errors = runWithFailingStandardOutput("batch", input.toString(), "--out", dir.resolve("r.jsonl").toString(),
                "--errors", "-", "--rules", "rules");
        AssessCommandTest.Run generated = runWithFailingStandardOutput("generate", "--count", "50", "--out", "-");

        String failed = "standard output: cannot write: it was closed or is full; what it received is incomplete";
        assertThat(results.exitCode()).isEqualTo(2);
        assertThat(lastLine(results.err())).isEqualTo(failed);
        assertThat(results.err()).doesNotContain("read 14, assessed 13");
        assertThat(errors.exitCode()).isEqualTo(2);
        assertThat(lastLine(errors.err())).isEqualTo(failed);
        assertThat(dir.resolve("r.jsonl")).doesNotExist();
        assertThat(generated.exitCode()).isEqualTo(2);
        assertThat(generated.err().strip()).isEqualTo(failed);
    }

    @Test
    void aBatchWhoseReaderIsGoneStopsSoonNotAfterTheWholeCohort(@TempDir Path dir) {
        Path input = dir.resolve("cohort.jsonl");
        run("generate", "--count", "1500", "--seed", "7", "--out", input.toString());
        int[] linesOffered = {0};
        java.io.Writer gone = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        linesOffered[0]++;
                    }
                }
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        String[] args = {"batch", input.toString(), "--out", "-", "--rules", "rules"};
        var cli = ReadinessCommand.commandLine(args);
        cli.setOut(new java.io.PrintWriter(gone));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));

        assertThat(cli.execute(args)).isEqualTo(2);
        assertThat(linesOffered[0]).as("report lines offered to a closed pipe").isLessThanOrEqualTo(300);
    }

    @Test
    void rolesAndAssessToAStandardOutputThatFailsExitTwo() {
        // roles --format json > roles.json is what expands lean lines later: a cut-off copy must not pass for a whole one
        AssessCommandTest.Run roles = runWithFailingStandardOutput("roles", "--format", "json", "--rules", "rules");
        AssessCommandTest.Run assess = runWithFailingStandardOutput("assess", "profiles/nurse-manager-near-csd.json", "--rules", "rules");

        String failed = "standard output: cannot write: it was closed or is full; what it received is incomplete";
        assertThat(roles.exitCode()).isEqualTo(2);
        assertThat(roles.err().strip()).isEqualTo(failed);
        assertThat(assess.exitCode()).isEqualTo(2);
        assertThat(assess.err().strip()).isEqualTo(failed);
    }

    @Test
    void batchToAFullDiskThroughStandardOutputExitsTwo(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Path input = cohort(dir);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "readiness.App",
                "batch", input.toString(), "--out", "-", "--rules", Path.of("rules").toAbsolutePath().toString());
        Path stderr = dir.resolve("stderr.txt");

        Process process = new ProcessBuilder(command).redirectOutput(Path.of("/dev/full").toFile()).redirectError(stderr.toFile()).start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(stderr).strip())
                .isEqualTo("standard output: cannot write: it was closed or is full; what it received is incomplete");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithTheCause(@TempDir Path dir) throws Exception {
        Path input = cohort(dir);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        boolean root = "root".equals(System.getProperty("user.name"));
        // root ignores permissions, but not the immutable attribute
        boolean made = root ? new ProcessBuilder("chattr", "+i", locked.toString()).start().waitFor() == 0
                : locked.toFile().setWritable(false, false);
        assumeTrue(made, "cannot make a folder read-only here");
        try {
            AssessCommandTest.Run run = run("batch", input.toString(), "--out", locked.resolve("r.jsonl").toString(), "--rules", "rules");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip()).isIn(locked.resolve("r.jsonl") + ": cannot write: permission denied",
                    locked.resolve("r.jsonl") + ": cannot write: operation not permitted");
        } finally {
            if (root) {
                new ProcessBuilder("chattr", "-i", locked.toString()).start().waitFor();
            } else {
                locked.toFile().setWritable(true, true);
            }
        }
    }

    @Test
    void aHugeLineOrALineThatIsNotUtf8IsOneRejectedRecord(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("cohort.jsonl");
        try (OutputStream file = Files.newOutputStream(input)) {
            file.write((profileLines().get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            file.write(("{\"id\": \"" + "x".repeat(3 << 20) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            file.write("{\"id\": \"Jos\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            file.write((profileLines().get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("r.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--rules", "rules");

        assertThat(lastLine(run.err())).isEqualTo("read 4, assessed 2, rejected 2");
        List<String> errors = Files.readAllLines(dir.resolve("r.errors.jsonl"));
        assertThat(JSON.readTree(errors.get(0)).at("/messages/0").asText())
                .isEqualTo(input + ":2: profile too large: 3,145,738 bytes; the limit is 1,048,576 bytes (1 MiB)");
        assertThat(JSON.readTree(errors.get(0)).get("id").isNull()).isTrue();
        assertThat(JSON.readTree(errors.get(1)).at("/messages/0").asText())
                .isEqualTo(input + ":3: not UTF-8 text: invalid byte at offset 11; save the file as UTF-8");
    }

    @Test
    void generateTakesTheSameOutputNames(@TempDir Path dir) throws Exception {
        AssessCommandTest.Run dash = run("generate", "--count", "3", "--out", "-");
        Path gz = dir.resolve("cohort.jsonl.gz");
        AssessCommandTest.Run compressed = run("generate", "--count", "3", "--out", gz.toString());

        assertThat(dash.exitCode()).isZero();
        assertThat(dash.out().lines()).hasSize(3);
        assertThat(Path.of("-")).doesNotExist();
        assertThat(compressed.exitCode()).isZero();
        assertThat(gunzip(gz)).hasSize(3);
    }
}
