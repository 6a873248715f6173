package readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** --cache-dir and --no-cache as a user meets them: the same report from a warm cache, a damaged cache only costs time. */
class CompileCacheCommandTest {
    private static final String PROFILE = "profiles/nurse-manager-near-csd.json";

    private static List<Path> entries(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".rules")).toList();
        }
    }

    @Test
    void theSecondAssessLoadsTheCompiledRulesAndPrintsTheSameReport(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");

        AssessCommandTest.Run first = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString(), "--timings");
        AssessCommandTest.Run second = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString(), "--timings");
        AssessCommandTest.Run validate = run("rules", "validate", "--rules", "rules", "--cache-dir", cache.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(first.err()).contains("compile rules").doesNotContain("note:");
        assertThat(second.err()).contains("load rules from the compile cache").doesNotContain("note:");
        assertThat(second.out()).isEqualTo(first.out()).contains("Readiness report for Jordan Rivera (c-1024)");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).isEqualTo(run("rules", "validate", "--rules", "rules", "--no-cache").out());
        assertThat(entries(cache)).hasSize(1);
    }

    @Test
    void noCacheNeitherReadsNorWrites(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");

        AssessCommandTest.Run run = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString(), "--no-cache", "--timings");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("compile rules");
        assertThat(cache).doesNotExist();
    }

    @Test
    void aDamagedEntryIsNotedOnceOnStderrAndTheReportIsUnchanged(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        String clean = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString()).out();
        Path entry = entries(cache).get(0);
        Files.write(entry, new byte[] {'R', 'E', 'A', 'D', 'I', 'N', 'E', 'S', 'S'});

        AssessCommandTest.Run damaged = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString());
        AssessCommandTest.Run repaired = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString(), "--timings");

        assertThat(damaged.exitCode()).isZero();
        assertThat(damaged.out()).isEqualTo(clean);
        assertThat(damaged.err()).isEqualTo("note: " + entry.toAbsolutePath()
                + ": not used: not a rule cache file; the rules are compiled and this file replaced" + System.lineSeparator());
        assertThat(repaired.out()).isEqualTo(clean);
        assertThat(repaired.err()).contains("load rules from the compile cache").doesNotContain("note:");
    }

    @Test
    void anEmptyCacheDirIsACommandLineErrorNotTheCurrentFolder() throws Exception {
        List<Path> before = entries(Path.of(""));
        try {
            AssessCommandTest.Run run = run("assess", PROFILE, "--rules", "rules", "--cache-dir", "");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("assess: --cache-dir \"\": names no folder: name one, or use --no-cache");
            assertThat(run.out()).isEmpty();
            assertThat(entries(Path.of(""))).isEqualTo(before);
        } finally {
            for (Path stray : entries(Path.of(""))) {
                if (!before.contains(stray)) {
                    Files.delete(stray);
                }
            }
        }
    }

    /**
     * Damage the checksum cannot catch (the bytes were bad before it was taken): the source file name of the class of a rule
     * every assessment fires, made invalid UTF-8; the bytecode check reads past it, the JVM refuses it when it defines the
     * class, which Drools does only when the rule first runs.
     */
    private static void damageARuleClass(Path entry) throws Exception {
        byte[] bytes = Files.readAllBytes(entry);
        int header = 16 + 32 + 32 + 8;
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\u0001(..)(Rule_A_qualification_requirement_not_met_is_a_gap\\d+\\.java)", java.util.regex.Pattern.DOTALL)
                .matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        int damaged = 0;
        while (names.find()) {
            int length = ((bytes[names.start(1)] & 0xff) << 8) | (bytes[names.start(1) + 1] & 0xff);
            if (length == names.group(2).length()) {
                bytes[names.start(2)] = (byte) 0xff;
                damaged++;
            }
        }
        assertThat(damaged).isPositive();
        byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(Arrays.copyOfRange(bytes, header, bytes.length));
        System.arraycopy(sum, 0, bytes, 16 + 32, 32);
        Files.write(entry, bytes);
    }

    @Test
    void anEntryWhoseClassesTheJvmRefusesIsRebuiltNotAStackTrace(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        String clean = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString()).out();
        Path entry = entries(cache).get(0);
        damageARuleClass(entry);

        AssessCommandTest.Run damaged = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString());
        AssessCommandTest.Run repaired = run("assess", PROFILE, "--rules", "rules", "--cache-dir", cache.toString(), "--timings");

        assertThat(damaged.exitCode()).isZero();
        assertThat(damaged.out()).isEqualTo(clean);
        assertThat(damaged.err()).startsWith("note: " + entry.toAbsolutePath() + ": not used: it could not be read back")
                .endsWith("; the rules are compiled and this file replaced" + System.lineSeparator());
        assertThat(repaired.out()).isEqualTo(clean);
        assertThat(repaired.err()).contains("load rules from the compile cache").doesNotContain("note:");
    }

    @Test
    void aCacheFolderThatCannotBeMadeIsNotedInPlainWords(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        boolean root = "root".equals(System.getProperty("user.name"));
        // root ignores permissions, but not the immutable attribute
        boolean made = root ? new ProcessBuilder("chattr", "+i", locked.toString()).start().waitFor() == 0
                : locked.toFile().setWritable(false, false);
        try {
            AssessCommandTest.Run underAFile = run("assess", PROFILE, "--rules", "rules", "--cache-dir", file.resolve("cache").toString());
            AssessCommandTest.Run underALockedFolder = run("assess", PROFILE, "--rules", "rules", "--cache-dir", locked.resolve("cache").toString());

            assertThat(underAFile.exitCode()).isZero();
            assertThat(underAFile.err().strip()).isEqualTo("note: " + file.resolve("cache") + ": the rule cache folder is not used:"
                    + " it cannot be made or read: not a directory (give --cache-dir another folder, or use --no-cache)");
            if (made) {
                assertThat(underALockedFolder.exitCode()).isZero();
                assertThat(underALockedFolder.err().strip()).isIn(
                        "note: " + locked.resolve("cache") + ": the rule cache folder is not used: it cannot be made or read:"
                                + " operation not permitted (give --cache-dir another folder, or use --no-cache)",
                        "note: " + locked.resolve("cache") + ": the rule cache folder is not used: it cannot be made or read:"
                                + " permission denied (give --cache-dir another folder, or use --no-cache)");
            }
        } finally {
            if (root) {
                new ProcessBuilder("chattr", "-i", locked.toString()).start().waitFor();
            } else {
                locked.toFile().setWritable(true, true);
            }
        }
    }
}
